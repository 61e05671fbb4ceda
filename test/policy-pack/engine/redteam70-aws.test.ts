// Red-team round 70, aws (fresh eyes; run beside round 71's fixes). Probed the AWS IAM side of custody around round
// 71's SSM change (judge.ts READS_WITHOUT_SECRET: DescribeInstanceInformation, DescribeSessions, GetConnectionStatus,
// DescribeParameters) and READS_WITHOUT_SECRET / SECRET_READS generally, i.e. judge.ts holdsNoCustodyPower's
// "harmless read" for identities of no workload: SSM reads that DO return parameters, outputs or content, wildcards
// and case of the accepted four, NotAction/NotResource, SSM automation with PassRole; Read-level actions of services
// outside SECRET_BEARING_SERVICES that return credentials or environment/user data; service roles (Lambda, Step
// Functions, Glue PassRole, SSM automation role, ec2.amazonaws.com trust), share-key policies with aws:SourceVpce and
// kms:ViaService + kms:CallerAccount, a table policy with NotPrincipal, IAM group policies, an EKS admin access entry,
// permissions boundaries, a self-trusting signer.
// Misses (9 insecure, 5 secure):
// - insecure, credential-returning read outside SECRET_BEARING_SERVICES (1): eks-auth:AssumeRoleForPodIdentity held by
//   an ops role (rt70-eks-auth). Fix: eks-auth secret-bearing (nodes keep it through NODE_SERVICES).
// - insecure, SECRET_READS incomplete (8): twins of listed reads returning user data or environment variables:
//   autoscaling:DescribeLaunchConfigurations, codebuild:BatchGetBuilds, ecs:DescribeTasks, batch:DescribeJobs,
//   sagemaker:DescribeTrainingJob, apprunner:DescribeService, glue:GetJob, imagebuilder:GetImageRecipe. Fix: list them.
// - secure, READS_WITHOUT_SECRET neighbours (4): ssm:DescribeInstanceProperties, DescribeInstancePatchStates/Patches,
//   ListDocuments, GetCalendarState (no credential, no value). Fix: list them.
// - secure, permissions boundary ignored (1): inline ssm:* capped by an in-stack boundary of the SSM view reads is
//   judged as ssm:* (rt70-s-boundary). Fix: intersect with a readable in-stack boundary.
// Held: every SSM read returning parameters/outputs/content refused (DescribeEffectiveInstanceAssociations,
// DescribeAutomationExecutions, DescribeMaintenanceWindowExecutionTaskInvocations, ListCommands, GetParameterHistory,
// GetParametersByPath), NotAction and NotResource grants, StartAutomationExecution + PassRole, StartSession; service
// roles reaching custody, Glue PassRole of the signer, an ec2 trust on the signer, share `*` + SourceVpce or
// ViaService/CallerAccount, NotPrincipal table policy, group policy, EKS cluster-admin entry, a wide boundary. Secure
// accepted: the round-71 reads in mixed case and as one-action wildcards (Describe*Sessions, GetConnection*),
// GetConnectionStatus on instance ARNs, the view with a Deny beside, the view in prod's account, a Lambda log shipper,
// an SSM automation role of reads, a signer trusting itself, a share Deny outside a VPC endpoint, a table policy
// repeating the signer's grant.
import { describeVariants, StackCase, find, doc, Resources } from "./support";
import { ACCOUNT, allow, opsRole, beside } from "./awsCaseBuilders";
import { editDoc, outsideRole, Statement } from "./variantBuilders";

const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const A = ACCOUNT.prod;
const C = ACCOUNT.curity;
const SIGNER = `arn:aws:iam::${A}:role/custody-prod-signer`;
const KEYSTORE = `arn:aws:dynamodb:eu-west-1:${A}:table/custody-prod-keystore`;
const OPS = outsideRole(A);
const CLUSTER = `arn:aws:eks:eu-west-1:${A}:cluster/prod-validators`;

const trust = (r: Resources, name: string, edit: (s: Statement[]) => void) =>
    editDoc(find(r, ROLE, name), "assumeRolePolicy", d => edit(d.Statement));
const keyPolicy = (r: Resources, name: string, edit: (s: Statement[]) => void) =>
    editDoc(find(r, KEY, name), "policy", d => edit(d.Statement));

