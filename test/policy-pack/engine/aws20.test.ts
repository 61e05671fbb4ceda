// Neighbours of round 20's AWS misses: roles and instance profiles handed by name or instance-profile ARN,
// credentials for users outside the stack, memberships of groups outside it, Identity Center assignments, DLM scripts.
import { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { assertClean, assertRefused, find, resourceLike, Resources, runWholePack, stackResources } from "./support";

const PRIMARY = "111111111111";
const EFFECTIVE = "custody-effective-access";
const like = (r: Resources) => find(r, "aws:iam/rolePolicy:RolePolicy", "signer-role-access");
const add = (r: Resources, type: string, name: string, inputs: Record<string, unknown>): AnalyzerResourceInput => {
    const x = resourceLike(like(r), type, name, inputs);
    r.push(x);
    return x;
};

const insecure: { name: string; edit: (r: Resources) => void; refused: RegExp }[] = [
    {
        name: "an Elastic Beanstalk environment whose instances carry an existing instance profile (IamInstanceProfile setting)",
        edit: r =>
            add(r, "aws:elasticbeanstalk/environment:Environment", "ops-web", {
                application: "ops",
                solutionStackName: "64bit Amazon Linux 2023 v6.1.0 running Node.js 20",
                settings: [
                    {
                        namespace: "aws:autoscaling:launchconfiguration",
                        name: "IamInstanceProfile",
                        value: "ops-admin",
                    },
                ],
            }),
        refused: /Environment ops-web → settings\.0\.value ops-admin: the service acts with an instance profile/,
    },
    {
        name: "a launch template naming an existing instance profile by name ({ name })",
        edit: r =>
            add(r, "aws:ec2/launchTemplate:LaunchTemplate", "tools", {
                name: "tools",
                iamInstanceProfile: { name: "ops-admin" },
                metadataOptions: { httpEndpoint: "enabled", httpTokens: "required", httpPutResponseHopLimit: 1 },
            }),
        refused: /LaunchTemplate tools → iamInstanceProfile\.name ops-admin/,
    },
    {
        name: "a CodeBuild project run by an existing role given by name (serviceRole)",
        edit: r =>
            add(r, "aws:codebuild/project:Project", "report", {
                name: "report",
                serviceRole: "platform-automation",
                artifacts: { type: "NO_ARTIFACTS" },
                environment: {
                    computeType: "BUILD_GENERAL1_SMALL",
                    image: "aws/codebuild/standard:7.0",
                    type: "LINUX_CONTAINER",
                },
                source: { type: "NO_SOURCE", buildspec: "version: 0.2" },
            }),
        refused:
            /Project report → serviceRole arn:aws:iam::111111111111:role\/platform-automation: the service acts with a role/,
    },
    {
        name: "an SSH public key uploaded for an existing user (CodeCommit/EC2 Instance Connect credential)",
        edit: r =>
            add(r, "aws:iam/sshKey:SshKey", "ops-ssh", {
                username: "ops-bob",
                encoding: "SSH",
                publicKey: "ssh-ed25519 AAAA",
            }),
        refused: /SshKey ops-ssh mints credentials for IAM user ops-bob, which is not a user of this stack/,
    },
    {
        name: "a UserGroupMembership putting a stack user into an existing Administrators group",
        edit: r => {
            add(r, "aws:iam/user:User", "auditor", { name: "auditor" });
            add(r, "aws:iam/userGroupMembership:UserGroupMembership", "auditor-groups", {
                user: "auditor",
                groups: ["Administrators"],
            });
        },
        refused:
            /UserGroupMembership auditor-groups adds users to IAM group Administrators, which is not a group of this stack/,
    },
    {
        name: "an Identity Center group membership (the group's account assignments follow)",
        edit: r =>
            add(r, "aws:identitystore/groupMembership:GroupMembership", "oncall", {
                identityStoreId: "d-1234567890",
                groupId: "g-admins",
                memberId: "u-bob",
            }),
        refused: /GroupMembership oncall adds a user to Identity Center group g-admins/,
    },
    {
        name: "a DLM policy whose post-snapshot script is an SSM document (scripts in a cross-region copy schedule)",
        edit: r =>
            add(r, "aws:dlm/lifecyclePolicy:LifecyclePolicy", "nightly", {
                executionRoleArn: `arn:aws:iam::${PRIMARY}:role/AWSDataLifecycleManagerDefaultRole`,
                policyDetails: {
                    resourceTypes: ["INSTANCE"],
                    schedules: [
                        { name: "n", createRule: { interval: 24, scripts: [{ executionHandler: "AWS_VSS_BACKUP" }] } },
                    ],
                },
            }),
        refused: /LifecyclePolicy nightly runs pre\/post snapshot scripts/,
    },
    // Round 22 neighbours: names under any *Role/*RoleArn key, with paths; a stack profile wrapping an outside role.
    {
        name: "an ECS task definition whose executionRoleArn is an existing role given by short name",
        edit: r =>
            add(r, "aws:ecs/taskDefinition:TaskDefinition", "job", {
                family: "job",
                executionRoleArn: "ops-exec",
                containerDefinitions: "[]",
            }),
        refused: /TaskDefinition job → executionRoleArn arn:aws:iam::111111111111:role\/ops-exec/,
    },
    {
        name: "an instance profile of the stack wrapping an existing role under a path",
        edit: r =>
            add(r, "aws:iam/instanceProfile:InstanceProfile", "ops-profile", { name: "ops", role: "admins/ops-admin" }),
        refused: /InstanceProfile ops-profile → role arn:aws:iam::111111111111:role\/admins\/ops-admin/,
    },
];

const secure: { name: string; edit: (r: Resources) => void }[] = [
    {
        name: "an access key for a user of the stack (its policies are judged; it has none)",
        edit: r => {
            add(r, "aws:iam/user:User", "ci-reader", { name: "ci-reader" });
            add(r, "aws:iam/accessKey:AccessKey", "ci-reader-key", { user: "ci-reader" });
        },
    },
    {
        name: "a stack user in a stack group without policies",
        edit: r => {
            add(r, "aws:iam/user:User", "ops", { name: "ops" });
            add(r, "aws:iam/group:Group", "ops-group", { name: "operators" });
            add(r, "aws:iam/groupMembership:GroupMembership", "ops-members", { group: "operators", users: ["ops"] });
        },
    },
    {
        name: "an EC2 instance with an instance profile of the stack named by its AWS name, its role without policies",
        edit: r => {
            add(r, "aws:iam/role:Role", "bastion-role", {
                name: "bastion",
                assumeRolePolicy: JSON.stringify({
                    Version: "2012-10-17",
                    Statement: [
                        { Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" },
                    ],
                }),
            });
            add(r, "aws:iam/instanceProfile:InstanceProfile", "bastion-profile", { name: "bastion", role: "bastion" });
            add(r, "aws:ec2/instance:Instance", "bastion", {
                ami: "ami-0abc1234def567890",
                instanceType: "t3.micro",
                iamInstanceProfile: "bastion",
                metadataOptions: { httpEndpoint: "enabled", httpTokens: "required", httpPutResponseHopLimit: 1 },
            });
        },
    },
    {
        name: "a service control policy whose content names a break-glass role in a condition",
        edit: r =>
            add(r, "aws:organizations/policy:Policy", "deny-deletion", {
                name: "deny-deletion",
                type: "SERVICE_CONTROL_POLICY",
                content: JSON.stringify({
                    Version: "2012-10-17",
                    Statement: [
                        {
                            Effect: "Deny",
                            Action: "kms:ScheduleKeyDeletion",
                            Resource: "*",
                            Condition: {
                                ArnNotEquals: { "aws:PrincipalArn": `arn:aws:iam::${PRIMARY}:role/break-glass` },
                            },
                        },
                    ],
                }),
            }),
    },
    {
        name: "a QuickSight user with the READER persona (userRole is not an IAM role)",
        edit: r =>
            add(r, "aws:quicksight/user:User", "viewer", {
                email: "viewer@example.com",
                identityType: "QUICKSIGHT",
                userRole: "READER",
                userName: "viewer",
            }),
    },
    {
        name: "an RDS instance whose enhanced monitoring uses the account's existing rds-monitoring-role",
        edit: r =>
            add(r, "aws:rds/instance:Instance", "reports-db", {
                instanceClass: "db.t4g.micro",
                engine: "postgres",
                allocatedStorage: 20,
                monitoringInterval: 60,
                monitoringRoleArn: `arn:aws:iam::${PRIMARY}:role/rds-monitoring-role`,
            }),
    },
];

describe("round 20 and 22 AWS neighbours: identities outside the stack, by name or profile", () => {
    for (const c of insecure)
        it(`refuses: prod: ${c.name}`, async () => {
            const r = await stackResources("prod");
            c.edit(r);
            assertRefused(await runWholePack("prod", r), c.refused, EFFECTIVE);
        });
    for (const c of secure)
        it(`accepts: prod: ${c.name}`, async () => {
            const r = await stackResources("prod");
            c.edit(r);
            assertClean(await runWholePack("prod", r));
        });
});
