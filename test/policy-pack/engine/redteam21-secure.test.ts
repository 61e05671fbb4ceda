// Red-team round 21 (fresh eyes) on secure variants across the committed stacks after the last rounds made the pack
// stricter (roles outside the stack handed to services, Resource-scoped action reading, node user data by format, IAM
// users and groups, Identity Center): what a careful platform team writes for detection, encryption at rest and
// account hardening (EventBridge alerts on break-glass use, Access Analyzer archive rules, CloudTrail Lake selectors,
// GuardDuty/Security Hub/Inspector/Config, keys for node volumes and secrets, service-linked roles, canaries, WAF,
// load balancer access logs, ECR, Backup vault locks, human roles under a permissions boundary), each with the
// smallest insecure twin that must still be refused.
import { runPack } from "./packRunner";
import { addStatements, assertClean, assertRefused, doc, find, prop, Resources, stackResources } from "./support";
import { aws, cmk, rootDelegation, trustedRole as role } from "./variantBuilders";

const PRIMARY = "111111111111";
const BASIL = "111122223333";
const EFFECTIVE = "custody-effective-access";
const REGION = "eu-west-1";

/** An existing role of the signer account (created by the landing zone, outside the stack). */
const BREAK_GLASS = `arn:aws:iam::${PRIMARY}:role/platform-break-glass`;
const ALERTS = `arn:aws:sns:${REGION}:${PRIMARY}:custody-prod-security-alerts`;

/** An SNS topic of the stack that EventBridge may publish to (aws:SourceAccount pinned). */
function alertTopic(r: Resources): void {
    aws(r, "aws:sns/topic:Topic", "security-alerts", { name: "custody-prod-security-alerts", arn: ALERTS });
    aws(r, "aws:sns/topicPolicy:TopicPolicy", "security-alerts", {
        arn: ALERTS,
        policy: doc({
            Sid: "EventBridge",
            Effect: "Allow",
            Principal: { Service: "events.amazonaws.com" },
            Action: "sns:Publish",
            Resource: ALERTS,
            Condition: { StringEquals: { "aws:SourceAccount": PRIMARY } },
        }),
    });
}

// ---- prod: an EventBridge rule alerting whenever the break-glass role is assumed or used.

/**
 * EventBridge user guide, "Events from AWS services" / CloudTrail: an event pattern on "AWS API Call via CloudTrail"
 * whose detail.userIdentity.sessionContext.sessionIssuer.arn is the break-glass role; the target is an SNS topic of
 * the stack (no role). `targetRole` hands the target a role (a cross-account event bus target's roleArn).
 */
function breakGlassAlert(r: Resources, targetRole?: string): void {
    alertTopic(r);
    aws(r, "aws:cloudwatch/eventRule:EventRule", "break-glass-used", {
        name: "custody-prod-break-glass-used",
        eventPattern: JSON.stringify({
            "detail-type": ["AWS API Call via CloudTrail", "AWS Console Sign In via CloudTrail"],
            detail: { userIdentity: { sessionContext: { sessionIssuer: { arn: [BREAK_GLASS] } } } },
        }),
    });
    aws(r, "aws:cloudwatch/eventTarget:EventTarget", "break-glass-used-sns", {
        rule: "custody-prod-break-glass-used",
        arn: ALERTS,
        ...(targetRole ? { roleArn: targetRole } : {}),
    });
}

// ---- prod: an IAM Access Analyzer unused-access analyzer archiving the break-glass role's (expected) findings.

function unusedAccessArchive(r: Resources): void {
    aws(r, "aws:accessanalyzer/analyzer:Analyzer", "unused-access", {
        analyzerName: "custody-prod-unused",
        type: "ACCOUNT_UNUSED_ACCESS",
        configuration: { unusedAccess: { unusedAccessAge: 90 } },
    });
    aws(r, "aws:accessanalyzer/archiveRule:ArchiveRule", "break-glass-unused", {
        analyzerName: "custody-prod-unused",
        ruleName: "break-glass-is-unused-by-design",
        filters: [
            { criteria: "resource", eqs: [BREAK_GLASS] },
            { criteria: "resourceType", eqs: ["AWS::IAM::Role"] },
        ],
    });
}

// ---- prod: a CloudTrail Lake event data store of the tables' data events, leaving out the backup role's reads.

function dataEventStore(r: Resources, excluded: string): void {
    aws(r, "aws:cloudtrail/eventDataStore:EventDataStore", "custody-table-events", {
        name: "custody-prod-table-events",
        multiRegionEnabled: false,
        retentionPeriod: 2557,
        terminationProtectionEnabled: true,
        advancedEventSelectors: [
            {
                name: "custody tables, without the nightly backup's reads",
                fieldSelectors: [
                    { field: "eventCategory", equals: ["Data"] },
                    { field: "resources.type", equals: ["AWS::DynamoDB::Table"] },
                    {
                        field: "resources.ARN",
                        startsWiths: [`arn:aws:dynamodb:${REGION}:${PRIMARY}:table/custody-prod-`],
                    },
                    { field: "userIdentity.arn", notEquals: [excluded] },
                ],
            },
        ],
    });
}

// ---- prod: the account's default EBS encryption key (node volumes), usable by the Auto Scaling service-linked role.

const ASG_SLR = `arn:aws:iam::${PRIMARY}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling`;

/**
 * EC2 Auto Scaling user guide, "Required AWS KMS key policy for use with encrypted volumes", example 1: the
 * AWSServiceRoleForAutoScaling service-linked role may Encrypt, Decrypt, ReEncrypt*, GenerateDataKey*, DescribeKey and
 * CreateGrant when kms:GrantIsForAWSResource is true; the key is the account's EBS default (encryption by default).
 * `extra` adds principals to the use statement.
 */