/** An ops role of `stack`'s account holding `statements`; refused (insecure) unless `secure`. */
const ops = (stack: string, id: string, what: string, statements: object[], skip?: string): StackCase => ({
    name: `${id}: an ops role may ${what}`,
    stack,
    edit: (r: Resources) => opsRole(r, stack, ACCOUNT[stack], id, statements),
    ...(skip === undefined ? {} : { skip }),
});
const edit = (stack: string, name: string, e: (r: Resources) => void, skip?: string): StackCase => ({
    name,
    stack,
    edit: e,
    ...(skip === undefined ? {} : { skip }),
});
/** A role of `stack` trusted by an AWS service principal, with one inline policy. */
const serviceRole = (r: Resources, stack: string, name: string, service: string, statements: object[]) =>
    beside(r, stack, ROLE, name, {
        name,
        arn: `arn:aws:iam::${ACCOUNT[stack]}:role/${name}`,
        assumeRolePolicy: doc({ Effect: "Allow", Principal: { Service: service }, Action: "sts:AssumeRole" }),
        inlinePolicies: [{ name: `${name}-access`, policy: doc(...statements) }],
    });

/** A role of prod trusted by the ops role, with `inline` statements, bounded by `boundary` (an ARN). */
const bounded = (r: Resources, name: string, boundary: string, inline: object[]) =>
    beside(r, "prod", ROLE, name, {
        name,
        arn: `arn:aws:iam::${A}:role/${name}`,
        permissionsBoundary: boundary,
        assumeRolePolicy: doc({ Effect: "Allow", Principal: { AWS: OPS }, Action: "sts:AssumeRole" }),
        inlinePolicies: [{ name: "all", policy: doc(...inline) }],
    });
/** An in-stack managed policy of prod (a boundary) with these statements; returns its ARN. */
const boundaryPolicy = (r: Resources, name: string, statements: object[]) => {
    beside(r, "prod", "aws:iam/policy:Policy", name, {
        name,
        arn: `arn:aws:iam::${A}:policy/${name}`,
        policy: doc(...statements),
    });
    return `arn:aws:iam::${A}:policy/${name}`;
};

