// Red-team round 19 (final, fresh eyes) on the AWS side of every stack: services handed a role outside the stack that
// are not on engine/opaque.ts PASSED_ROLE_TYPES (CodeBuild, SageMaker notebooks, MWAA, Batch job definitions, App
// Runner, Managed Flink, CodePipeline: 7 MISSes, it.skip), IAM names attached in another case, IAM paths on the
// stack's roles. Insecure variants the whole pack must refuse, secure variants it must accept.
import { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import {
    assertClean,
    assertRefused,
    doc,
    find,
    resourceLike,
    Resources,
    runWholePack,
    setProp,
    stackResources,
} from "./support";

const PRIMARY = "111111111111";
const CURITY = "555555555555";
const ACCOUNT_A = "666666666666";
const BASIL = "111122223333";
const IDENTITY = "444444444444";
const ROLE = "aws:iam/role:Role";
const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";

const signerPolicy = (r: Resources) => find(r, ROLE_POLICY, "signer-role-access");

/** A new resource next to `like` (same provider), with the given inputs as outputs too. */
const beside = (
    r: Resources,
    like: AnalyzerResourceInput,
    type: string,
    name: string,
    inputs: Record<string, unknown>,
) => r.push(resourceLike(like, type, name, inputs));

type Case = {
    name: string;
    stack: string;
    edit: (r: Resources) => void;
    refused?: RegExp;
    policy?: string;
    skip?: string;
    /** Why a case that passed the pack when it was found is insecure (fixed since). */
    wasMiss?: string;
};

const insecure: Case[] = [
    {
        name: "prod: a CodeBuild project of the stack run by an existing role of the signer account (serviceRole outside the stack), its buildspec scanning the keystore",
        stack: "prod",
        edit: r =>
            beside(r, signerPolicy(r), "aws:codebuild/project:Project", "keystore-report", {
                name: "keystore-report",
                serviceRole: `arn:aws:iam::${PRIMARY}:role/codebuild-platform`,
                artifacts: { type: "NO_ARTIFACTS" },
                environment: {
                    computeType: "BUILD_GENERAL1_SMALL",
                    image: "aws/codebuild/amazonlinux2-x86_64-standard:5.0",
                    type: "LINUX_CONTAINER",
                },
                source: {
                    type: "NO_SOURCE",
                    buildspec:
                        "version: 0.2\nphases:\n  build:\n    commands:\n      - aws dynamodb scan --table-name custody-prod-keystore\n",
                },
            }),
        refused: /keystore-report.*role\/codebuild-platform/,
        wasMiss:
            'Fixed in round 19, was a MISS: CodeBuild runs the buildspec (and any buildspec override a caller of codebuild:StartBuild sends) with the project\'s service role, so whoever may start a build acts as a role outside the stack whose power the pack cannot read (in the signer account a role of the account may read the keystore: the tables have no resource policy). aws:codebuild/project:Project (serviceRole) is not in engine/opaque.ts PASSED_ROLE_TYPES, unlike Lambda/Glue/ECS. CodeBuild User Guide, "Allow CodeBuild to interact with other AWS services": "CodeBuild uses the service role for all operations that are performed on your behalf... you can unintentionally escalate a user\'s permissions."',
    },
    {
        name: "curity: a SageMaker notebook instance of the stack run by an existing role of Curity's account (a Jupyter shell with that role)",
        stack: "curity",
        edit: r =>
            beside(
                r,
                find(r, ROLE_POLICY, "curity-role-access"),
                "aws:sagemaker/notebookInstance:NotebookInstance",
                "sessions-analysis",
                {
                    name: "sessions-analysis",
                    instanceType: "ml.t3.medium",
                    roleArn: `arn:aws:iam::${CURITY}:role/sagemaker-analytics`,
                    rootAccess: "Disabled",
                },
            ),
        refused: /sessions-analysis.*role\/sagemaker-analytics/,
        wasMiss:
            'Fixed in round 19, was a MISS: a notebook instance is a Jupyter server whose code runs with its roleArn; anyone allowed sagemaker:CreatePresignedNotebookInstanceUrl gets a shell with that role (outside the stack: unknown power over Curity\'s tables, which have no resource policy). aws:sagemaker/notebookInstance:NotebookInstance is not in PASSED_ROLE_TYPES. SageMaker API Reference, CreatePresignedNotebookInstanceUrl ("Returns a URL that you can use to connect to the Jupyter server from a notebook instance").',
    },
    {
        name: "prod: an MWAA (Airflow) environment of the stack whose execution role is an existing role of the signer account (DAGs run Python with it)",
        stack: "prod",
        edit: r =>
            beside(r, signerPolicy(r), "aws:mwaa/environment:Environment", "custody-ops", {
                name: "custody-ops",
                executionRoleArn: `arn:aws:iam::${PRIMARY}:role/mwaa-ops`,
                sourceBucketArn: "arn:aws:s3:::custody-ops-dags",
                dagS3Path: "dags/",
                networkConfiguration: {
                    securityGroupIds: ["sg-0123456789abcdef0"],
                    subnetIds: ["subnet-a", "subnet-b"],
                },
            }),
        refused: /custody-ops.*role\/mwaa-ops/,
        wasMiss:
            'Fixed in round 19, was a MISS: MWAA runs every DAG (Python uploaded to its source bucket) with the environment\'s execution role, a role outside the stack here; aws:mwaa/environment:Environment (executionRoleArn) is not in PASSED_ROLE_TYPES though it runs code like a Glue job. MWAA API, CreateEnvironment ExecutionRoleArn ("grants MWAA permission to access Amazon Web Services services and resources used by your environment").',
    },
    {
        name: "basil: an AWS Batch job definition of the stack whose container runs as an existing role of Basil's account (jobRoleArn in containerProperties)",
        stack: "basil",
        edit: r =>
            beside(r, find(r, ROLE_POLICY, "basil-runtime-access"), "aws:batch/jobDefinition:JobDefinition", "rewrap", {
                name: "rewrap",
                type: "container",
                platformCapabilities: ["FARGATE"],
                containerProperties: JSON.stringify({
                    image: "public.ecr.aws/amazonlinux/amazonlinux:2023",
                    command: ["sh", "-c", "aws kms decrypt --ciphertext-blob fileb:///data/blob"],
                    jobRoleArn: `arn:aws:iam::${BASIL}:role/batch-jobs`,
                    executionRoleArn: `arn:aws:iam::${BASIL}:role/ecsTaskExecutionRole`,
                    resourceRequirements: [
                        { type: "VCPU", value: "0.25" },
                        { type: "MEMORY", value: "512" },
                    ],
                }),
            }),
        refused: /rewrap.*role\/batch-jobs/,
        wasMiss:
            'Fixed in round 19, was a MISS: the job\'s containers get jobRoleArn\'s credentials (an ECS task role); whoever may batch:SubmitJob (command overridable at submit) acts as a role outside the stack. aws:batch/jobDefinition:JobDefinition is not in PASSED_ROLE_TYPES, and its role sits inside the containerProperties JSON string, which passedOutsideRoles would not walk even if it were listed. AWS Batch User Guide, "Job definitions" ("What (if any) IAM role your job should use for AWS permissions").',
    },
    {
        name: "cross-account: an App Runner service of the stack in account A whose instance role is an existing role of account A",
        stack: "cross-account",
        edit: r =>
            beside(
                r,
                find(r, ROLE_POLICY, "cross-account-access-access"),
                "aws:apprunner/service:Service",
                "items-api",
                {
                    serviceName: "items-api",
                    sourceConfiguration: {
                        imageRepository: {
                            imageIdentifier: "public.ecr.aws/aws-containers/hello-app-runner:latest",
                            imageRepositoryType: "ECR_PUBLIC",
                            imageConfiguration: { port: "8000" },
                        },
                        autoDeploymentsEnabled: false,
                    },
                    instanceConfiguration: { instanceRoleArn: `arn:aws:iam::${ACCOUNT_A}:role/apprunner-items` },
                },
            ),
        refused: /items-api.*role\/apprunner-items/,
        wasMiss:
            "Fixed in round 19, was a MISS: App Runner gives the service's code instanceConfiguration.instanceRoleArn's credentials; a role outside the stack in account A (the table's account, where my-table has no resource policy) has power the pack cannot read. aws:apprunner/service:Service is not in PASSED_ROLE_TYPES. App Runner Developer Guide, \"Instance role\" (permissions your application code uses to call AWS services).",
    },
    {
        name: "prod: a Managed Flink application of the stack (kinesisanalyticsv2) whose service execution role is an existing role of the signer account",
        stack: "prod",
        edit: r =>
            beside(r, signerPolicy(r), "aws:kinesisanalyticsv2/application:Application", "slashing-monitor", {
                name: "slashing-monitor",
                runtimeEnvironment: "FLINK-1_18",
                serviceExecutionRole: `arn:aws:iam::${PRIMARY}:role/flink-apps`,
                applicationConfiguration: {
                    applicationCodeConfiguration: {
                        codeContentType: "ZIPFILE",
                        codeContent: {
                            s3ContentLocation: { bucketArn: "arn:aws:s3:::custody-ops-jars", fileKey: "monitor.jar" },
                        },
                    },
                },
            }),
        refused: /slashing-monitor.*role\/flink-apps/,
        wasMiss:
            'Fixed in round 19, was a MISS: a Managed Service for Apache Flink application runs its uploaded code with serviceExecutionRole (an existing role of the signer account here); aws:kinesisanalyticsv2/application:Application is not in PASSED_ROLE_TYPES though it runs code like a Glue job. Managed Service for Apache Flink Developer Guide, "IAM roles" (the service execution role the application assumes).',
    },
    {
        name: "trust-domain: a CodePipeline of the stack run by an existing role of the identity account (its CloudFormation deploy action creates what it is told)",
        stack: "trust-domain",
        edit: r =>
            beside(
                r,
                find(r, ROLE_POLICY, "trust-domain-role-access"),
                "aws:codepipeline/pipeline:Pipeline",
                "keys-pipeline",
                {
                    name: "keys-pipeline",
                    roleArn: `arn:aws:iam::${IDENTITY}:role/codepipeline-admin`,
                    artifactStores: [{ location: "identity-pipeline-artifacts", type: "S3" }],
                    stages: [
                        {
                            name: "Source",
                            actions: [
                                {
                                    name: "Source",
                                    category: "Source",
                                    owner: "AWS",
                                    provider: "S3",
                                    version: "1",
                                    outputArtifacts: ["src"],
                                    configuration: { S3Bucket: "identity-pipeline-src", S3ObjectKey: "template.zip" },
                                },
                            ],
                        },
                        {
                            name: "Deploy",
                            actions: [
                                {
                                    name: "Deploy",
                                    category: "Deploy",
                                    owner: "AWS",
                                    provider: "CloudFormation",
                                    version: "1",
                                    inputArtifacts: ["src"],
                                    configuration: {
                                        ActionMode: "CREATE_UPDATE",
                                        StackName: "trust-domain-extras",
                                        TemplatePath: "src::template.yaml",
                                        Capabilities: "CAPABILITY_NAMED_IAM",
                                        RoleArn: `arn:aws:iam::${IDENTITY}:role/cfn-deployer`,
                                    },
                                },
                            ],
                        },
                    ],
                },
            ),
        refused: /keys-pipeline.*role\/(codepipeline-admin|cfn-deployer)/,
        wasMiss:
            "Fixed in round 19, was a MISS: CodePipeline runs its actions with roleArn (and the CloudFormation action with RoleArn), both roles outside the identity account's stack; its Deploy action creates whatever template lands in the source bucket (IAM, KMS key policies on the key manager's keys). aws:codepipeline/pipeline:Pipeline is neither in PASSED_ROLE_TYPES nor an OPAQUE_DEPLOYER in engine/opaque.ts. CodePipeline User Guide, \"CodePipeline service role\"; CloudFormation action reference (RoleArn).",
    },
    {
        name: "prod: a RolePolicy attached to the signer by its name in upper case (CUSTODY-PROD-SIGNER): DeleteTable and ExportTableToPointInTime on anti-slashing",
        stack: "prod",
        edit: r =>
            beside(r, signerPolicy(r), ROLE_POLICY, "signer-ops", {
                name: "signer-ops",
                role: "CUSTODY-PROD-SIGNER",
                policy: doc({
                    Effect: "Allow",
                    Action: ["dynamodb:DeleteTable", "dynamodb:ExportTableToPointInTime"],
                    Resource: `arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/custody-prod-anti-slashing`,
                }),
            }),
        refused: /role custody-prod-signer → statement #1 of RolePolicy signer-ops allows dynamodb:DeleteTable/,
        policy: "custody-effective-access",
    },
    {
        name: "pod-identity: a RolePolicyAttachment of AmazonDynamoDBFullAccess to the signer by its name in mixed case (Custody-Pod-Identity-Signer)",
        stack: "pod-identity",
        edit: r =>
            beside(r, signerPolicy(r), "aws:iam/rolePolicyAttachment:RolePolicyAttachment", "signer-ddb-full", {
                role: "Custody-Pod-Identity-Signer",
                policyArn: "arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess",
            }),
        refused: /role custody-pod-identity-signer → managed policy arn:aws:iam::aws:policy\/AmazonDynamoDBFullAccess/,
        policy: "custody-effective-access",
    },
];

/** Every JSON or string property of every resource with `from` replaced by `to` (an ARN respelled everywhere). */
function respell(r: Resources, from: string, to: string): void {
    for (const x of r) {
        x.inputs = JSON.parse(JSON.stringify(x.inputs).split(from).join(to)) as Record<string, any>;
        if (x.outputs) x.outputs = JSON.parse(JSON.stringify(x.outputs).split(from).join(to)) as Record<string, any>;
    }
}

const secure: Case[] = [
    {
        name: "prod: the signer role created under the IAM path /custody/ (its ARN role/custody/custody-prod-signer in the share key policies and the ServiceAccount annotation)",
        stack: "prod",
        edit: r => {
            respell(r, `:role/custody-prod-signer`, `:role/custody/custody-prod-signer`);
            setProp(find(r, ROLE, "signer-role"), "path", "/custody/");
        },
    },
    {
        name: "pod-identity: the signer role under the IAM path /workloads/ (the association's roleArn and the key policies use the path-qualified ARN)",
        stack: "pod-identity",
        edit: r => {
            respell(r, `:role/custody-pod-identity-signer`, `:role/workloads/custody-pod-identity-signer`);
            setProp(find(r, ROLE, "signer-role"), "path", "/workloads/");
        },
    },
    {
        name: "basil: both roles under the IAM path /basil/ (runtime and provisioner ARNs path-qualified in the key policies)",
        stack: "basil",
        edit: r => {
            respell(r, `:role/basil-agent`, `:role/basil/basil-agent`);
            respell(r, `:role/basil-provisioner`, `:role/basil/basil-provisioner`);
            setProp(find(r, ROLE, "basil-runtime"), "path", "/basil/");
            setProp(find(r, ROLE, "basil-provisioner"), "path", "/basil/");
        },
    },
    {
        name: "prod: a CodeBuild project of the stack run by a role of the stack (trusted by CodeBuild for this account) that only writes its own build logs",
        stack: "prod",
        edit: r => {
            const logs = `arn:aws:logs:eu-west-1:${PRIMARY}:log-group:/aws/codebuild/docs-build:*`;
            beside(r, signerPolicy(r), ROLE, "docs-build", {
                name: "docs-build",
                arn: `arn:aws:iam::${PRIMARY}:role/docs-build`,
                assumeRolePolicy: doc({
                    Effect: "Allow",
                    Principal: { Service: "codebuild.amazonaws.com" },
                    Action: "sts:AssumeRole",
                    Condition: { StringEquals: { "aws:SourceAccount": PRIMARY } },
                }),
                inlinePolicies: [
                    {
                        name: "logs",
                        policy: doc({
                            Effect: "Allow",
                            Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
                            Resource: logs,
                        }),
                    },
                ],
            });
            beside(r, signerPolicy(r), "aws:codebuild/project:Project", "docs-build", {
                name: "docs-build",
                serviceRole: `arn:aws:iam::${PRIMARY}:role/docs-build`,
                artifacts: { type: "NO_ARTIFACTS" },
                environment: {
                    computeType: "BUILD_GENERAL1_SMALL",
                    image: "aws/codebuild/amazonlinux2-x86_64-standard:5.0",
                    type: "LINUX_CONTAINER",
                },
                source: {
                    type: "NO_SOURCE",
                    buildspec: "version: 0.2\nphases:\n  build:\n    commands:\n      - make docs\n",
                },
                logsConfig: { cloudwatchLogs: { groupName: "/aws/codebuild/docs-build", status: "ENABLED" } },
            });
        },
    },
];

describe("red team 19 (AWS side of every stack)", () => {
    for (const c of insecure) {
        const run = c.skip ? it.skip : it;
        run(`insecure: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            assertRefused(await runWholePack(c.stack, r), c.refused ?? /./, c.policy);
        });
    }
    for (const c of secure) {
        const run = c.skip ? it.skip : it;
        run(`secure: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            assertClean(await runWholePack(c.stack, r));
        });
    }
});