function ebsDefaultKey(r: Resources, extra: string[] = []): void {
    const key = cmk(r, "ebs-default-key", PRIMARY, REGION, "0e1d2c3b-4a59-4687-9a0b-c1d2e3f4a5b6", [
        rootDelegation(PRIMARY),
        {
            Sid: "AllowServiceLinkedRoleUseOfTheKey",
            Effect: "Allow",
            Principal: { AWS: [ASG_SLR, ...extra] },
            Action: ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"],
            Resource: "*",
        },
        {
            Sid: "AllowAttachmentOfPersistentResources",
            Effect: "Allow",
            Principal: { AWS: [ASG_SLR, ...extra] },
            Action: "kms:CreateGrant",
            Resource: "*",
            Condition: { Bool: { "kms:GrantIsForAWSResource": true } },
        },
    ]);
    aws(r, "aws:ebs/encryptionByDefault:EncryptionByDefault", "ebs-encryption", { enabled: true });
    aws(r, "aws:ebs/defaultKmsKey:DefaultKmsKey", "ebs-default-key", { keyArn: key });
}

// ---- prod: service-linked roles the stack creates (Auto Scaling with a suffix, ELB, GuardDuty).

function serviceLinkedRoles(r: Resources): void {
    for (const [name, service, suffix] of [
        ["asg-custody", "autoscaling.amazonaws.com", "custody"],
        ["elb", "elasticloadbalancing.amazonaws.com", undefined],
        ["guardduty", "guardduty.amazonaws.com", undefined],
    ] as const) {
        const roleName = `AWSServiceRoleFor${
            service === "autoscaling.amazonaws.com"
                ? "AutoScaling"
                : service === "guardduty.amazonaws.com"
                  ? "AmazonGuardDuty"
                  : "ElasticLoadBalancing"
        }${suffix ? `_${suffix}` : ""}`;
        aws(r, "aws:iam/serviceLinkedRole:ServiceLinkedRole", name, {
            awsServiceName: service,
            ...(suffix ? { customSuffix: suffix } : {}),
            name: roleName,
            path: `/aws-service-role/${service}/`,
            arn: `arn:aws:iam::${PRIMARY}:role/aws-service-role/${service}/${roleName}`,
        });
    }
}

// ---- prod: detection services enabled by the stack (GuardDuty, Security Hub, Inspector, AWS Config).

const CONFIG_BUCKET = "custody-prod-config-111111111111";
const CONFIG_SLR = `arn:aws:iam::${PRIMARY}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig`;

function detection(r: Resources): void {
    aws(r, "aws:guardduty/detector:Detector", "guardduty", {
        enable: true,
        findingPublishingFrequency: "FIFTEEN_MINUTES",
        id: "12abc34d567e8fa901bc2d34e56789f0",
    });
    for (const [name, extra] of [
        ["EKS_AUDIT_LOGS", undefined],
        ["RUNTIME_MONITORING", "EKS_ADDON_MANAGEMENT"],
        ["S3_DATA_EVENTS", undefined],
    ] as const)
        aws(r, "aws:guardduty/detectorFeature:DetectorFeature", `guardduty-${name.toLowerCase()}`, {
            detectorId: "12abc34d567e8fa901bc2d34e56789f0",
            name,
            status: "ENABLED",
            ...(extra ? { additionalConfigurations: [{ name: extra, status: "ENABLED" }] } : {}),
        });
    aws(r, "aws:securityhub/account:Account", "securityhub", {
        enableDefaultStandards: false,
        controlFindingGenerator: "SECURITY_CONTROL",
        autoEnableControls: true,
    });
    aws(r, "aws:securityhub/standardsSubscription:StandardsSubscription", "fsbp", {
        standardsArn: `arn:aws:securityhub:${REGION}::standards/aws-foundational-security-best-practices/v/1.0.0`,
    });
    aws(r, "aws:inspector2/enabler:Enabler", "inspector", {
        accountIds: [PRIMARY],
        resourceTypes: ["EC2", "ECR"],
    });
    aws(r, "aws:s3/bucketV2:BucketV2", "config-bucket", {
        bucket: CONFIG_BUCKET,
        arn: `arn:aws:s3:::${CONFIG_BUCKET}`,
    });
    aws(r, "aws:s3/bucketPolicy:BucketPolicy", "config-bucket", {
        bucket: CONFIG_BUCKET,
        policy: doc(
            {
                Sid: "AWSConfigBucketPermissionsCheck",
                Effect: "Allow",
                Principal: { Service: "config.amazonaws.com" },
                Action: ["s3:GetBucketAcl", "s3:ListBucket"],
                Resource: `arn:aws:s3:::${CONFIG_BUCKET}`,
                Condition: { StringEquals: { "AWS:SourceAccount": PRIMARY } },
            },
            {
                Sid: "AWSConfigBucketDelivery",
                Effect: "Allow",
                Principal: { Service: "config.amazonaws.com" },
                Action: "s3:PutObject",
                Resource: `arn:aws:s3:::${CONFIG_BUCKET}/AWSLogs/${PRIMARY}/Config/*`,
                Condition: {
                    StringEquals: { "s3:x-amz-acl": "bucket-owner-full-control", "AWS:SourceAccount": PRIMARY },
                },
            },
        ),
    });
    aws(r, "aws:cfg/recorder:Recorder", "config", {
        name: "default",
        roleArn: CONFIG_SLR,
        recordingGroup: { allSupported: true, includeGlobalResourceTypes: true },
    });
    aws(r, "aws:cfg/deliveryChannel:DeliveryChannel", "config", {
        name: "default",
        s3BucketName: CONFIG_BUCKET,
        snapshotDeliveryProperties: { deliveryFrequency: "TwentyFour_Hours" },
    });
    aws(r, "aws:cfg/recorderStatus:RecorderStatus", "config", { name: "default", isEnabled: true });
}

// ---- prod: an application secret in Secrets Manager encrypted with a key of its own.

