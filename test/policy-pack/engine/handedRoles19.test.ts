// Roles handed to services, read as an allowlist (engine/opaque.ts passedOutsideRoles): every aws: resource, in every
// property and in JSON held in strings, except the services whose use of a role is judged or narrow. Neighbours of
// round 19's misses (CodeBuild, SageMaker, MWAA, Batch, App Runner, Flink, CodePipeline).
import { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { assertClean, assertRefused, find, resourceLike, Resources, runWholePack, stackResources } from "./support";

const PRIMARY = "111111111111";
const OUTSIDE = `arn:aws:iam::${PRIMARY}:role/platform-automation`;
const EFFECTIVE = "custody-effective-access";
const signerPolicy = (r: Resources) => find(r, "aws:iam/rolePolicy:RolePolicy", "signer-role-access");
const beside = (
    r: Resources,
    like: AnalyzerResourceInput,
    type: string,
    name: string,
    inputs: Record<string, unknown>,
) => r.push(resourceLike(like, type, name, inputs));

const insecure: { name: string; type: string; inputs: Record<string, unknown>; property: RegExp }[] = [
    {
        name: "a Cognito identity pool whose unauthenticated identities get an outside role (a map keyed by identity kind)",
        type: "aws:cognito/identityPoolRoleAttachment:IdentityPoolRoleAttachment",
        inputs: { identityPoolId: "eu-west-1:1234", roles: { authenticated: OUTSIDE, unauthenticated: OUTSIDE } },
        property: /roles\.(un)?authenticated/,
    },
    {
        name: "a Firehose stream delivering with an outside role (a nested destination configuration)",
        type: "aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream",
        inputs: {
            name: "audit-stream",
            destination: "extended_s3",
            extendedS3Configuration: { roleArn: OUTSIDE, bucketArn: "arn:aws:s3:::custody-audit" },
        },
        property: /extendedS3Configuration\.roleArn/,
    },
    {
        name: "an ECS task definition whose container definitions JSON string names an outside role in an environment value",
        type: "aws:ecs/taskDefinition:TaskDefinition",
        inputs: {
            family: "reporter",
            containerDefinitions: JSON.stringify([
                { name: "r", image: "x", environment: [{ name: "ASSUME", value: OUTSIDE }] },
            ]),
        },
        property: /containerDefinitions/,
    },
    {
        name: "a Glue crawler run by an outside role given by its plain key `role`",
        type: "aws:glue/crawler:Crawler",
        inputs: {
            name: "keystore-crawler",
            role: OUTSIDE,
            databaseName: "custody",
            dynamodbTargets: [{ path: "custody-prod-keystore" }],
        },
        property: /^role$|→ role /,
    },
    {
        name: "a Bedrock agent whose resource role is an outside role, its ARN with surrounding whitespace",
        type: "aws:bedrock/agentAgent:AgentAgent",
        inputs: { agentName: "ops", agentResourceRoleArn: ` ${OUTSIDE} `, foundationModel: "anthropic.claude-v2" },
        property: /agentResourceRoleArn/,
    },
];

const secure: { name: string; type: string; inputs: Record<string, unknown> }[] = [
    {
        name: "a CloudTrail trail delivering to CloudWatch Logs with an existing role (CloudTrail only writes its own log stream)",
        type: "aws:cloudtrail/trail:Trail",
        inputs: {
            name: "custody-trail",
            s3BucketName: "custody-trail-logs",
            cloudWatchLogsGroupArn: `arn:aws:logs:eu-west-1:${PRIMARY}:log-group:trail:*`,
            cloudWatchLogsRoleArn: OUTSIDE,
        },
    },
    {
        name: "VPC flow logs delivered with an existing role",
        type: "aws:ec2/flowLog:FlowLog",
        inputs: {
            vpcId: "vpc-0a1b2c3d",
            trafficType: "ALL",
            iamRoleArn: OUTSIDE,
            logDestination: "arn:aws:logs:eu-west-1:111111111111:log-group:flow",
        },
    },
    {
        name: "an SSM parameter holding a role ARN as configuration, and a tag naming the owner role",
        type: "aws:ssm/parameter:Parameter",
        inputs: { name: "/custody/ops-role", type: "String", value: OUTSIDE, tags: { owner: OUTSIDE } },
    },
    {
        name: "an SNS topic whose delivery-status logging uses an existing role",
        type: "aws:sns/topic:Topic",
        inputs: { name: "custody-alerts", sqsSuccessFeedbackRoleArn: OUTSIDE, sqsFailureFeedbackRoleArn: OUTSIDE },
    },
    {
        name: "an alarm whose action names a service-linked role (aws-service-role/ is AWS's own)",
        type: "aws:cloudwatch/metricAlarm:MetricAlarm",
        inputs: {
            name: "throttles",
            comparisonOperator: "GreaterThanThreshold",
            evaluationPeriods: 1,
            metricName: "ThrottledRequests",
            namespace: "AWS/DynamoDB",
            period: 60,
            statistic: "Sum",
            threshold: 1,
            alarmActions: [
                `arn:aws:iam::${PRIMARY}:role/aws-service-role/ssm.alarms.amazonaws.com/AWSServiceRoleForAmazonSSM_AlarmActions`,
            ],
        },
    },
];

describe("roles handed to services, every aws: resource read (round 19 neighbours)", () => {
    for (const c of insecure)
        it(`refuses: prod: ${c.name}`, async () => {
            const r = await stackResources("prod");
            beside(r, signerPolicy(r), c.type, "handed", c.inputs);
            const d = assertRefused(await runWholePack("prod", r), /a role outside this stack/, EFFECTIVE);
            if (!c.property.test(d.message)) throw new Error(`expected the property ${c.property} in: ${d.message}`);
        });
    for (const c of secure)
        it(`accepts: prod: ${c.name}`, async () => {
            const r = await stackResources("prod");
            beside(r, signerPolicy(r), c.type, "handed", c.inputs);
            assertClean(await runWholePack("prod", r));
        });
});
