// Compute that runs other parties' code on instances carrying a workload's instance profile (policy-pack/engine/
// compute.ts): ECS container instances (capacity providers over an Auto Scaling group, ECS Managed Instances, user
// data setting ECS_CLUSTER), AWS Batch compute environments and EMR clusters. Whoever can run a task, job or step
// there reads the role from instance metadata (ECS developer guide, "Amazon EC2 container instance security
// considerations"; AWS Batch user guide, "Networking modes for AWS Batch jobs": ECS-EC2 jobs use host networking),
// so the cross-account stack's instance-role is reached by more than "EC2 instances of account B" and refused with
// the path. Secure neighbours: the caller's own fleet beside ECS on Fargate, Batch on Fargate, and ECS or Batch on
// instances of another instance profile.
import type { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { aws } from "./variantBuilders";
import { assertClean, assertRefused, find, resourceLike, Resources, runWholePack, stackResources } from "./support";

const B = "777777777777";
const CALLER_PROFILE = `arn:aws:iam::${B}:instance-profile/instance-role`;
const OTHER_PROFILE = `arn:aws:iam::${B}:instance-profile/ecs-instance`;
const IN_B = "cross-account-caller";
const POLICY = "custody-effective-access";
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** A launch template in account B with this instance profile, and an Auto Scaling group running it. */
function fleet(r: Resources, name: string, profile: string, userData = "#!/bin/bash\nsystemctl start app\n"): string {
    const id = `lt-0${Buffer.from(name).toString("hex").slice(0, 16)}`;
    aws(
        r,
        "aws:ec2/launchTemplate:LaunchTemplate",
        name,
        {
            name,
            id,
            arn: `arn:aws:ec2:us-east-1:${B}:launch-template/${id}`,
            imageId: "ami-0abcdef1234567890",
            instanceType: "m6i.large",
            iamInstanceProfile: { arn: profile },
            metadataOptions: { httpEndpoint: "enabled", httpTokens: "required", httpPutResponseHopLimit: 1 },
            userData: Buffer.from(userData).toString("base64"),
        },
        IN_B,
    );
    const asgArn = `arn:aws:autoscaling:us-east-1:${B}:autoScalingGroup:0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b:autoScalingGroupName/${name}-asg`;
    aws(
        r,
        "aws:autoscaling/group:Group",
        `${name}-asg`,
        {
            name: `${name}-asg`,
            arn: asgArn,
            minSize: 1,
            maxSize: 4,
            vpcZoneIdentifiers: ["subnet-0a1b2c3d4e5f60718"],
            launchTemplate: { id, version: "$Latest" },
        },
        IN_B,
    );
    return asgArn;
}

function capacityProvider(r: Resources, name: string, asgArn: string): void {
    aws(
        r,
        "aws:ecs/capacityProvider:CapacityProvider",
        name,
        { name, autoScalingGroupProvider: { autoScalingGroupArn: asgArn, managedTerminationProtection: "DISABLED" } },
        IN_B,
    );
}

function batch(r: Resources, name: string, computeResources: Record<string, unknown>): void {
    aws(
        r,
        "aws:batch/computeEnvironment:ComputeEnvironment",
        name,
        {
            computeEnvironmentName: name,
            arn: `arn:aws:batch:us-east-1:${B}:compute-environment/${name}`,
            type: "MANAGED",
            computeResources: {
                maxVcpus: 16,
                subnets: ["subnet-0a1b2c3d4e5f60718"],
                securityGroupIds: ["sg-0a1b2c3d4e5f60718"],
                ...computeResources,
            },
        },
        IN_B,
    );
}

type Case = { name: string; preview?: boolean; edit: (r: Resources) => void; refused?: RegExp };

const insecure: Case[] = [
    {
        name: "an ECS Managed Instances capacity provider whose ec2InstanceProfileArn is instance-role's profile",
        edit: r =>
            aws(
                r,
                "aws:ecs/capacityProvider:CapacityProvider",
                "managed",
                {
                    name: "managed",
                    cluster: "shared-apps",
                    managedInstancesProvider: {
                        infrastructureRoleArn: `arn:aws:iam::${B}:role/ecsInfrastructureRole`,
                        instanceLaunchTemplate: {
                            ec2InstanceProfileArn: CALLER_PROFILE,
                            networkConfiguration: { subnets: ["subnet-0a1b2c3d4e5f60718"] },
                        },
                    },
                },
                IN_B,
            ),
        refused: /ECS Managed Instances capacity provider managed[\s\S]*→ role instance-role/,
    },
    {
        name: "an Auto Scaling group of instance-role's profile whose user data joins an ECS cluster (no capacity provider)",
        edit: r =>
            fleet(r, "ecs-hosts", CALLER_PROFILE, "#!/bin/bash\necho ECS_CLUSTER=shared >> /etc/ecs/ecs.config\n"),
        refused: /launch template ecs-hosts's user data sets ECS_CLUSTER[\s\S]*→ role instance-role/,
    },
    {
        name: "ECS container instances of instance-role's profile with ECS_AWSVPC_BLOCK_IMDS (host-mode tasks still reach IMDS)",
        edit: r =>
            capacityProvider(
                r,
                "blocked",
                fleet(
                    r,
                    "blocked-hosts",
                    CALLER_PROFILE,
                    "#!/bin/bash\necho ECS_CLUSTER=shared >> /etc/ecs/ecs.config\necho ECS_AWSVPC_BLOCK_IMDS=true >> /etc/ecs/ecs.config\n",
                ),
            ),
        refused: /ECS capacity provider blocked → Auto Scaling group blocked-hosts-asg[\s\S]*→ role instance-role/,
    },
    {
        name: "an ECS capacity provider over an Auto Scaling group with a launch configuration of instance-role's profile (by name)",
        edit: r => {
            aws(
                r,
                "aws:ec2/launchConfiguration:LaunchConfiguration",
                "legacy",
                {
                    name: "legacy-lc",
                    imageId: "ami-0abcdef1234567890",
                    instanceType: "m5.large",
                    iamInstanceProfile: "instance-role",
                },
                IN_B,
            );
            const arn = `arn:aws:autoscaling:us-east-1:${B}:autoScalingGroup:1f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b:autoScalingGroupName/legacy-asg`;
            aws(
                r,
                "aws:autoscaling/group:Group",
                "legacy-asg",
                { name: "legacy-asg", arn, minSize: 1, maxSize: 2, launchConfiguration: "legacy-lc" },
                IN_B,
            );
            capacityProvider(r, "legacy", arn);
        },
        refused:
            /ECS capacity provider legacy → Auto Scaling group legacy-asg → launch configuration legacy[\s\S]*→ role instance-role/,
    },
    {
        name: "a Spot Batch compute environment whose instanceRole is instance-role's profile by name",
        edit: r => batch(r, "spot", { type: "SPOT", instanceRole: "instance-role", instanceTypes: ["optimal"] }),
        refused: /AWS Batch compute environment spot[\s\S]*→ role instance-role/,
    },
    {
        name: "an EMR cluster whose ec2Attributes.instanceProfile is instance-role's profile",
        edit: r =>
            aws(
                r,
                "aws:emr/cluster:Cluster",
                "analytics",
                {
                    name: "analytics",
                    releaseLabel: "emr-7.1.0",
                    serviceRole: `arn:aws:iam::${B}:role/EMR_DefaultRole`,
                    ec2Attributes: { instanceProfile: CALLER_PROFILE, subnetId: "subnet-0a1b2c3d4e5f60718" },
                },
                IN_B,
            ),
        refused: /EMR cluster analytics[\s\S]*→ role instance-role/,
    },
    {
        name: "first preview: a Batch compute environment whose instanceRole is the stack's profile's ARN (unknown yet)",
        preview: true,
        edit: r => {
            const profile = find(r, "aws:iam/instanceProfile:InstanceProfile", "cross-account-caller-profile");
            const like = find(r, "aws:iam/role:Role", IN_B);
            r.push({
                ...resourceLike(like, "aws:batch/computeEnvironment:ComputeEnvironment", "nightly", {
                    computeEnvironmentName: "nightly",
                    type: "MANAGED",
                    computeResources: { type: "EC2", instanceRole: UNKNOWN, maxVcpus: 4, subnets: ["subnet-1"] },
                }),
                propertyDependencies: { computeResources: [profile.urn] },
                dependencies: [profile.urn],
            } as AnalyzerResourceInput);
        },
        refused: /AWS Batch compute environment nightly[\s\S]*→ role instance-role/,
    },
    // Round 20 (decided): these two were accepted as secure in round 9. An instance profile outside the stack has a role
    // of unknown power, and ECS tasks and Batch jobs on those hosts act with it (host networking reaches instance
    // metadata): refused like a role outside the stack handed to a service (engine/opaque.ts passedOutsideRoles).
    {
        name: "the caller's own fleet beside ECS container instances of another instance profile (ecs-instance)",
        edit: r => {
            fleet(r, "app-fleet", CALLER_PROFILE);
            capacityProvider(
                r,
                "shared",
                fleet(r, "ecs-hosts", OTHER_PROFILE, "#!/bin/bash\necho ECS_CLUSTER=shared >> /etc/ecs/ecs.config\n"),
            );
        },
        refused:
            /LaunchTemplate ecs-hosts → iamInstanceProfile\.arn [^ ]*ecs-instance: the service acts with an instance profile/,
    },
    {
        name: "a Fargate Batch compute environment (no instance role) and an EC2 one on another instance profile",
        edit: r => {
            batch(r, "serverless", { type: "FARGATE" });
            batch(r, "ec2", { type: "EC2", instanceRole: OTHER_PROFILE, instanceTypes: ["optimal"] });
        },
        refused:
            /ComputeEnvironment ec2 → computeResources\.instanceRole [^ ]*ecs-instance: the service acts with an instance profile/,
    },
];

const secure: Case[] = [
    {
        name: "the caller's own fleet (instance-role's profile) beside an ECS cluster on Fargate only",
        edit: r => {
            fleet(r, "app-fleet", CALLER_PROFILE);
            aws(r, "aws:ecs/cluster:Cluster", "web", { name: "web" }, IN_B);
            aws(
                r,
                "aws:ecs/clusterCapacityProviders:ClusterCapacityProviders",
                "web",
                { clusterName: "web", capacityProviders: ["FARGATE", "FARGATE_SPOT"] },
                IN_B,
            );
        },
    },
];

describe("allowlist: compute running others' code on the caller's instance profile (cross-account, round 9)", () => {
    for (const c of insecure) {
        it(`refuses: ${c.name}`, async () => {
            const r = await stackResources("cross-account", c.preview === true);
            c.edit(r);
            assertRefused(await runWholePack("cross-account", r), c.refused!, POLICY);
        });
    }
    for (const c of secure) {
        it(`accepts: ${c.name}`, async () => {
            const r = await stackResources("cross-account", c.preview === true);
            c.edit(r);
            assertClean(await runWholePack("cross-account", r));
        });
    }
});