const insecure: StackCase[] = [
    // ---- Neighbours of round 71's SSM reads: SSM reads that DO return parameters, outputs or content.
    ops("curity", "rt70-ssm-effective-assoc", "ssm:DescribeEffectiveInstanceAssociations (association content)", [
        allow(["ssm:DescribeInstanceInformation", "ssm:DescribeEffectiveInstanceAssociations"], "*"),
    ]),
    ops("curity", "rt70-ssm-automation-execs", "ssm:DescribeAutomationExecutions (step Outputs)", [
        allow(["ssm:DescribeSessions", "ssm:DescribeAutomationExecutions"], "*"),
    ]),
    ops("curity", "rt70-ssm-mw-invocations", "ssm:DescribeMaintenanceWindowExecutionTaskInvocations (Parameters)", [
        allow("ssm:DescribeMaintenanceWindowExecutionTaskInvocations", "*"),
    ]),
    ops("curity", "rt70-ssm-list-commands", "ssm:ListCommands (each command's Parameters)", [
        allow(["ssm:GetConnectionStatus", "ssm:ListCommands"], "*"),
    ]),
    ops("curity", "rt70-ssm-param-history", "ssm:GetParameterHistory beside DescribeParameters (values)", [
        allow(["ssm:DescribeParameters", "ssm:GetParameterHistory"], "*"),
    ]),
    ops("curity", "rt70-ssm-by-path", "ssm:GetParametersByPath beside DescribeParameters", [
        allow(["ssm:DescribeParameters", "ssm:GetParametersByPath"], `arn:aws:ssm:eu-west-1:${C}:parameter/*`),
    ]),
    ops("curity", "rt70-ssm-notaction", "everything but SendCommand/StartSession (Allow NotAction on *)", [
        { Effect: "Allow", NotAction: ["ssm:SendCommand", "ssm:StartSession"], Resource: "*" },
    ]),
    ops("curity", "rt70-ssm-notresource", "ssm:* on NotResource one parameter", [
        { Effect: "Allow", Action: "ssm:*", NotResource: `arn:aws:ssm:eu-west-1:${C}:parameter/public` },
    ]),
    ops("curity", "rt70-ssm-automation-pass", "start an SSM automation passing the curity role", [
        allow("ssm:StartAutomationExecution", "*"),
        allow("iam:PassRole", `arn:aws:iam::${C}:role/*`),
    ]),
    ops("curity", "rt70-ssm-get-document-start", "ssm:DescribeSessions + ssm:StartSession on instances", [
        allow(["ssm:DescribeSessions", "ssm:StartSession"], `arn:aws:ec2:eu-west-1:${C}:instance/*`),
    ]),
    // ---- Reads of non-"secret-bearing" services that return credentials or secrets (SECRET_READS neighbours).
    // Was a MISS (fixed in round 71): insecure accepted. EKS API Reference, AssumeRoleForPodIdentity (eks-auth): takes a ServiceAccount token and
    // returns `credentials` {accessKeyId, secretAccessKey, sessionToken} of the Pod Identity association's role (here
    // custody-prod-signer); "only used by the EKS Pod Identity Agent" (the node role holds it via
    // AmazonEKSWorkerNodePolicy). Gain: any leaked/minted token of validators/containment-chamber (audience
    // pods.eks.amazonaws.com) becomes the signer's credentials OFF the node; the IAM permission is the second factor
    // the node normally alone holds. The pack: judge.ts holdsNoCustodyPower takes it as a harmless Read (catalogue
    // access level Read, eks-auth not in SECRET_BEARING_SERVICES). Fix: add "eks-auth" to SECRET_BEARING_SERVICES (node
    // roles keep it through NODE_SERVICES), or SECRET_READS eks-auth:assumeroleforpodidentity. Severity low-medium
    // (needs a token too).
    ops("pod-identity", "rt70-eks-auth", "eks-auth:AssumeRoleForPodIdentity on the custody cluster", [
        allow("eks-auth:AssumeRoleForPodIdentity", CLUSTER),
    ]),
    // Was a MISS (fixed in round 71): insecure accepted. Auto Scaling API Reference, LaunchConfiguration.UserData ("The Base64-encoded user data to make available to the launched EC2 instances"). Gain: whatever credentials the platform put there (the reason SECRET_READS
    // exists; the twin of ec2:DescribeLaunchTemplateVersions/GetLaunchTemplateData, already in SECRET_READS). The pack: judge.ts holdsNoCustodyPower takes autoscaling:DescribeLaunchConfigurations as a harmless Read of a service outside
    // SECRET_BEARING_SERVICES. Fix: add it to SECRET_READS with this doc.
    ops("prod", "rt70-asg-launch-configs", "autoscaling:DescribeLaunchConfigurations (UserData)", [
        allow("autoscaling:DescribeLaunchConfigurations", "*"),
    ]),
    // Was a MISS (fixed in round 71): insecure accepted. CodeBuild API Reference, Build.environment (ProjectEnvironment.environmentVariables, type PLAINTEXT values returned). Gain: whatever credentials the platform put there (the reason SECRET_READS
    // exists; the twin of codebuild:BatchGetProjects, already in SECRET_READS). The pack: judge.ts holdsNoCustodyPower takes codebuild:BatchGetBuilds as a harmless Read of a service outside
    // SECRET_BEARING_SERVICES. Fix: add it to SECRET_READS with this doc.
    ops("prod", "rt70-codebuild-builds", "codebuild:BatchGetBuilds (build environment variables)", [
        allow("codebuild:BatchGetBuilds", `arn:aws:codebuild:eu-west-1:${A}:project/*`),
    ]),
    // Was a MISS (fixed in round 71): insecure accepted. ECS API Reference, Task.overrides → TaskOverride.containerOverrides[].environment (ContainerOverride: "The environment variables to send to the container"). Gain: whatever credentials the platform put there (the reason SECRET_READS
    // exists; the twin of ecs:DescribeTaskDefinition, already in SECRET_READS). The pack: judge.ts holdsNoCustodyPower takes ecs:DescribeTasks as a harmless Read of a service outside
    // SECRET_BEARING_SERVICES. Fix: add it to SECRET_READS with this doc.
    ops("prod", "rt70-ecs-tasks", "ecs:DescribeTasks (containerOverrides environment)", [
        allow("ecs:DescribeTasks", `arn:aws:ecs:eu-west-1:${A}:task/*`),
    ]),
    // Was a MISS (fixed in round 71): insecure accepted. Batch API Reference, JobDetail.container (ContainerDetail.environment) and its overrides. Gain: whatever credentials the platform put there (the reason SECRET_READS
    // exists; the twin of batch:DescribeJobDefinitions, already in SECRET_READS). The pack: judge.ts holdsNoCustodyPower takes batch:DescribeJobs as a harmless Read of a service outside
    // SECRET_BEARING_SERVICES. Fix: add it to SECRET_READS with this doc.
    ops("prod", "rt70-batch-jobs", "batch:DescribeJobs (container environment)", [allow("batch:DescribeJobs", "*")]),
    // Was a MISS (fixed in round 71): insecure accepted. SageMaker API Reference, DescribeTrainingJob response Environment (the container's environment variables). Gain: whatever credentials the platform put there (the reason SECRET_READS
    // exists; same class as ecs:DescribeTaskDefinition in SECRET_READS). The pack: judge.ts holdsNoCustodyPower takes sagemaker:DescribeTrainingJob as a harmless Read of a service outside
    // SECRET_BEARING_SERVICES. Fix: add it to SECRET_READS with this doc.
    ops("prod", "rt70-sagemaker-training", "sagemaker:DescribeTrainingJob (Environment)", [
        allow("sagemaker:DescribeTrainingJob", `arn:aws:sagemaker:eu-west-1:${A}:training-job/*`),
    ]),
    // Was a MISS (fixed in round 71): insecure accepted. App Runner API Reference, ImageConfiguration/CodeConfigurationValues.RuntimeEnvironmentVariables of the service's SourceConfiguration. Gain: whatever credentials the platform put there (the reason SECRET_READS
    // exists; same class as amplify:GetApp/elasticbeanstalk in SECRET_READS). The pack: judge.ts holdsNoCustodyPower takes apprunner:DescribeService as a harmless Read of a service outside
    // SECRET_BEARING_SERVICES. Fix: add it to SECRET_READS with this doc.
    ops("prod", "rt70-apprunner", "apprunner:DescribeService (RuntimeEnvironmentVariables)", [
        allow("apprunner:DescribeService", `arn:aws:apprunner:eu-west-1:${A}:service/*`),
    ]),
    // Was a MISS (fixed in round 71): insecure accepted. Glue API, Job.DefaultArguments (job arguments, where teams pass connection passwords; Glue guide warns against plaintext secrets in arguments). Gain: whatever credentials the platform put there (the reason SECRET_READS
    // exists; the twin of glue:GetConnection, already in SECRET_READS). The pack: judge.ts holdsNoCustodyPower takes glue:GetJob as a harmless Read of a service outside
    // SECRET_BEARING_SERVICES. Fix: add it to SECRET_READS with this doc.
    ops("prod", "rt70-glue-job", "glue:GetJob (DefaultArguments)", [
        allow("glue:GetJob", `arn:aws:glue:eu-west-1:${A}:job/*`),
    ]),
    // Was a MISS (fixed in round 71): insecure accepted. Image Builder API Reference, ImageRecipe.additionalInstanceConfiguration.userDataOverride (the build instance's user data). Gain: whatever credentials the platform put there (the reason SECRET_READS
    // exists; same class as ec2:GetLaunchTemplateData in SECRET_READS). The pack: judge.ts holdsNoCustodyPower takes imagebuilder:GetImageRecipe as a harmless Read of a service outside
    // SECRET_BEARING_SERVICES. Fix: add it to SECRET_READS with this doc.
    ops("prod", "rt70-imagebuilder-recipe", "imagebuilder:GetImageRecipe (userDataOverride)", [
        allow("imagebuilder:GetImageRecipe", `arn:aws:imagebuilder:eu-west-1:${A}:image-recipe/*`),
    ]),
    // ---- Round 71 neighbours (insecure): reads of the code-running services are secret-bearing unless listed
    // (judge.ts CODE_CONFIG_SERVICES), eks-auth is, and a documented agent's secret read is the agent's alone.
    ops("pod-identity", "rt71-eks-auth-star", "eks-auth:* on every cluster", [allow("eks-auth:*", "*")]),
    ops("prod", "rt71-lt-versions", "ec2:DescribeLaunchTemplateVersions (the Cluster Autoscaler's read: UserData)", [
        allow("ec2:DescribeLaunchTemplateVersions", "*"),
    ]),
    ops(
        "prod",
        "rt71-autoscaler-reads",
        "the Cluster Autoscaler's reads as a person (launch configurations' UserData)",
        [
            allow(
                [
                    "autoscaling:DescribeAutoScalingGroups",
                    "autoscaling:DescribeLaunchConfigurations",
                    "ec2:DescribeLaunchTemplateVersions",
                    "ec2:DescribeInstanceTypes",
                ],
                "*",
            ),
        ],
    ),
    ops("prod", "rt71-asg-describe-star", "autoscaling:Describe* (includes DescribeLaunchConfigurations)", [
        allow("autoscaling:Describe*", "*"),
    ]),
    ops("prod", "rt71-states-execution", "states:DescribeExecution (the execution's input)", [
        allow("states:DescribeExecution", `arn:aws:states:eu-west-1:${A}:execution:*`),
    ]),
    ops("prod", "rt71-cfn-template", "cloudformation:GetTemplate and DescribeStacks (parameters, outputs)", [
        allow(["cloudformation:GetTemplate", "cloudformation:DescribeStacks"], "*"),
    ]),
    ops("prod", "rt71-emr-cluster", "elasticmapreduce:DescribeCluster (Configurations)", [
        allow("elasticmapreduce:DescribeCluster", "*"),
    ]),
    ops("prod", "rt71-mwaa-env", "airflow:GetEnvironment (AirflowConfigurationOptions)", [
        allow("airflow:GetEnvironment", "*"),
    ]),
    ops("prod", "rt71-lambda-config", "lambda:GetFunctionConfiguration (Environment)", [
        allow("lambda:GetFunctionConfiguration", `arn:aws:lambda:eu-west-1:${A}:function:*`),
    ]),
    ops("prod", "rt71-ec2-unlisted-read", "ec2:DescribeInstances beside ec2:DescribeInstanceAttribute (userData)", [
        allow(["ec2:DescribeInstances", "ec2:DescribeInstanceAttribute"], "*"),
    ]),
    ops("curity", "rt71-ssm-describe-document", "ssm:ListDocuments beside ssm:DescribeDocument (DefaultValue)", [
        allow(["ssm:ListDocuments", "ssm:DescribeDocument"], "*"),
    ]),
    ops("curity", "rt71-ssm-calendar-get-doc", "ssm:GetCalendarState beside ssm:GetDocument (content)", [
        allow(["ssm:GetCalendarState", "ssm:GetDocument"], `arn:aws:ssm:eu-west-1:${C}:document/*`),
    ]),
    // ---- Service roles and chains beside custody.
    edit("prod", "rt70-lambda-keystore: a Lambda role reading the keystore", r =>
        serviceRole(r, "prod", "rt70-fn", "lambda.amazonaws.com", [allow("dynamodb:GetItem", KEYSTORE)]),
    ),
    edit("prod", "rt70-states-signer: a Step Functions role that may assume the signer", r =>
        serviceRole(r, "prod", "rt70-sfn", "states.amazonaws.com", [allow("sts:AssumeRole", SIGNER)]),
    ),
    ops("prod", "rt70-glue-pass-signer", "create a Glue job running as the signer (PassRole)", [
        allow(["glue:CreateJob", "glue:StartJobRun"], "*"),
        allow("iam:PassRole", SIGNER, { Condition: { StringEquals: { "iam:PassedToService": "glue.amazonaws.com" } } }),
    ]),
    edit("prod", "rt70-trust-ec2: the signer's trust adds ec2.amazonaws.com (instance profiles)", r =>
        trust(r, "signer-role", s =>
            s.push({ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }),
        ),
    ),
    edit("prod", "rt70-share-vpce: share-1 allows `*` from the VPC endpoint (aws:SourceVpce)", r =>
        keyPolicy(r, "signer-shares-share-1", s =>
            s.push({
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { StringEquals: { "aws:SourceVpce": "vpce-0123456789abcdef0" } },
            }),
        ),
    ),
    edit("prod", "rt70-share-viaservice: share-1 allows `*` via dynamodb with kms:CallerAccount", r =>
        keyPolicy(r, "signer-shares-share-1", s =>
            s.push({
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: ["kms:Decrypt", "kms:GenerateDataKey*", "kms:CreateGrant"],
                Resource: "*",
                Condition: {
                    StringEquals: { "kms:CallerAccount": A, "kms:ViaService": "dynamodb.eu-west-1.amazonaws.com" },
                },
            }),
        ),
    ),
    edit("prod", "rt70-table-notprincipal: the keystore's policy allows NotPrincipal the signer", r => {
        beside(r, "prod", "aws:dynamodb/resourcePolicy:ResourcePolicy", "rt70-keystore-notprincipal", {
            resourceArn: KEYSTORE,
            policy: doc({
                Effect: "Allow",
                NotPrincipal: { AWS: SIGNER },
                Action: "dynamodb:GetItem",
                Resource: KEYSTORE,
            }),
        });
    }),
    edit("prod", "rt70-group-decrypt: an IAM group's policy queries the keystore, a user in it", r => {
        beside(r, "prod", "aws:iam/user:User", "rt70-user", {
            name: "rt70-user",
            arn: `arn:aws:iam::${A}:user/rt70-user`,
        });
        beside(r, "prod", "aws:iam/group:Group", "rt70-group", {
            name: "rt70-group",
            arn: `arn:aws:iam::${A}:group/rt70-group`,
        });
        beside(r, "prod", "aws:iam/groupMembership:GroupMembership", "rt70-members", {
            name: "rt70-members",
            group: "rt70-group",
            users: ["rt70-user"],
        });
        beside(r, "prod", "aws:iam/groupPolicy:GroupPolicy", "rt70-group-policy", {
            group: "rt70-group",
            policy: doc(allow("dynamodb:Query", KEYSTORE)),
        });
    }),
    edit("prod", "rt70-eks-admin-entry: an access entry gives platform-ops cluster admin", r => {
        beside(r, "prod", "aws:eks/accessEntry:AccessEntry", "rt70-ops-admin", {
            clusterName: "prod-validators",
            principalArn: OPS,
            type: "STANDARD",
        });
        beside(r, "prod", "aws:eks/accessPolicyAssociation:AccessPolicyAssociation", "rt70-ops-admin-policy", {
            clusterName: "prod-validators",
            principalArn: OPS,
            policyArn: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy",
            accessScope: { type: "cluster" },
        });
    }),
    // The boundary's insecure twin: a boundary that admits ssm:* caps nothing (GetParameter* stays).
    edit("prod", "rt70-boundary-wide: an ops role with ssm:* inline under a boundary of ssm:*", r => {
        beside(r, "prod", "aws:iam/policy:Policy", "rt70-boundary-wide", {
            name: "rt70-boundary-wide",
            arn: `arn:aws:iam::${A}:policy/rt70-boundary-wide`,
            policy: doc(allow("ssm:*", "*")),
        });
        beside(r, "prod", ROLE, "rt70-bounded-wide", {
            name: "rt70-bounded-wide",
            arn: `arn:aws:iam::${A}:role/rt70-bounded-wide`,
            permissionsBoundary: `arn:aws:iam::${A}:policy/rt70-boundary-wide`,
            assumeRolePolicy: doc({ Effect: "Allow", Principal: { AWS: OPS }, Action: "sts:AssumeRole" }),
            inlinePolicies: [{ name: "all", policy: doc(allow("ssm:*", "*")) }],
        });
    }),
    // Round 71 neighbours of the boundary (judge caps only by a readable in-stack boundary's Allow actions).
    edit("prod", "rt71-boundary-outside: ssm:* under a boundary the pack cannot read (AWS managed)", r =>
        bounded(r, "rt71-bounded-outside", "arn:aws:iam::aws:policy/ReadOnlyAccess", [allow("ssm:*", "*")]),
    ),
    edit("prod", "rt71-boundary-notaction: ssm:* under a boundary of Allow NotAction iam:*", r =>
        bounded(
            r,
            "rt71-bounded-notaction",
            boundaryPolicy(r, "rt71-boundary-notaction", [{ Effect: "Allow", NotAction: "iam:*", Resource: "*" }]),
            [allow("ssm:*", "*")],
        ),
    ),
    edit("prod", "rt71-boundary-keystore: the boundary admits dynamodb:GetItem, the role reads the keystore", r =>
        bounded(
            r,
            "rt71-bounded-keystore",
            boundaryPolicy(r, "rt71-boundary-keystore", [allow(["ssm:DescribeSessions", "dynamodb:GetItem"], "*")]),
            [allow("ssm:*", "*"), allow("dynamodb:GetItem", KEYSTORE)],
        ),
    ),
    edit("prod", "rt71-boundary-other-name: the role's boundary names a policy the stack does not define", r => {
        boundaryPolicy(r, "rt71-boundary-view", [allow("ssm:DescribeSessions", "*")]);
        bounded(r, "rt71-bounded-other", `arn:aws:iam::${A}:policy/rt71-boundary-elsewhere`, [allow("ssm:*", "*")]);
    }),
];