const SECRET_ARN = `arn:aws:secretsmanager:${REGION}:${PRIMARY}:secret:custody-prod/alerting-webhook-AbCdEf`;

/**
 * A Secrets Manager secret with a dedicated CMK whose policy is the one AWS gives its own aws/secretsmanager key (KMS
 * developer guide, "How AWS Secrets Manager uses AWS KMS", key policy): every principal of the account may use the key
 * only through Secrets Manager (kms:ViaService secretsmanager.<region>, kms:CallerAccount), the root's delegation
 * aside. `unpinned` drops the kms:ViaService pin (any principal of the account Decrypts directly).
 */
function encryptedSecret(r: Resources, unpinned = false): void {
    const key = cmk(r, "webhook-secret-key", PRIMARY, REGION, "7c6b5a49-3827-4615-a4b3-c2d1e0f9a8b7", [
        rootDelegation(PRIMARY),
        {
            Sid: "AllowAccessThroughSecretsManager",
            Effect: "Allow",
            Principal: { AWS: "*" },
            Action: ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"],
            Resource: "*",
            Condition: {
                StringEquals: {
                    "kms:CallerAccount": PRIMARY,
                    ...(unpinned ? {} : { "kms:ViaService": `secretsmanager.${REGION}.amazonaws.com` }),
                },
            },
        },
    ]);
    aws(r, "aws:secretsmanager/secret:Secret", "alerting-webhook", {
        name: "custody-prod/alerting-webhook",
        arn: SECRET_ARN,
        kmsKeyId: key,
        recoveryWindowInDays: 30,
    });
}

// ---- prod: an on-call role for humans (reached from IAM Identity Center) under a permissions boundary.

const SSO_ONCALL = `arn:aws:iam::${PRIMARY}:role/aws-reserved/sso.amazonaws.com/eu-west-1/AWSReservedSSO_CustodyOnCall_0123456789abcdef`;
const ONCALL_BOUNDARY = `arn:aws:iam::${PRIMARY}:policy/custody-oncall-boundary`;

/**
 * IAM User Guide, "Permissions boundaries for IAM entities": the effective permissions are the intersection of the
 * identity policy and the boundary. The on-call role's identity policy is AWS's ReadOnlyAccess-style wide read
 * (Describe/Get/List/Query/Scan on "*"), its boundary allows only CloudWatch, CloudWatch Logs and EKS reads, so it
 * reads no custody table or key. `boundaryAlso` adds actions to the boundary.
 */
function boundedOnCall(r: Resources, boundaryAlso: string[] = []): void {
    aws(r, "aws:iam/policy:Policy", "custody-oncall-boundary", {
        name: "custody-oncall-boundary",
        arn: ONCALL_BOUNDARY,
        policy: doc({
            Sid: "ObservabilityOnly",
            Effect: "Allow",
            Action: [
                "cloudwatch:Get*",
                "cloudwatch:List*",
                "cloudwatch:Describe*",
                "logs:Get*",
                "logs:Describe*",
                "logs:FilterLogEvents",
                "logs:StartQuery",
                "logs:GetQueryResults",
                "eks:Describe*",
                "eks:List*",
                ...boundaryAlso,
            ],
            Resource: "*",
        }),
    });
    const arn = role(
        r,
        PRIMARY,
        "custody-oncall",
        [{ Effect: "Allow", Principal: { AWS: SSO_ONCALL }, Action: ["sts:AssumeRole", "sts:SetSourceIdentity"] }],
        [
            {
                Sid: "WideRead",
                Effect: "Allow",
                Action: [
                    "cloudwatch:Get*",
                    "cloudwatch:List*",
                    "logs:Get*",
                    "logs:FilterLogEvents",
                    "eks:Describe*",
                    "eks:List*",
                    "dynamodb:Describe*",
                    "dynamodb:List*",
                    "dynamodb:GetItem",
                    "dynamodb:Query",
                    "dynamodb:Scan",
                    "kms:Describe*",
                    "kms:List*",
                ],
                Resource: "*",
            },
        ],
    );
    void arn;
    const oncall = r[r.length - 1];
    oncall.inputs = { ...oncall.inputs, permissionsBoundary: ONCALL_BOUNDARY };
    if (oncall.outputs) oncall.outputs = { ...oncall.outputs, permissionsBoundary: ONCALL_BOUNDARY };
}

// ---- prod: a CloudWatch Synthetics canary probing the signer's health endpoint, run by a role of the stack.

const CANARY_BUCKET = "custody-prod-canary-111111111111";

/**
 * CloudWatch Synthetics user guide, "Required roles and permissions for canaries": the execution role (trusted by
 * Lambda) writes its artifacts to one bucket, its own /aws/lambda/cwsyn-* log groups, CloudWatchSynthetics metrics
 * and X-Ray traces. `extra` statements are added to its policy.
 */
function canary(r: Resources, extra: object[] = []): void {
    const exec = role(
        r,
        PRIMARY,
        "custody-prod-canary",
        [{ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }],
        [
            { Effect: "Allow", Action: "s3:PutObject", Resource: `arn:aws:s3:::${CANARY_BUCKET}/canary/*` },
            { Effect: "Allow", Action: "s3:GetBucketLocation", Resource: `arn:aws:s3:::${CANARY_BUCKET}` },
            { Effect: "Allow", Action: "s3:ListAllMyBuckets", Resource: "*" },
            {
                Effect: "Allow",
                Action: ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"],
                Resource: `arn:aws:logs:${REGION}:${PRIMARY}:log-group:/aws/lambda/cwsyn-*`,
            },
            {
                Effect: "Allow",
                Action: "cloudwatch:PutMetricData",
                Resource: "*",
                Condition: { StringEquals: { "cloudwatch:namespace": "CloudWatchSynthetics" } },
            },
            { Effect: "Allow", Action: "xray:PutTraceSegments", Resource: "*" },
            ...extra,
        ],
    );
    aws(r, "aws:synthetics/canary:Canary", "signer-health", {
        name: "signer-health",
        artifactS3Location: `s3://${CANARY_BUCKET}/canary/`,
        executionRoleArn: exec,
        handler: "index.handler",
        runtimeVersion: "syn-nodejs-puppeteer-9.1",
        s3Bucket: CANARY_BUCKET,
        s3Key: "canary/signer-health.zip",
        schedule: { expression: "rate(5 minutes)" },
        startCanary: true,
        vpcConfig: { subnetIds: ["subnet-0a1b2c3d4e5f60718"], securityGroupIds: ["sg-0a1b2c3d4e5f60718"] },
        successRetentionPeriod: 7,
        failureRetentionPeriod: 31,
    });
}

