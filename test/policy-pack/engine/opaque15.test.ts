// Neighbours of the round-15 signer fixes (redteam15-signer.test.ts): resources written inside a CloudFormation
// template, as a Cloud Control resource or through aws-native are accepted only when their type is on the pack's
// allowlist of inert types (policy-pack/engine/inertTypes.ts), with the properties it judges; and a share key policy
// naming an account root restricted by exact aws:PrincipalArn values is those principals, no more.
//
// Insecure neighbours: another spelling of each effect the fixes made refused, and ways around the allowlist itself
// (a listed type with a dangerous field, a Transform, duplicate keys). Secure neighbours: monitoring a careful team
// writes through those same paths, and the root + aws:PrincipalArn form in other spellings.
import * as assert from "assert";
import { ZERO_ETL_INTEGRATIONS } from "../../../policy-pack/engine/judge";
import { opaqueGrants } from "../../../policy-pack/engine/opaque";
import {
    assertClean,
    assertRefused,
    find,
    prop,
    resourceLike,
    Resources,
    runWholePack,
    setProp,
    stackResources,
} from "./support";
import { aws } from "./variantBuilders";

const PRIMARY = "111111111111";
const FOREIGN = "999999999999";
const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const CFN_STACK = "aws:cloudformation/stack:Stack";
const CFN_STACK_SET = "aws:cloudformation/stackSet:StackSet";
const CLOUD_CONTROL = "aws:cloudcontrol/resource:Resource";
const OPAQUE = "custody-effective-access";
const FOREIGN_VAULT = `arn:aws:backup:eu-west-1:${FOREIGN}:backup-vault:loot`;
const BACKUP_ROLE = `arn:aws:iam::${PRIMARY}:role/service-role/AWSBackupDefaultServiceRole`;
const ONCALL = `arn:aws:sns:eu-west-1:${PRIMARY}:custody-oncall`;

const tableArn = (stack: string, t: string) => `arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/custody-${stack}-${t}`;
const signerRole = (r: Resources) => find(r, ROLE, "signer-role");
const signerArn = (r: Resources) => prop(signerRole(r), "arn") as string;
const beside = (r: Resources, type: string, name: string, inputs: Record<string, unknown>) =>
    r.push(resourceLike(signerRole(r), type, name, inputs));
const template = (resources: Record<string, unknown>) =>
    JSON.stringify({ AWSTemplateFormatVersion: "2010-09-09", Resources: resources });
const keystoreStream = (stack: string) => `${tableArn(stack, "keystore")}/stream/2026-12-02T00:00:00.000`;

/** Share `i`'s AllowSignerRole statement rewritten by `edit`. */
function signerStatement(r: Resources, i: number, edit: (s: Record<string, unknown>) => void): void {
    const k = find(r, KEY, `signer-shares-share-${i}`);
    const d = JSON.parse(prop(k, "policy") as string) as { Statement: Record<string, unknown>[] };
    edit(d.Statement.find(x => x.Sid === "AllowSignerRole")!);
    setProp(k, "policy", JSON.stringify(d));
}

type Case = { name: string; stack: string; edit: (r: Resources) => void; refused?: RegExp; policy?: string };