const secure: StackCase[] = [
    ops("curity", "rt70-s-ssm-case", "hold the SSM view reads written in mixed case (SSM:describesessions)", [
        allow(["SSM:describesessions", "Ssm:GetConnectionStatus", "ssm:DESCRIBEINSTANCEINFORMATION"], "*"),
    ]),
    ops("curity", "rt70-s-ssm-midglob", "hold ssm:Describe*Sessions and ssm:GetConnection* (each one action)", [
        allow(["ssm:Describe*Sessions", "ssm:GetConnection*"], "*"),
    ]),
    ops("curity", "rt70-s-ssm-status-instances", "ssm:GetConnectionStatus on instance ARNs", [
        allow("ssm:GetConnectionStatus", `arn:aws:ec2:eu-west-1:${C}:instance/*`),
    ]),
    // Was a MISS (fixed in round 71): secure refused. SSM API Reference, API_InstanceProperty (DescribeInstanceProperties, the successor view of
    // DescribeInstanceInformation): id, name, type, IAM role name, key pair name, state, architecture, IP, launch time,
    // ping status, agent and platform versions, association status: no credential, the same data round 71 accepted for
    // DescribeInstanceInformation. The pack: judge.ts READS_WITHOUT_SECRET lacks it, so holdsNoCustodyPower refuses
    // (ssm is secret-bearing). Fix: add "ssm:describeinstanceproperties" to READS_WITHOUT_SECRET.
    ops("curity", "rt70-s-ssm-instance-properties", "ssm:DescribeInstanceProperties (the newer node inventory)", [
        allow(["ssm:DescribeInstanceProperties", "ssm:DescribeInstanceInformation"], "*"),
    ]),
    // Was a MISS (fixed in round 71): secure refused. SSM API Reference, API_InstancePatchState (counts of installed/missing/failed patches,
    // baseline id, operation, snapshot id, InstallOverrideList an S3 URL) and API_PatchComplianceData (patch title, KB
    // id, classification, severity, state): no credential, no parameter value. A patch-compliance dashboard role.
    // The pack: READS_WITHOUT_SECRET lacks them (judge.ts holdsNoCustodyPower). Fix: add
    // ssm:describeinstancepatchstates, ssm:describeinstancepatches (and ...ForPatchGroup) to READS_WITHOUT_SECRET.
    ops("curity", "rt70-s-ssm-patch-states", "read patch compliance (DescribeInstancePatchStates/Patches)", [
        allow(["ssm:DescribeInstancePatchStates", "ssm:DescribeInstancePatches"], "*"),
    ]),
    // Was a MISS (fixed in round 71): secure refused. SSM API Reference, API_DocumentIdentifier (ListDocuments): name, owner, version, platform
    // types, document type/format, schema version, tags, review status: no content (GetDocument has it), no
    // parameters. The pack: READS_WITHOUT_SECRET lacks ssm:ListDocuments. Fix: add "ssm:listdocuments" (not
    // DescribeDocument: its Parameters carry DefaultValue).
    ops("curity", "rt70-s-ssm-list-documents", "ssm:ListDocuments (document names, owners, versions)", [
        allow(["ssm:ListDocuments", "ssm:DescribeSessions"], "*"),
    ]),
    // Was a MISS (fixed in round 71): secure refused (low). SSM API Reference, GetCalendarState: response {State: OPEN|CLOSED, AtTime,
    // NextTransitionTime}: a Change Calendar's state, read by deploy gates. The pack: READS_WITHOUT_SECRET lacks it.
    // Fix: add "ssm:getcalendarstate".
    ops("curity", "rt70-s-ssm-calendar", "ssm:GetCalendarState (a Change Calendar's OPEN/CLOSED)", [
        allow("ssm:GetCalendarState", `arn:aws:ssm:eu-west-1:${C}:document/*`),
    ]),
    // ---- Round 71 neighbours (secure): listed reads of the code-running services and of SSM stay accepted.
    ops("prod", "rt71-s-asg-oncall", "read groups, instances and scaling activities (an on-call view)", [
        allow(
            [
                "autoscaling:DescribeAutoScalingGroups",
                "autoscaling:DescribeAutoScalingInstances",
                "autoscaling:DescribeScalingActivities",
                "ec2:DescribeInstances",
                "ec2:DescribeInstanceStatus",
            ],
            "*",
        ),
    ]),
    ops("curity", "rt71-s-ssm-patch-group", "ssm:DescribeInstancePatchStatesForPatchGroup (lower-case listdocuments)", [
        allow(["ssm:DescribeInstancePatchStatesForPatchGroup", "ssm:listdocuments"], "*"),
    ]),
    ops("prod", "rt71-s-ec2-network-view", "read VPCs, subnets, security groups and launch template names", [
        allow(
            ["ec2:DescribeVpcs", "ec2:DescribeSubnets", "ec2:DescribeSecurityGroups", "ec2:DescribeLaunchTemplates"],
            "*",
        ),
    ]),
    ops("curity", "rt70-s-ssm-view-deny-secret", "hold the SSM view with a Deny of ssm:Get* beside", [
        allow(["ssm:DescribeSessions", "ssm:DescribeParameters"], "*"),
        { Effect: "Deny", Action: ["ssm:GetParameter*", "ssm:StartSession"], Resource: "*" },
    ]),
    ops("prod", "rt70-s-ssm-prod-view", "hold the SSM on-call view in prod's account (custody cluster beside)", [
        allow(["ssm:DescribeSessions", "ssm:GetConnectionStatus", "ssm:DescribeInstanceInformation"], "*"),
    ]),
    // Was a MISS (fixed in round 71): secure refused. IAM User Guide, "Permissions boundaries for IAM entities": a role's effective permissions
    // are the intersection of its identity policies and its permissions boundary ("An entity's permissions boundary
    // allows it to perform only the actions that are allowed by both its identity-based policies and its permissions
    // boundaries"). Here inline ssm:* capped by a boundary of DescribeSessions/DescribeInstanceInformation: the role can
    // do exactly round 71's accepted SSM view. The pack reads no permissionsBoundary (no reference in policy-pack/),
    // so it judges the inline ssm:* alone (custody-effective-access). Fix: in engine/build.ts, intersect a role's
    // (user's) allows with its in-stack boundary policy when the boundary is a readable stack policy (keep the
    // uncapped reading when the boundary is unknown or unreadable). Fail-closed today; low severity.
    edit("prod", "rt70-s-boundary: an ops role with ssm:* inline capped by a boundary of SSM view reads", r => {
        beside(r, "prod", "aws:iam/policy:Policy", "rt70-boundary", {
            name: "rt70-boundary",
            arn: `arn:aws:iam::${A}:policy/rt70-boundary`,
            policy: doc(allow(["ssm:DescribeSessions", "ssm:DescribeInstanceInformation"], "*")),
        });
        beside(r, "prod", ROLE, "rt70-bounded", {
            name: "rt70-bounded",
            arn: `arn:aws:iam::${A}:role/rt70-bounded`,
            permissionsBoundary: `arn:aws:iam::${A}:policy/rt70-boundary`,
            assumeRolePolicy: doc({ Effect: "Allow", Principal: { AWS: OPS }, Action: "sts:AssumeRole" }),
            inlinePolicies: [{ name: "all", policy: doc(allow("ssm:*", "*")) }],
        });
    }),
    edit("prod", "rt71-s-boundary-conditioned: ssm:* under a boundary of the SSM view with a condition", r =>
        bounded(
            r,
            "rt71-bounded-cond",
            boundaryPolicy(r, "rt71-boundary-cond", [
                allow(["ssm:Describe*Sessions", "ssm:GetConnection*"], "*", {
                    Condition: { StringEquals: { "aws:RequestedRegion": "eu-west-1" } },
                }),
            ]),
            [allow("ssm:*", "*")],
        ),
    ),
    edit(
        "prod",
        "rt71-s-boundary-deny-beside: ssm:* and ec2:* under a boundary of reads with a Deny of GetParameter*",
        r =>
            bounded(
                r,
                "rt71-bounded-deny",
                boundaryPolicy(r, "rt71-boundary-deny", [
                    allow(["ssm:DescribeInstanceInformation", "ec2:DescribeInstances"], "*"),
                    { Effect: "Deny", Action: "ssm:GetParameter*", Resource: "*" },
                ]),
                [allow(["ssm:*", "ec2:*"], "*")],
            ),
    ),
    edit("prod", "rt70-s-lambda-logs: a Lambda log shipper's role (logs writes, one bucket)", r =>
        serviceRole(r, "prod", "rt70-log-shipper", "lambda.amazonaws.com", [
            allow(
                ["logs:CreateLogStream", "logs:PutLogEvents"],
                `arn:aws:logs:eu-west-1:${A}:log-group:/aws/lambda/rt70-*`,
            ),
            allow("s3:PutObject", "arn:aws:s3:::rt70-log-archive/*"),
        ]),
    ),
    edit("prod", "rt70-s-ssm-automation-role: an SSM automation role that only restarts instances' agents", r =>
        serviceRole(r, "prod", "rt70-automation", "ssm.amazonaws.com", [
            allow(["ssm:DescribeInstanceInformation", "ec2:DescribeInstances"], "*"),
        ]),
    ),
    edit("prod", "rt70-s-self-trust: the signer's trust also names the signer itself (self-assume)", r =>
        trust(r, "signer-role", s => s.push({ Effect: "Allow", Principal: { AWS: SIGNER }, Action: "sts:AssumeRole" })),
    ),
    edit("prod", "rt70-s-share-deny-vpce: share-1 denies Decrypt outside the VPC endpoint", r =>
        keyPolicy(r, "signer-shares-share-1", s =>
            s.push({
                Effect: "Deny",
                Principal: { AWS: "*" },
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { StringNotEquals: { "aws:SourceVpce": "vpce-0123456789abcdef0" } },
            }),
        ),
    ),
    edit("prod", "rt70-s-table-policy-signer: the keystore's policy allows the signer what it already holds", r => {
        beside(r, "prod", "aws:dynamodb/resourcePolicy:ResourcePolicy", "rt70-keystore-signer", {
            resourceArn: KEYSTORE,
            policy: doc({
                Effect: "Allow",
                Principal: { AWS: SIGNER },
                Action: "dynamodb:GetItem",
                Resource: KEYSTORE,
            }),
        });
    }),
];

describeVariants("red team 70: aws", insecure, secure);