// ---- prod: a WAF web ACL on the signer's ALB logging to CloudWatch Logs.

const WAF_LOG_GROUP = "aws-waf-logs-custody-prod";
const WAF_ACL = `arn:aws:wafv2:${REGION}:${PRIMARY}:regional/webacl/custody-prod/a1b2c3d4-5678-90ab-cdef-111111111111`;
const ALB = `arn:aws:elasticloadbalancing:${REGION}:${PRIMARY}:loadbalancer/app/custody-prod/50dc6c495c0c9188`;

/**
 * AWS WAF developer guide, "Sending web ACL traffic logs to an Amazon CloudWatch Logs log group": the log group's name
 * starts with aws-waf-logs-, and the account's CloudWatch Logs resource policy lets delivery.logs.amazonaws.com create
 * streams and put events there, pinned by aws:SourceAccount and aws:SourceArn. `sourcePin` false drops both pins.
 */
function wafWithLogs(r: Resources, sourcePin = true): void {
    aws(r, "aws:wafv2/webAcl:WebAcl", "custody-prod", {
        name: "custody-prod",
        arn: WAF_ACL,
        scope: "REGIONAL",
        defaultAction: { allow: {} },
        rules: [
            {
                name: "AWSManagedRulesCommonRuleSet",
                priority: 1,
                overrideAction: { none: {} },
                statement: { managedRuleGroupStatement: { vendorName: "AWS", name: "AWSManagedRulesCommonRuleSet" } },
                visibilityConfig: {
                    cloudwatchMetricsEnabled: true,
                    metricName: "common",
                    sampledRequestsEnabled: true,
                },
            },
            {
                name: "rate-limit",
                priority: 2,
                action: { block: {} },
                statement: { rateBasedStatement: { limit: 2000, aggregateKeyType: "IP" } },
                visibilityConfig: { cloudwatchMetricsEnabled: true, metricName: "rate", sampledRequestsEnabled: true },
            },
        ],
        visibilityConfig: { cloudwatchMetricsEnabled: true, metricName: "custody-prod", sampledRequestsEnabled: true },
    });
    aws(r, "aws:wafv2/webAclAssociation:WebAclAssociation", "custody-prod", { resourceArn: ALB, webAclArn: WAF_ACL });
    const logGroupArn = `arn:aws:logs:${REGION}:${PRIMARY}:log-group:${WAF_LOG_GROUP}`;
    aws(r, "aws:cloudwatch/logGroup:LogGroup", "waf-logs", {
        name: WAF_LOG_GROUP,
        arn: logGroupArn,
        retentionInDays: 365,
    });
    aws(r, "aws:cloudwatch/logResourcePolicy:LogResourcePolicy", "waf-log-delivery", {
        policyName: "AWSWAF-LOGS",
        policyDocument: doc({
            Sid: "AWSLogDeliveryWrite",
            Effect: "Allow",
            Principal: { Service: "delivery.logs.amazonaws.com" },
            Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
            Resource: `${logGroupArn}:log-stream:*`,
            ...(sourcePin
                ? {
                      Condition: {
                          ArnLike: { "aws:SourceArn": `arn:aws:logs:${REGION}:${PRIMARY}:*` },
                          StringEquals: { "aws:SourceAccount": [PRIMARY] },
                      },
                  }
                : {}),
        }),
    });
    aws(r, "aws:wafv2/webAclLoggingConfiguration:WebAclLoggingConfiguration", "custody-prod", {
        logDestinationConfigs: [logGroupArn],
        resourceArn: WAF_ACL,
        redactedFields: [{ singleHeader: { name: "authorization" } }],
    });
}

// ---- prod: the ALB's access logs in a bucket of the stack (the regional Elastic Load Balancing account writes).

const ALB_LOGS = "custody-prod-alb-logs-111111111111";
/** Elastic Load Balancing's account for eu-west-1 (ELB user guide, "Enable access logs", regions before Aug 2022). */
const ELB_EU_WEST_1 = "156460612806";

function albAccessLogs(r: Resources, writer = `arn:aws:iam::${ELB_EU_WEST_1}:root`): void {
    aws(r, "aws:s3/bucketV2:BucketV2", "alb-logs", { bucket: ALB_LOGS, arn: `arn:aws:s3:::${ALB_LOGS}` });
    aws(r, "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2", "alb-logs", {
        bucket: ALB_LOGS,
        rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }],
    });
    aws(r, "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "alb-logs", {
        bucket: ALB_LOGS,
        blockPublicAcls: true,
        blockPublicPolicy: true,
        ignorePublicAcls: true,
        restrictPublicBuckets: true,
    });
    aws(r, "aws:s3/bucketPolicy:BucketPolicy", "alb-logs", {
        bucket: ALB_LOGS,
        policy: doc({
            Sid: "ElbAccessLogs",
            Effect: "Allow",
            Principal: { AWS: writer },
            Action: "s3:PutObject",
            Resource: `arn:aws:s3:::${ALB_LOGS}/custody-prod/AWSLogs/${PRIMARY}/*`,
        }),
    });
    aws(r, "aws:lb/loadBalancer:LoadBalancer", "custody-prod", {
        name: "custody-prod",
        arn: ALB,
        internal: true,
        loadBalancerType: "application",
        subnets: ["subnet-0a1b2c3d4e5f60718", "subnet-0b1c2d3e4f5a60718"],
        securityGroups: ["sg-0a1b2c3d4e5f60718"],
        dropInvalidHeaderFields: true,
        enableDeletionProtection: true,
        accessLogs: { bucket: ALB_LOGS, prefix: "custody-prod", enabled: true },
    });
}