const insecure: Case[] = [
    {
        name: "a StackSet whose YAML template (short-form !GetAtt) is a Backup plan copying into another account and a selection of the keystore",
        stack: "prod",
        edit: r =>
            beside(r, CFN_STACK_SET, "custody-dr", {
                name: "custody-dr",
                templateBody: [
                    "Resources:",
                    "  Plan:",
                    "    Type: AWS::Backup::BackupPlan",
                    "    Properties:",
                    "      BackupPlan:",
                    "        BackupPlanName: custody-dr",
                    "        BackupPlanRule:",
                    "          - RuleName: daily",
                    "            TargetBackupVault: Default",
                    `            CopyActions: [{ DestinationBackupVaultArn: "${FOREIGN_VAULT}" }]`,
                    "  Selection:",
                    "    Type: AWS::Backup::BackupSelection",
                    "    Properties:",
                    "      BackupPlanId: !GetAtt Plan.BackupPlanId",
                    "      BackupSelection:",
                    "        SelectionName: custody-tables",
                    `        IamRoleArn: ${BACKUP_ROLE}`,
                    `        Resources: ["${tableArn("prod", "keystore")}"]`,
                ].join("\n"),
            }),
        refused: /CloudFormation StackSet custody-dr's template creates AWS::Backup::BackupPlan \(Plan\)/,
        policy: OPAQUE,
    },
    {
        name: "an aws provider Backup plan copying into another account, its selection of the keystore as aws-native:backup:BackupSelection",
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
            beside(r, "aws-native:backup:BackupSelection", "custody-tables", {
                backupPlanId: "plan-custody-dr",
                backupSelection: {
                    selectionName: "custody-tables",
                    iamRoleArn: BACKUP_ROLE,
                    resources: [tableArn("prod", "keystore")],
                },
            });
        },
        refused: /aws-native:backup:BackupSelection custody-tables is an aws-native resource the pack does not read/,
        policy: OPAQUE,
    },
    {
        name: "a Cloud Control AWS::Backup::BackupPlan copying into another account's vault",
        stack: "prod",
        edit: r =>
            beside(r, CLOUD_CONTROL, "custody-dr", {
                typeName: "AWS::Backup::BackupPlan",
                desiredState: JSON.stringify({
                    BackupPlan: {
                        BackupPlanName: "custody-dr",
                        BackupPlanRule: [
                            {
                                RuleName: "daily",
                                TargetBackupVault: "Default",
                                CopyActions: [{ DestinationBackupVaultArn: FOREIGN_VAULT }],
                            },
                        ],
                    },
                }),
            }),
        refused: /Cloud Control resource custody-dr \(AWS::Backup::BackupPlan\)/,
        policy: OPAQUE,
    },
    {
        name: "an aws-native SSM maintenance window task running AWS-RunShellScript on the nodes",
        stack: "prod",
        edit: r =>
            beside(r, "aws-native:ssm:MaintenanceWindowTask", "node-sweep", {
                windowId: "mw-0123456789abcdef0",
                taskArn: "AWS-RunShellScript",
                taskType: "RUN_COMMAND",
                targets: [{ key: "WindowTargetIds", values: ["e32eecb2-646c-4f4b-8ed1-205fbEXAMPLE"] }],
                priority: 1,
                taskInvocationParameters: {
                    maintenanceWindowRunCommandParameters: {
                        parameters: { commands: ["cat /var/lib/kubelet/pods/*/volumes/*/*/token"] },
                    },
                },
            }),
        refused: /aws-native:ssm:MaintenanceWindowTask node-sweep is an aws-native resource the pack does not read/,
        policy: OPAQUE,
    },
    {
        name: "a CloudFormation template with an SSM association targeting the cluster's nodes by tag",
        stack: "pod-identity",
        edit: r =>
            beside(r, CFN_STACK, "node-inventory", {
                name: "node-inventory",
                templateBody: template({
                    Assoc: {
                        Type: "AWS::SSM::Association",
                        Properties: {
                            Name: "AWS-RunShellScript",
                            Targets: [{ Key: "tag:eks:cluster-name", Values: ["prod-validators"] }],
                            Parameters: { commands: ["curl -s 169.254.170.23/v1/credentials"] },
                        },
                    },
                }),
            }),
        refused: /CloudFormation stack node-inventory's template creates AWS::SSM::Association \(Assoc\)/,
        policy: OPAQUE,
    },
    {
        name: "a Cloud Control AWS::Pipes::Pipe from the keystore's stream to another account's queue",
        stack: "prod",
        edit: r =>
            beside(r, CLOUD_CONTROL, "keystore-feed", {
                typeName: "AWS::Pipes::Pipe",
                desiredState: JSON.stringify({
                    Name: "keystore-feed",
                    RoleArn: `arn:aws:iam::${PRIMARY}:role/service-role/pipes-existing`,
                    Source: keystoreStream("prod"),
                    Target: `arn:aws:sqs:eu-west-1:${FOREIGN}:loot`,
                }),
            }),
        refused: /Cloud Control resource keystore-feed \(AWS::Pipes::Pipe\)/,
        policy: OPAQUE,
    },
    {
        name: "an aws-native Lambda event source mapping on the keystore's stream",
        stack: "prod",
        edit: r =>
            beside(r, "aws-native:lambda:EventSourceMapping", "keystore-esm", {
                eventSourceArn: keystoreStream("prod"),
                functionName: `arn:aws:lambda:eu-west-1:${PRIMARY}:function:forwarder`,
                startingPosition: "TRIM_HORIZON",
            }),
        refused: /aws-native:lambda:EventSourceMapping keystore-esm is an aws-native resource the pack does not read/,
        policy: OPAQUE,
    },
    {
        name: "a Cloud Control AWS::Redshift::Integration of anti-slashing into another account's namespace",
        stack: "prod",
        edit: r =>
            beside(r, CLOUD_CONTROL, "slashing-etl", {
                typeName: "AWS::Redshift::Integration",
                desiredState: JSON.stringify({
                    SourceArn: tableArn("prod", "anti-slashing"),
                    TargetArn: `arn:aws:redshift-serverless:eu-west-1:${FOREIGN}:namespace/0f0e0d0c-0b0a-0908-0706-050403020100`,
                }),
            }),
        refused: /Cloud Control resource slashing-etl \(AWS::Redshift::Integration\)/,
        policy: OPAQUE,
    },
    {
        name: "a CloudFormation template with an OpenSearch Ingestion pipeline reading the keystore",
        stack: "prod",
        edit: r =>
            beside(r, CFN_STACK, "keystore-search", {
                name: "keystore-search",
                templateBody: template({
                    Pipe: {
                        Type: "AWS::OSIS::Pipeline",
                        Properties: {
                            PipelineName: "keystore-search",
                            MinUnits: 1,
                            MaxUnits: 2,
                            PipelineConfigurationBody: `version: "2"\nddb:\n  source:\n    dynamodb:\n      tables:\n        - table_arn: "${tableArn("prod", "keystore")}"\n`,
                        },
                    },
                }),
            }),
        refused: /CloudFormation stack keystore-search's template creates AWS::OSIS::Pipeline \(Pipe\)/,
        policy: OPAQUE,
    },
    {
        name: "a Cloud Control AWS::AppSync::DataSource on the keystore",
        stack: "prod",
        edit: r =>
            beside(r, CLOUD_CONTROL, "keystore-source", {
                typeName: "AWS::AppSync::DataSource",
                desiredState: JSON.stringify({
                    ApiId: "kapi0123456789",
                    Name: "keystore",
                    Type: "AMAZON_DYNAMODB",
                    ServiceRoleArn: `arn:aws:iam::${PRIMARY}:role/service-role/appsync-existing`,
                    DynamoDBConfig: { TableName: "custody-prod-keystore", AwsRegion: "eu-west-1" },
                }),
            }),
        refused: /Cloud Control resource keystore-source \(AWS::AppSync::DataSource\)/,
        policy: OPAQUE,
    },
    {
        name: "a CloudFormation template with an unauthenticated API Gateway method scanning the keystore",
        stack: "prod",
        edit: r =>
            beside(r, CFN_STACK, "keystore-scan", {
                name: "keystore-scan",
                templateBody: template({
                    Scan: {
                        Type: "AWS::ApiGateway::Method",
                        Properties: {
                            RestApiId: "rapi012345",
                            ResourceId: "res012",
                            HttpMethod: "POST",
                            AuthorizationType: "NONE",
                            Integration: {
                                Type: "AWS",
                                IntegrationHttpMethod: "POST",
                                Uri: "arn:aws:apigateway:eu-west-1:dynamodb:action/Scan",
                                Credentials: `arn:aws:iam::${PRIMARY}:role/service-role/apigw-existing`,
                            },
                        },
                    },
                }),
            }),
        refused: /CloudFormation stack keystore-scan's template creates AWS::ApiGateway::Method \(Scan\)/,
        policy: OPAQUE,
    },
    // ---- Around the allowlist itself.
    {
        name: "an aws-native CloudWatch alarm (a listed type) whose action invokes a Lambda function",
        stack: "prod",
        edit: r =>
            beside(r, "aws-native:cloudwatch:Alarm", "keystore-throttles", {
                alarmName: "keystore-throttles",
                namespace: "AWS/DynamoDB",
                metricName: "ReadThrottleEvents",
                evaluationPeriods: 1,
                threshold: 1,
                comparisonOperator: "GreaterThanOrEqualToThreshold",
                alarmActions: [`arn:aws:lambda:eu-west-1:${PRIMARY}:function:forwarder`],
            }),
        refused:
            /aws-native:cloudwatch:Alarm keystore-throttles[\s\S]*AlarmActions[\s\S]*is not an SNS topic of this account/,
        policy: OPAQUE,
    },
    {
        name: "a CloudFormation EventBridge rule (a listed type) whose target is SSM Run Command on every node",
        stack: "prod",
        edit: r =>
            beside(r, CFN_STACK, "nightly", {
                name: "nightly",
                templateBody: template({
                    Nightly: {
                        Type: "AWS::Events::Rule",
                        Properties: {
                            ScheduleExpression: "rate(1 day)",
                            Targets: [
                                {
                                    Id: "run",
                                    Arn: "arn:aws:ssm:eu-west-1::document/AWS-RunShellScript",
                                    RoleArn: `arn:aws:iam::${PRIMARY}:role/events-ssm`,
                                    RunCommandParameters: {
                                        RunCommandTargets: [{ Key: "InstanceIds", Values: ["*"] }],
                                    },
                                },
                            ],
                        },
                    },
                }),
            }),
        refused:
            /CloudFormation stack nightly's template creates AWS::Events::Rule \(Nightly\): a target sets RoleArn, RunCommandParameters/,
        policy: OPAQUE,
    },
    {
        name: "a CloudFormation template of alarms only, with Transform AWS::Serverless-2016-10-31 (rewritten before it is deployed)",
        stack: "prod",
        edit: r =>
            beside(r, CFN_STACK, "alarms", {
                name: "alarms",
                templateBody: JSON.stringify({
                    Transform: "AWS::Serverless-2016-10-31",
                    Resources: { T: { Type: "AWS::SNS::Topic", Properties: { TopicName: "x" } } },
                }),
            }),
        refused: /CloudFormation stack alarms's template declares Transform/,
        policy: OPAQUE,
    },
    {
        name: "a JSON template whose resource has two Type keys (an SSM association, then a dashboard)",
        stack: "prod",
        edit: r =>
            beside(r, CFN_STACK, "twice", {
                name: "twice",
                templateBody: `{"Resources":{"A":{"Type":"AWS::SSM::Association","Type":"AWS::CloudWatch::Dashboard","Properties":{"Name":"AWS-RunShellScript","Targets":[{"Key":"InstanceIds","Values":["*"]}]}}}}`,
            }),
        refused: /CloudFormation stack twice's template is not one the pack can read/,
        policy: OPAQUE,
    },
    {
        name: "an aws-native log group (a listed type) with a resource policy letting another account read it",
        stack: "prod",
        edit: r =>
            beside(r, "aws-native:logs:LogGroup", "signer-logs", {
                logGroupName: "/custody/prod/signer",
                retentionInDays: 30,
                resourcePolicyDocument: {
                    Statement: [{ Effect: "Allow", Principal: { AWS: FOREIGN }, Action: "logs:*", Resource: "*" }],
                },
            }),
        refused: /aws-native:logs:LogGroup signer-logs[\s\S]*it sets resourcePolicyDocument/,
        policy: OPAQUE,
    },
    // ---- Root + aws:PrincipalArn: the pin narrows, it never widens.
    {
        name: "share 2's key policy: the signer account's root pinned by ArnEquals aws:PrincipalArn to another role of that account",
        stack: "prod",
        edit: r =>
            signerStatement(r, 2, s => {
                s.Principal = { AWS: `arn:aws:iam::${PRIMARY}:root` };
                s.Condition = {
                    ArnEquals: { "aws:PrincipalArn": `arn:aws:iam::${PRIMARY}:role/custody-prod-signer-debug` },
                };
            }),
        refused: /custody-prod-signer-debug/,
        policy: "share-custody",
    },
    {
        name: "share 2's key policy: another account's root pinned by aws:PrincipalArn to a role of that account",
        stack: "prod",
        edit: r =>
            signerStatement(r, 2, s => {
                s.Principal = { AWS: `arn:aws:iam::${FOREIGN}:root` };
                s.Condition = { ArnEquals: { "aws:PrincipalArn": `arn:aws:iam::${FOREIGN}:role/loot` } };
            }),
        refused: /AllowSignerRole[\s\S]*999999999999/,
        policy: "kms-key-policy-safe",
    },
    {
        name: "share 2's key policy: the signer account's root with aws:PrincipalArn only in ArnEqualsIfExists (no restriction)",
        stack: "prod",
        edit: r =>
            signerStatement(r, 2, s => {
                s.Principal = { AWS: `arn:aws:iam::${PRIMARY}:root` };
                s.Condition = { ArnEqualsIfExists: { "aws:PrincipalArn": signerArn(r) } };
            }),
        refused: /grants the whole account 111111111111/,
        policy: "kms-key-policy-safe",
    },
];