// ---- prod: GuardDuty findings exported to a bucket of the stack under a key of its own, read by a security role.

const FINDINGS = "custody-prod-guardduty-findings-111111111111";
const DETECTOR_ARN = `arn:aws:guardduty:${REGION}:${PRIMARY}:detector/12abc34d567e8fa901bc2d34e56789f0`;
const FINDINGS_KEY_ID = "3f2e1d0c-9b8a-4776-8655-4433221100ff";
const FINDINGS_KEY = `arn:aws:kms:${REGION}:${PRIMARY}:key/${FINDINGS_KEY_ID}`;

/**
 * GuardDuty user guide, "Exporting findings": the key policy lets guardduty.amazonaws.com GenerateDataKey pinned by
 * aws:SourceAccount and aws:SourceArn (the detector), the bucket policy lets it PutObject under the same pins and
 * requires SSE-KMS with that key. A security-reader role of the stack (assumed from an Identity Center role) reads the
 * findings: s3:GetObject on the bucket and kms:Decrypt on that key only through S3 (kms:ViaService s3.<region>).
 * `readerKey` replaces the reader's key statement.
 */
function findingsExport(r: Resources, readerKey?: object): void {
    cmk(r, "findings-key", PRIMARY, REGION, FINDINGS_KEY_ID, [
        rootDelegation(PRIMARY),
        {
            Sid: "AllowGuardDutyToEncryptFindings",
            Effect: "Allow",
            Principal: { Service: "guardduty.amazonaws.com" },
            Action: "kms:GenerateDataKey",
            Resource: "*",
            Condition: { StringEquals: { "aws:SourceAccount": PRIMARY, "aws:SourceArn": DETECTOR_ARN } },
        },
    ]);
    aws(r, "aws:s3/bucketV2:BucketV2", "findings", { bucket: FINDINGS, arn: `arn:aws:s3:::${FINDINGS}` });
    aws(r, "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2", "findings", {
        bucket: FINDINGS,
        rules: [
            {
                applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: FINDINGS_KEY },
                bucketKeyEnabled: true,
            },
        ],
    });
    aws(r, "aws:s3/bucketPolicy:BucketPolicy", "findings", {
        bucket: FINDINGS,
        policy: doc(
            {
                Sid: "AllowGuardDutyPutObject",
                Effect: "Allow",
                Principal: { Service: "guardduty.amazonaws.com" },
                Action: ["s3:PutObject", "s3:GetBucketLocation"],
                Resource: [`arn:aws:s3:::${FINDINGS}`, `arn:aws:s3:::${FINDINGS}/*`],
                Condition: { StringEquals: { "aws:SourceAccount": PRIMARY, "aws:SourceArn": DETECTOR_ARN } },
            },
            {
                Sid: "DenyNonHttps",
                Effect: "Deny",
                Principal: "*",
                Action: "s3:*",
                Resource: `arn:aws:s3:::${FINDINGS}/*`,
                Condition: { Bool: { "aws:SecureTransport": "false" } },
            },
        ),
    });
    aws(r, "aws:guardduty/publishingDestination:PublishingDestination", "findings", {
        detectorId: "12abc34d567e8fa901bc2d34e56789f0",
        destinationArn: `arn:aws:s3:::${FINDINGS}`,
        kmsKeyArn: FINDINGS_KEY,
        destinationType: "S3",
    });
    role(
        r,
        PRIMARY,
        "custody-security-reader",
        [{ Effect: "Allow", Principal: { AWS: SSO_SECURITY }, Action: "sts:AssumeRole" }],
        [
            {
                Sid: "ReadFindings",
                Effect: "Allow",
                Action: ["s3:GetObject", "s3:ListBucket"],
                Resource: [`arn:aws:s3:::${FINDINGS}`, `arn:aws:s3:::${FINDINGS}/*`],
            },
            readerKey ?? {
                Sid: "DecryptFindingsThroughS3",
                Effect: "Allow",
                Action: "kms:Decrypt",
                Resource: FINDINGS_KEY,
                Condition: { StringEquals: { "kms:ViaService": `s3.${REGION}.amazonaws.com` } },
            },
        ],
    );
}

const SSO_SECURITY = `arn:aws:iam::${PRIMARY}:role/aws-reserved/sso.amazonaws.com/eu-west-1/AWSReservedSSO_SecurityReader_0123456789abcdef`;

// ---- basil: an ECR repository for the broker's image (immutable, scanned, KMS, lifecycle, cross-region replica).

function brokerRepository(r: Resources): void {
    const key = cmk(
        r,
        "ecr-key",
        BASIL,
        REGION,
        "6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d",
        [rootDelegation(BASIL)],
        "basil-runtime",
    );
    aws(
        r,
        "aws:ecr/repository:Repository",
        "basil-broker",
        {
            name: "basil/broker",
            arn: `arn:aws:ecr:${REGION}:${BASIL}:repository/basil/broker`,
            imageTagMutability: "IMMUTABLE",
            imageScanningConfiguration: { scanOnPush: true },
            encryptionConfigurations: [{ encryptionType: "KMS", kmsKey: key }],
        },
        "basil-runtime",
    );
    aws(
        r,
        "aws:ecr/lifecyclePolicy:LifecyclePolicy",
        "basil-broker",
        {
            repository: "basil/broker",
            policy: JSON.stringify({
                rules: [
                    {
                        rulePriority: 1,
                        description: "expire untagged after 14 days",
                        selection: {
                            tagStatus: "untagged",
                            countType: "sinceImagePushed",
                            countUnit: "days",
                            countNumber: 14,
                        },
                        action: { type: "expire" },
                    },
                ],
            }),
        },
        "basil-runtime",
    );
    aws(
        r,
        "aws:ecr/replicationConfiguration:ReplicationConfiguration",
        "basil-dr",
        {
            replicationConfiguration: {
                rules: [
                    {
                        destinations: [{ region: "eu-central-1", registryId: BASIL }],
                        repositoryFilters: [{ filter: "basil/", filterType: "PREFIX_MATCH" }],
                    },
                ],
            },
        },
        "basil-runtime",
    );
    aws(
        r,
        "aws:ecr/registryScanningConfiguration:RegistryScanningConfiguration",
        "basil-scanning",
        {
            scanType: "ENHANCED",
            rules: [
                {
                    scanFrequency: "CONTINUOUS_SCAN",
                    repositoryFilters: [{ filter: "basil/*", filterType: "WILDCARD" }],
                },
            ],
        },
        "basil-runtime",
    );
}

// ---- prod: a Route 53 health check on the signer's public status endpoint with an ACM certificate for it.

function healthCheckAndCertificate(r: Resources): void {
    aws(r, "aws:acm/certificate:Certificate", "status", {
        domainName: "status.custody.example.com",
        validationMethod: "DNS",
        keyAlgorithm: "EC_prime256v1",
        arn: `arn:aws:acm:${REGION}:${PRIMARY}:certificate/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d`,
    });
    aws(r, "aws:route53/record:Record", "status-validation", {
        zoneId: "Z0123456789ABCDEFGHIJ",
        name: "_a79865eb4cd1a6ab990a45779b4e0b96.status.custody.example.com",
        type: "CNAME",
        ttl: 60,
        records: ["_424c7224e9b0146f9a8808af955727d0.acm-validations.aws."],
    });
    aws(r, "aws:acm/certificateValidation:CertificateValidation", "status", {
        certificateArn: `arn:aws:acm:${REGION}:${PRIMARY}:certificate/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d`,
    });
    aws(r, "aws:route53/healthCheck:HealthCheck", "status", {
        fqdn: "status.custody.example.com",
        port: 443,
        type: "HTTPS",
        resourcePath: "/healthz",
        failureThreshold: 3,
        requestInterval: 30,
        regions: ["eu-west-1", "us-east-1", "ap-southeast-1"],
        enableSni: true,
    });
}

// ---- prod: an S3 gateway endpoint limited to the ECR layer buckets and the account's own buckets.

function s3GatewayForEcr(r: Resources): void {
    aws(r, "aws:ec2/vpcEndpoint:VpcEndpoint", "s3-gateway", {
        vpcId: "vpc-0a1b2c3d4e5f60789",
        serviceName: `com.amazonaws.${REGION}.s3`,
        vpcEndpointType: "Gateway",
        routeTableIds: ["rtb-0a1b2c3d4e5f60789"],
        policy: doc(
            {
                Sid: "EcrLayers",
                Effect: "Allow",
                Principal: "*",
                Action: "s3:GetObject",
                Resource: `arn:aws:s3:::prod-${REGION}-starport-layer-bucket/*`,
            },
            {
                Sid: "OwnBuckets",
                Effect: "Allow",
                Principal: "*",
                Action: ["s3:GetObject", "s3:PutObject", "s3:ListBucket"],
                Resource: "*",
                Condition: { StringEquals: { "aws:ResourceAccount": PRIMARY } },
            },
        ),
    });
}

// ---- dev: the tables' backup vault under a compliance-mode Vault Lock and a vault policy denying deletes.

function lockedVault(r: Resources): void {
    aws(r, "aws:backup/vault:Vault", "custody-dev-vault", {
        name: "custody-dev",
        arn: `arn:aws:backup:${REGION}:${PRIMARY}:backup-vault:custody-dev`,
    });
    aws(r, "aws:backup/vaultLockConfiguration:VaultLockConfiguration", "custody-dev-lock", {
        backupVaultName: "custody-dev",
        minRetentionDays: 35,
        maxRetentionDays: 400,
        changeableForDays: 3,
    });
    aws(r, "aws:backup/vaultPolicy:VaultPolicy", "custody-dev-vault", {
        backupVaultName: "custody-dev",
        policy: doc({
            Sid: "DenyRecoveryPointDeletion",
            Effect: "Deny",
            Principal: "*",
            Action: [
                "backup:DeleteRecoveryPoint",
                "backup:UpdateRecoveryPointLifecycle",
                "backup:PutBackupVaultAccessPolicy",
            ],
            Resource: "*",
        }),
    });
}

// ---- prod: GuardDuty Malware Protection for S3 on the canary's artifact bucket.

function malwareProtection(r: Resources, roleArn?: string): void {
    const own = role(
        r,
        PRIMARY,
        "custody-malware-protection",
        [
            {
                Effect: "Allow",
                Principal: { Service: "malware-protection-plan.guardduty.amazonaws.com" },
                Action: "sts:AssumeRole",
            },
        ],
        [
            {
                Sid: "TagAndReadObjects",
                Effect: "Allow",
                Action: [
                    "s3:GetObject",
                    "s3:GetObjectVersion",
                    "s3:PutObjectTagging",
                    "s3:GetObjectTagging",
                    "s3:PutObjectVersionTagging",
                    "s3:GetObjectVersionTagging",
                ],
                Resource: `arn:aws:s3:::${CANARY_BUCKET}/*`,
            },
            {
                Sid: "EventBridgeManagedRule",
                Effect: "Allow",
                Action: ["events:PutRule", "events:DeleteRule", "events:PutTargets", "events:RemoveTargets"],
                Resource: `arn:aws:events:${REGION}:${PRIMARY}:rule/DO-NOT-DELETE-AmazonGuardDutyMalwareProtectionS3*`,
                Condition: { StringLike: { "events:ManagedBy": "malware-protection-plan.guardduty.amazonaws.com" } },
            },
            {
                Sid: "BucketNotifications",
                Effect: "Allow",
                Action: ["s3:PutBucketNotification", "s3:GetBucketNotification"],
                Resource: `arn:aws:s3:::${CANARY_BUCKET}`,
            },
        ],
    );
    aws(r, "aws:guardduty/malwareProtectionPlan:MalwareProtectionPlan", "canary-artifacts", {
        role: roleArn ?? own,
        protectedResource: { s3Bucket: { bucketName: CANARY_BUCKET, objectPrefixes: ["canary/"] } },
        actions: [{ taggings: [{ status: "ENABLED" }] }],
    });
}