const secure: Case[] = [
    {
        name: "a YAML CloudFormation template (short-form !Ref) of an SNS topic with an email subscription, a metric filter and an alarm on it",
        stack: "prod",
        edit: r =>
            beside(r, CFN_STACK, "signer-errors", {
                name: "signer-errors",
                templateBody: [
                    "AWSTemplateFormatVersion: '2010-09-09'",
                    "Parameters:",
                    "  Threshold: { Type: Number, Default: 5 }",
                    "Resources:",
                    "  Topic:",
                    "    Type: AWS::SNS::Topic",
                    "    Properties:",
                    "      TopicName: signer-errors",
                    "      Subscription:",
                    "        - { Protocol: email, Endpoint: oncall@example.com }",
                    "  Errors:",
                    "    Type: AWS::Logs::MetricFilter",
                    "    Properties:",
                    "      LogGroupName: /custody/prod/signer",
                    '      FilterPattern: "ERROR"',
                    "      MetricTransformations:",
                    "        - { MetricName: SignerErrors, MetricNamespace: Custody, MetricValue: '1' }",
                    "  Alarm:",
                    "    Type: AWS::CloudWatch::Alarm",
                    "    Properties:",
                    "      Namespace: Custody",
                    "      MetricName: SignerErrors",
                    "      Statistic: Sum",
                    "      Period: 300",
                    "      EvaluationPeriods: 1",
                    "      Threshold: !Ref Threshold",
                    "      ComparisonOperator: GreaterThanOrEqualToThreshold",
                    "      AlarmActions: [!Ref Topic]",
                    '      OKActions: [!Sub "arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:custody-oncall"]',
                ].join("\n"),
            }),
    },
    {
        name: "a Cloud Control composite alarm and an aws-native log group (30-day retention) and managed Config rule",
        stack: "prod",
        edit: r => {
            beside(r, CLOUD_CONTROL, "custody-health", {
                typeName: "AWS::CloudWatch::CompositeAlarm",
                desiredState: JSON.stringify({
                    AlarmName: "custody-prod-health",
                    AlarmRule:
                        'ALARM("custody-prod-keystore-throttles") OR ALARM("custody-prod-signer-state-throttles")',
                    AlarmActions: [ONCALL],
                }),
            });
            beside(r, "aws-native:logs:LogGroup", "signer-logs", {
                logGroupName: "/custody/prod/signer",
                retentionInDays: 30,
                arn: `arn:aws:logs:eu-west-1:${PRIMARY}:log-group:/custody/prod/signer:*`,
            });
            beside(r, "aws-native:configuration:ConfigRule", "kms-rotation", {
                configRuleName: "cmk-backing-key-rotation-enabled",
                source: { owner: "AWS", sourceIdentifier: "CMK_BACKING_KEY_ROTATION_ENABLED" },
            });
        },
    },
    {
        name: "an aws-native budget emailing finance and notifying the on-call topic",
        stack: "prod",
        edit: r =>
            beside(r, "aws-native:budgets:Budget", "custody-budget", {
                budget: { budgetType: "COST", timeUnit: "MONTHLY", budgetLimit: { amount: 200, unit: "USD" } },
                notificationsWithSubscribers: [
                    {
                        notification: { comparisonOperator: "GREATER_THAN", notificationType: "ACTUAL", threshold: 80 },
                        subscribers: [
                            { subscriptionType: "EMAIL", address: "finance@example.com" },
                            { subscriptionType: "SNS", address: ONCALL },
                        ],
                    },
                ],
            }),
    },
    {
        name: "share 3's key policy: the signer account's root pinned by StringEquals aws:PrincipalArn to exactly the signer role",
        stack: "prod",
        edit: r =>
            signerStatement(r, 3, s => {
                s.Principal = { AWS: `arn:aws:iam::${PRIMARY}:root` };
                s.Condition = { StringEquals: { "aws:PrincipalArn": signerArn(r) } };
            }),
    },
];