// ---- cases.

type Case = {
    stack: string;
    name: string;
    edit: (r: Resources) => void;
    refused?: RegExp;
    policy?: string;
    /** A known miss left for later: "MISS: <why>". */
    skip?: string;
};

const secure: Case[] = [
    // Fixed (round 21): eventPattern only matches events (EventBridge user guide, "Amazon EventBridge event patterns"; CloudTrail user guide, "CloudTrail userIdentity element"); passedOutsideRoles skips it as a match value (opaque.ts MATCH_VALUE_KEYS), the rule's own roleArn stays judged.
    {
        stack: "prod",
        name: "an EventBridge rule alerting an SNS topic of the stack whenever the break-glass role (outside the stack) is used (its ARN in the event pattern)",
        edit: r => breakGlassAlert(r),
    },
    // Fixed (round 21): an archive rule's filters only match findings (Access Analyzer API reference, Criterion); a match value (opaque.ts MATCH_VALUE_KEYS).
    {
        stack: "prod",
        name: "an unused-access analyzer with an archive rule for the break-glass role's findings (its ARN in the filter)",
        edit: r => unusedAccessArchive(r),
    },
    // Fixed (round 21): userIdentity.arn is a field selector of the event data store (CloudTrail API reference, AdvancedFieldSelector); a match value (opaque.ts MATCH_VALUE_KEYS).
    {
        stack: "prod",
        name: "a CloudTrail Lake event data store of the custody tables' data events leaving out the nightly backup role's reads (userIdentity.arn notEquals)",
        edit: r => dataEventStore(r, `arn:aws:iam::${PRIMARY}:role/platform-backup`),
    },
    // Fixed (round 21): EC2 Auto Scaling's documented key policy (user guide, "Required AWS KMS key policy for use with encrypted volumes", example 1); ebs/defaultKmsKey dedicates its key to EC2, reached by autoscaling's service-linked roles of the key's account (judge.ts DEDICATING_KEY_PROPS).
    {
        stack: "prod",
        name: "EBS encryption by default with a key of the stack usable by the Auto Scaling service-linked role (AWS's documented key policy)",
        edit: r => ebsDefaultKey(r),
    },
    {
        stack: "prod",
        name: "service-linked roles created by the stack (Auto Scaling with a custom suffix, Elastic Load Balancing, GuardDuty)",
        edit: r => serviceLinkedRoles(r),
    },
    {
        stack: "prod",
        name: "GuardDuty (EKS audit logs, runtime monitoring with add-on management), Security Hub FSBP, Inspector (EC2, ECR) and an AWS Config recorder on its service-linked role delivering to a stack bucket",
        edit: r => detection(r),
    },
    // Fixed (round 21): aws/secretsmanager's key policy (Secrets Manager user guide, "Secret encryption and decryption in AWS Secrets Manager"); a secret's kmsKeyId dedicates its key to secretsmanager (judge.ts DEDICATING_KEY_PROPS).
    {
        stack: "prod",
        name: "a Secrets Manager secret encrypted with a key of its own whose policy is aws/secretsmanager's (the account's principals only through Secrets Manager: kms:ViaService, kms:CallerAccount)",
        edit: r => encryptedSecret(r),
    },
    // DECIDED: refused by design: the pack does not judge through permissions boundaries (policy-pack/ never reads permissionsBoundary); a human role must be narrow in its own policies. IAM User Guide, "Policy evaluation logic" and "Permissions boundaries for IAM entities": an action is allowed only if both the identity policy and the boundary allow it, so this role reads no table or key. dynamodb-wildcards-exclude-stack-tables also refuses the Resource * statement, whatever the boundary says.
    {
        stack: "prod",
        name: "a human on-call role (assumed from an IAM Identity Center role) with a wide read policy under a permissions boundary allowing only CloudWatch, Logs and EKS reads",
        skip: "DECIDED",
        edit: r => boundedOnCall(r),
    },
    {
        stack: "prod",
        name: "a CloudWatch Synthetics canary probing the signer's health endpoint from the VPC, its execution role of the stack (artifacts bucket, cwsyn log groups, Synthetics metrics, X-Ray)",
        edit: r => canary(r),
    },
    {
        stack: "prod",
        name: "a WAF web ACL (AWS common rules, rate limit) on the ALB, logging to aws-waf-logs-custody-prod through a log resource policy for delivery.logs pinned by aws:SourceAccount/SourceArn",
        edit: r => wafWithLogs(r),
    },
    {
        stack: "prod",
        name: "an internal ALB with access logs in a stack bucket (SSE-S3, public access blocked) written by eu-west-1's Elastic Load Balancing account",
        edit: r => albAccessLogs(r),
    },
    // Fixed (round 21): GuardDuty user guide, "Exporting findings"; a bucket's default encryption key is dedicated to s3 (judge.ts DEDICATING_KEY_PROPS) unless the bucket holds a custody table's copy, and the reader's grant is pinned by kms:ViaService to s3.
    {
        stack: "prod",
        name: "GuardDuty findings exported to a stack bucket under a key of their own (GuardDuty pinned by SourceAccount/SourceArn), read by a security role of the stack decrypting only through S3 (kms:ViaService)",
        edit: r => {
            detection(r);
            findingsExport(r);
        },
    },
    {
        stack: "basil",
        name: "an ECR repository for the broker (immutable tags, scan on push, KMS with a key of the stack, lifecycle rule, replica in eu-central-1 of the same registry, enhanced scanning)",
        edit: r => brokerRepository(r),
    },
    {
        stack: "prod",
        name: "a Route 53 HTTPS health check on the public status endpoint and its ACM certificate validated by DNS",
        edit: r => healthCheckAndCertificate(r),
    },
    {
        stack: "prod",
        name: "an S3 gateway endpoint whose policy admits only the ECR layer bucket and the account's own buckets (aws:ResourceAccount)",
        edit: r => s3GatewayForEcr(r),
    },
    {
        stack: "dev",
        name: "the backup vault under a compliance-mode Vault Lock (35 to 400 days) with a vault policy denying recovery-point deletion to everyone",
        edit: r => lockedVault(r),
    },
    // Fixed (round 21): GuardDuty user guide, "Create or update IAM role policy" (Malware Protection for S3): the managed-rule statements are a documented agent grant (judge.ts DOCUMENTED_AGENT_GRANTS), writes only while events:ManagedBy pins malware-protection-plan.guardduty.
    {
        stack: "prod",
        name: "GuardDuty Malware Protection for S3 on the canary's artifact bucket, its role of the stack (trusted by malware-protection-plan.guardduty)",
        edit: r => {
            canary(r);
            malwareProtection(r);
        },
    },
];