describe("allowlist: neighbours of the round-15 signer fixes (inert types through templates, Cloud Control, aws-native)", () => {
    for (const c of insecure) {
        it(`refuses: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            assertRefused(await runWholePack(c.stack, r), c.refused ?? /^$/, c.policy);
        });
    }
    for (const c of secure) {
        it(`accepts: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            assertClean(await runWholePack(c.stack, r));
        });
    }
    it("leaves to the engine the aws-native resources it reads (judge.ts ZERO_ETL_INTEGRATIONS), and only those", () => {
        const native = ZERO_ETL_INTEGRATIONS.filter(t => t.startsWith("aws-native:"));
        assert.ok(native.length > 0);
        const at = (type: string) => ({ type, urn: `urn:pulumi:prod::p::${type}::x`, name: "x", props: {} });
        assert.deepEqual(opaqueGrants(native.map(at)), []);
        assert.equal(opaqueGrants([at("aws-native:redshift:EndpointAccess")]).length, 1);
    });
});

describe("Config conformance packs are read as templates (engine/opaque.ts)", () => {
    const pack = (templateBody: string | undefined, extra: Record<string, unknown> = {}) => ({
        name: "kms-best-practices",
        ...(templateBody !== undefined ? { templateBody } : {}),
        ...extra,
    });
    const rule = [
        "Resources:",
        "  KmsCmkNotScheduledForDeletion:",
        "    Type: AWS::Config::ConfigRule",
        "    Properties:",
        "      ConfigRuleName: kms-cmk-not-scheduled-for-deletion",
        "      Source: { Owner: AWS, SourceIdentifier: KMS_CMK_NOT_SCHEDULED_FOR_DELETION }",
    ];
    it("refuses: prod: a conformance pack whose template adds an SSM Automation remediation", async () => {
        const r = await stackResources("prod");
        aws(
            r,
            "aws:cfg/conformancePack:ConformancePack",
            "kms-best-practices",
            pack(
                [
                    ...rule,
                    "  Remediate:",
                    "    Type: AWS::Config::RemediationConfiguration",
                    "    Properties:",
                    "      ConfigRuleName: kms-cmk-not-scheduled-for-deletion",
                    "      TargetType: SSM_DOCUMENT",
                    "      TargetId: AWS-RunShellScript",
                    "      Automatic: true",
                ].join("\n"),
            ),
        );
        assertRefused(
            await runWholePack("prod", r),
            /Config conformance pack kms-best-practices's template .*AWS::Config::RemediationConfiguration/,
        );
    });
    it("refuses: prod: a conformance pack from an S3 template the pack cannot read", async () => {
        const r = await stackResources("prod");
        aws(
            r,
            "aws:cfg/conformancePack:ConformancePack",
            "kms-best-practices",
            pack(undefined, { templateS3Uri: "s3://platform-templates/kms.yaml" }),
        );
        assertRefused(await runWholePack("prod", r), /kms-best-practices deploys a template from a URL/);
    });
    it("accepts: prod: a conformance pack of AWS managed Config rules only", async () => {
        const r = await stackResources("prod");
        aws(r, "aws:cfg/conformancePack:ConformancePack", "kms-best-practices", pack(rule.join("\n")));
        assertClean(await runWholePack("prod", r));
    });
});