const insecure: Case[] = [
    {
        stack: "prod",
        name: "the break-glass alert's target handed the break-glass role (roleArn: EventBridge acts with it)",
        edit: r => breakGlassAlert(r, BREAK_GLASS),
        refused: /platform-break-glass/,
    },
    {
        stack: "prod",
        name: "the EBS default key's use statement also naming the break-glass role (kms:Decrypt on a stack key of the custody account)",
        edit: r => ebsDefaultKey(r, [BREAK_GLASS]),
        refused: /platform-break-glass/,
        policy: EFFECTIVE,
    },
    {
        stack: "prod",
        name: "the secret's key policy without the kms:ViaService pin (every principal of the account Decrypts with it directly)",
        edit: r => encryptedSecret(r, true),
        refused: /webhook-secret-key/,
        policy: EFFECTIVE,
    },
    {
        stack: "prod",
        name: "the on-call boundary also allowing dynamodb:GetItem and Query (the wide read then reads the keystore)",
        edit: r => boundedOnCall(r, ["dynamodb:GetItem", "dynamodb:Query"]),
        refused: /custody-oncall/,
        policy: EFFECTIVE,
    },
    {
        stack: "prod",
        name: "the canary's execution role also allowed dynamodb:GetItem on the keystore (a deeper health check)",
        edit: r =>
            canary(r, [
                {
                    Effect: "Allow",
                    Action: "dynamodb:GetItem",
                    Resource: `arn:aws:dynamodb:${REGION}:${PRIMARY}:table/custody-prod-keystore`,
                },
            ]),
        refused: /custody-prod-canary/,
        policy: EFFECTIVE,
    },
    {
        stack: "prod",
        name: "the security reader's findings-key statement written as kms:Decrypt on key/* of the account without kms:ViaService (the shares and the tables' CMK)",
        edit: r =>
            findingsExport(r, {
                Sid: "DecryptFindings",
                Effect: "Allow",
                Action: "kms:Decrypt",
                Resource: `arn:aws:kms:${REGION}:${PRIMARY}:key/*`,
            }),
        refused: /custody-security-reader/,
        policy: EFFECTIVE,
    },
    {
        stack: "prod",
        name: "the malware protection plan handed the break-glass role instead of its own (GuardDuty acts with it)",
        edit: r => {
            canary(r);
            malwareProtection(r, BREAK_GLASS);
        },
        refused: /platform-break-glass/,
    },
    {
        stack: "prod",
        name: "EBS encryption by default on share 1's key, its policy given AWS's Auto Scaling service-linked role statements",
        edit: r => {
            const share = find(r, "aws:kms/key:Key", "signer-shares-share-1");
            addStatements(
                share,
                "policy",
                {
                    Sid: "AllowServiceLinkedRoleUseOfTheKey",
                    Effect: "Allow",
                    Principal: { AWS: ASG_SLR },
                    Action: ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"],
                    Resource: "*",
                },
                {
                    Sid: "AllowAttachmentOfPersistentResources",
                    Effect: "Allow",
                    Principal: { AWS: ASG_SLR },
                    Action: "kms:CreateGrant",
                    Resource: "*",
                    Condition: { Bool: { "kms:GrantIsForAWSResource": true } },
                },
            );
            aws(r, "aws:ebs/encryptionByDefault:EncryptionByDefault", "ebs-encryption", { enabled: true });
            aws(r, "aws:ebs/defaultKmsKey:DefaultKmsKey", "ebs-default-key", { keyArn: prop(share, "arn") });
        },
        refused: /AWSServiceRoleForAutoScaling[\s\S]*share-1/,
        policy: EFFECTIVE,
    },
];

const skipMisses = process.env.REDTEAM_ALL !== "1";

describe("allowlist: red-team round 21 on secure variants (detection, encryption at rest, service-linked roles, account hardening) and their insecure twins", () => {
    for (const c of secure) {
        (c.skip && skipMisses ? it.skip : it)(`accepts: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            assertClean(await runPack(c.stack, r));
        });
    }
    for (const c of insecure) {
        (c.skip && skipMisses ? it.skip : it)(`refuses: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            assertRefused(await runPack(c.stack, r), c.refused ?? /./, c.policy);
        });
    }
});
