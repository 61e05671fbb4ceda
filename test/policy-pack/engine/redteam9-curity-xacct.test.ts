// Red-team round 9 (final, fresh eyes) on the curity stack (Curity on the curity-* DynamoDB tables through IRSA,
// seed 002) and the cross-account stack (account B's instance role assuming account A's access role onto the existing
// my-table and the stack's data key, seed 003): shapes no earlier round tried. Services that run other people's
// code on instances carrying the caller's instance profile (ECS on EC2, Batch), instance-profile association, the
// serial console, launch-template versions, ArnEquals with wildcards, a ? glob in a table ARN, EKS identity-provider
// association; and, as secure neighbours, explicit self-assumption, belt-and-braces conditions, eviction and
// port-forward RBAC, a VPC data-perimeter Deny, a logs CMK, an application fleet, session tags, a key guard Deny.
//
// Measured: insecure refused 9/11 (misses: ECS container instances and Batch compute environments reach
// instance-role through IMDS), secure clean 11/12 (miss: the caller's own sts:TagSession refused). After the fixes
// (engine/compute.ts; crossAccount.caller's alsoAllowed sts:TagSession): insecure 11/11, secure 12/12.
//
// Insecure variants must be refused with the path message; a case the pack gets wrong is `skip` with
// "MISS: <why>, <doc>". Secure variants (what a careful platform team writes) must be clean. REDTEAM_ALL=1 runs the
// skipped ones too; REDTEAM_SHOW=1 prints each refusal.
import type { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { aws, bind, k8sRole, stackRole, user } from "./variantBuilders";
import {
    addStatements,
    assertClean,
    assertRefused,
    doc,
    find,
    mandatoryOf,
    prop,
    Resources,
    runWholePack,
    setProp,
    stackResources,
} from "./support";

const CURITY = "555555555555";
const A = "666666666666";
const B = "777777777777";
const ROLE = "aws:iam/role:Role";
const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
const KEY = "aws:kms/key:Key";
const ISSUER = "oidc.eks.eu-west-1.amazonaws.com/id/C0FFEE00C0FFEE00C0FFEE00C0FFEE00";
const DEVS = { kind: "Group", name: "identity-devs", apiGroup: "rbac.authorization.k8s.io" };
const CURITY_ROLE = `arn:aws:iam::${CURITY}:role/curity-dynamo-irsa`;
const ACCESS_ROLE = `arn:aws:iam::${A}:role/accountb-instance-role-dynamodb`;
const CALLER_ROLE = `arn:aws:iam::${B}:role/instance-role`;
const CALLER_PROFILE = `arn:aws:iam::${B}:instance-profile/instance-role`;
const EXTERNAL_ID = "custody-cross-account-example";

/** Account A's resources through the access role's provider, account B's through the caller's. */
const IN_A = "cross-account-access";
const IN_B = "cross-account-caller";

const curityRole = (r: Resources) => find(r, ROLE, "curity-role");
const curityGrant = (r: Resources) => find(r, ROLE_POLICY, "curity-role-access");
const accessRole = (r: Resources) => find(r, ROLE, "cross-account-access");
const accessGrant = (r: Resources) => find(r, ROLE_POLICY, "cross-account-access-access");
const callerGrant = (r: Resources) => find(r, ROLE_POLICY, "cross-account-caller-access");
const dataKey = (r: Resources) => find(r, KEY, "cross-account-key");

/** Rewrites a JSON policy property through `edit`. */
function editDoc(r: AnalyzerResourceInput, key: string, edit: (d: { Statement: any[] }) => void): void {
    const d = JSON.parse(String(prop(r, key))) as { Statement: any[] };
    edit(d);
    setProp(r, key, JSON.stringify(d));
}

/** A namespaced Role in curity with these rules, bound to the identity-devs group. */
function curityRoleFor(r: Resources, name: string, rules: object[]): void {
    k8sRole(r, name, rules, "curity");
    bind(r, name, { kind: "Role", name }, [DEVS], "curity");
}

/** A launch template in account B whose instances carry the caller's instance profile (IMDSv2, hop limit 1). */
function callerLaunchTemplate(r: Resources, name: string, userData: string): void {
    aws(
        r,
        "aws:ec2/launchTemplate:LaunchTemplate",
        name,
        {
            name,
            arn: `arn:aws:ec2:us-east-1:${B}:launch-template/lt-0${name.length}a1b2c3d4e5f6a7`,
            id: `lt-0${name.length}a1b2c3d4e5f6a7`,
            imageId: "ami-0abcdef1234567890",
            instanceType: "m6i.large",
            iamInstanceProfile: { arn: CALLER_PROFILE },
            metadataOptions: { httpEndpoint: "enabled", httpTokens: "required", httpPutResponseHopLimit: 1 },
            userData: Buffer.from(userData).toString("base64"),
        },
        IN_B,
    );
    aws(
        r,
        "aws:autoscaling/group:Group",
        `${name}-asg`,
        {
            name: `${name}-asg`,
            arn: `arn:aws:autoscaling:us-east-1:${B}:autoScalingGroup:0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b:autoScalingGroupName/${name}-asg`,
            minSize: 1,
            maxSize: 4,
            vpcZoneIdentifiers: ["subnet-0a1b2c3d4e5f60718"],
            launchTemplate: { id: `lt-0${name.length}a1b2c3d4e5f6a7`, version: "$Latest" },
        },
        IN_B,
    );
}

type Case = {
    name: string;
    stack: "curity" | "cross-account";
    /** Judge the first preview (computed outputs unknown) instead of the full run. */
    preview?: boolean;
    edit: (r: Resources) => void;
    /** The path message the refusal must name. */
    refused?: RegExp;
    /** The policy that must report it (any policy when absent). */
    policy?: string;
    /** A known miss: "MISS: <why>". */
    skip?: string;
};

const insecure: Case[] = [
    // ---- account B: services that run other people's code on instances carrying the caller's instance profile.
    {
        stack: "cross-account",
        name: "an ECS cluster on EC2 in account B whose container instances carry instance-role (every task on them reads it from IMDS)",
        edit: r => {
            callerLaunchTemplate(r, "shared-ecs", "#!/bin/bash\necho ECS_CLUSTER=shared-apps >> /etc/ecs/ecs.config\n");
            aws(
                r,
                "aws:ecs/cluster:Cluster",
                "shared-apps",
                { name: "shared-apps", arn: `arn:aws:ecs:us-east-1:${B}:cluster/shared-apps` },
                IN_B,
            );
            aws(
                r,
                "aws:ecs/capacityProvider:CapacityProvider",
                "shared-apps-ec2",
                {
                    name: "shared-apps-ec2",
                    autoScalingGroupProvider: {
                        autoScalingGroupArn: `arn:aws:autoscaling:us-east-1:${B}:autoScalingGroup:0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b:autoScalingGroupName/shared-ecs-asg`,
                        managedTerminationProtection: "DISABLED",
                    },
                },
                IN_B,
            );
            aws(
                r,
                "aws:ecs/clusterCapacityProviders:ClusterCapacityProviders",
                "shared-apps",
                { clusterName: "shared-apps", capacityProviders: ["shared-apps-ec2"] },
                IN_B,
            );
        },
        refused: /ECS capacity provider shared-apps-ec2 → Auto Scaling group shared-ecs-asg[\s\S]*→ role instance-role/,
        policy: "custody-effective-access",
    },
    {
        stack: "cross-account",
        name: "an AWS Batch managed EC2 compute environment in account B with instanceRole = instance-role's profile (every job's container reads it)",
        edit: r => {
            aws(
                r,
                "aws:batch/computeEnvironment:ComputeEnvironment",
                "nightly",
                {
                    computeEnvironmentName: "nightly",
                    arn: `arn:aws:batch:us-east-1:${B}:compute-environment/nightly`,
                    type: "MANAGED",
                    computeResources: {
                        type: "EC2",
                        instanceRole: CALLER_PROFILE,
                        instanceTypes: ["optimal"],
                        maxVcpus: 16,
                        minVcpus: 0,
                        subnets: ["subnet-0a1b2c3d4e5f60718"],
                        securityGroupIds: ["sg-0a1b2c3d4e5f60718"],
                    },
                },
                IN_B,
            );
            aws(
                r,
                "aws:batch/jobQueue:JobQueue",
                "nightly",
                {
                    name: "nightly",
                    state: "ENABLED",
                    priority: 1,
                    computeEnvironmentOrders: [
                        { order: 1, computeEnvironment: `arn:aws:batch:us-east-1:${B}:compute-environment/nightly` },
                    ],
                },
                IN_B,
            );
        },
        refused: /AWS Batch compute environment nightly \(computeResources.instanceRole\)[\s\S]*→ role instance-role/,
        policy: "custody-effective-access",
    },
    {
        stack: "cross-account",
        name: "a stack user of account B allowed ec2:AssociateIamInstanceProfile and iam:PassRole on instance-role (attaches the caller's profile to any instance it runs)",
        edit: r =>
            user(
                r,
                B,
                "fleet-admin",
                [
                    {
                        Effect: "Allow",
                        Action: [
                            "ec2:AssociateIamInstanceProfile",
                            "ec2:ReplaceIamInstanceProfileAssociation",
                            "ec2:DescribeIamInstanceProfileAssociations",
                        ],
                        Resource: "*",
                    },
                    { Effect: "Allow", Action: "iam:PassRole", Resource: CALLER_ROLE },
                ],
                { roleName: IN_B },
            ),
        refused: /fleet-admin[\s\S]*instance-role/,
    },
    {
        stack: "cross-account",
        name: "a stack user of account B allowed to enable the EC2 serial console and send serial-console SSH keys (a root shell on instance-role's instances)",
        edit: r =>
            user(
                r,
                B,
                "console-support",
                [
                    {
                        Effect: "Allow",
                        Action: ["ec2:EnableSerialConsoleAccess", "ec2:GetSerialConsoleAccessStatus"],
                        Resource: "*",
                    },
                    {
                        Effect: "Allow",
                        Action: "ec2-instance-connect:SendSerialConsoleSSHPublicKey",
                        Resource: `arn:aws:ec2:us-east-1:${B}:instance/*`,
                    },
                ],
                { roleName: IN_B },
            ),
        refused: /console-support/,
    },
    {
        stack: "cross-account",
        name: "the caller's fleet plus a stack user of account B allowed ec2:CreateLaunchTemplateVersion on its launch template (the ASG runs $Latest: new user data as instance-role)",
        edit: r => {
            callerLaunchTemplate(r, "app-fleet", "#!/bin/bash\nsystemctl start my-table-reader\n");
            user(
                r,
                B,
                "fleet-editor",
                [
                    {
                        Effect: "Allow",
                        Action: ["ec2:CreateLaunchTemplateVersion", "ec2:ModifyLaunchTemplate"],
                        Resource: `arn:aws:ec2:us-east-1:${B}:launch-template/*`,
                    },
                ],
                { roleName: IN_B },
            );
        },
        refused: /fleet-editor/,
    },
    // ---- account A: the data key and the access role's trust.
    {
        stack: "cross-account",
        name: "the data key's policy admitting the caller role (instance-role) itself for Decrypt, skipping the access role",
        edit: r =>
            addStatements(dataKey(r), "policy", {
                Sid: "CallerDecrypt",
                Effect: "Allow",
                Principal: { AWS: CALLER_ROLE },
                Action: "kms:Decrypt",
                Resource: "*",
            }),
        refused: /instance-role[\s\S]*kms:Decrypt/,
    },
    {
        stack: "cross-account",
        name: "the data key's policy: Principal * with ArnEquals aws:PrincipalArn role/* of account B (ArnEquals takes wildcards like ArnLike)",
        edit: r =>
            addStatements(dataKey(r), "policy", {
                Sid: "AccountBRoles",
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { ArnEquals: { "aws:PrincipalArn": `arn:aws:iam::${B}:role/*` } },
            }),
        refused: /kms:Decrypt/,
    },
    {
        stack: "cross-account",
        name: "the access role's trust: account B's root with ArnEquals aws:PrincipalArn role/* and the external id",
        edit: r =>
            editDoc(accessRole(r), "assumeRolePolicy", d => {
                d.Statement[0].Principal = { AWS: `arn:aws:iam::${B}:root` };
                d.Statement[0].Condition = {
                    StringEquals: { "sts:ExternalId": EXTERNAL_ID },
                    ArnEquals: { "aws:PrincipalArn": `arn:aws:iam::${B}:role/*` },
                };
            }),
        refused: /accountb-instance-role-dynamodb/,
    },
    {
        stack: "cross-account",
        name: "an outside-trusted stack role of account A allowed kms:CreateGrant on key/* (grants itself Decrypt on the data key)",
        edit: r => {
            stackRole(
                r,
                A,
                "key-helper",
                {
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${A}:role/platform-ops` },
                    Action: "sts:AssumeRole",
                },
                [
                    {
                        Effect: "Allow",
                        Action: ["kms:CreateGrant", "kms:ListGrants"],
                        Resource: `arn:aws:kms:us-east-1:${A}:key/*`,
                    },
                ],
                { roleName: IN_A },
            );
        },
        refused: /key-helper[\s\S]*kms:CreateGrant/,
    },
    // ---- curity.
    {
        stack: "curity",
        name: "an EC2 reporting role allowed Scan on table/c?rity-* (a single-character glob covering curity-*)",
        edit: r => {
            stackRole(
                r,
                CURITY,
                "reports",
                { Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" },
                [
                    {
                        Effect: "Allow",
                        Action: ["dynamodb:Scan", "dynamodb:Query"],
                        Resource: `arn:aws:dynamodb:eu-west-1:${CURITY}:table/c?rity-*`,
                    },
                ],
            );
        },
        refused: /reports[\s\S]*dynamodb:Scan/,
    },
    {
        stack: "curity",
        name: "a CI role allowed eks:AssociateIdentityProviderConfig on the cluster (an OIDC identity provider of its own choosing, groups unprefixed)",
        edit: r => {
            stackRole(
                r,
                CURITY,
                "cluster-ci",
                {
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${CURITY}:role/platform-ops` },
                    Action: "sts:AssumeRole",
                },
                [
                    {
                        Effect: "Allow",
                        Action: ["eks:AssociateIdentityProviderConfig", "eks:DescribeIdentityProviderConfig"],
                        Resource: `arn:aws:eks:eu-west-1:${CURITY}:cluster/*`,
                    },
                ],
            );
        },
        refused: /cluster-ci/,
    },
    {
        stack: "curity",
        // DECIDED (round 82): a port-forward tunnels into the pod's network namespace, loopback listeners included
        // (Kubernetes "Use Port Forwarding to Access Applications in a Cluster"): whoever holds it calls what Curity's
        // pods serve, with their identity behind it (kubernetes.ts podChannelOfRule; redteam82-secure pod-portforward).
        name: "RBAC: identity-devs may port-forward to Curity's pods in curity (pods/portforward: a tunnel into the pod)",
        refused: /pods\/portforward/,
        edit: r =>
            curityRoleFor(r, "port-forward", [
                { apiGroups: [""], resources: ["pods"], verbs: ["get", "list"] },
                { apiGroups: [""], resources: ["pods/portforward"], verbs: ["create", "get"] },
            ]),
    },
];
const secure: Case[] = [
    {
        stack: "curity",
        name: "the Curity role's trust also naming the role itself for sts:AssumeRole (explicit self-assumption, for session-policy scoped calls)",
        edit: r =>
            editDoc(curityRole(r), "assumeRolePolicy", d => {
                d.Statement.push({
                    Sid: "SelfAssume",
                    Effect: "Allow",
                    Principal: { AWS: CURITY_ROLE },
                    Action: "sts:AssumeRole",
                });
            }),
    },
    {
        stack: "curity",
        name: "the IRSA sub pinned by StringEquals and, belt and braces, StringLike system:serviceaccount:curity:* (both must hold)",
        edit: r =>
            editDoc(curityRole(r), "assumeRolePolicy", d => {
                d.Statement[0].Condition.StringLike = { [`${ISSUER}:sub`]: "system:serviceaccount:curity:*" };
            }),
    },
    {
        stack: "curity",
        name: "RBAC: a restart operator in curity may get/list/delete pods and create pods/eviction (no pod creation, no exec)",
        edit: r =>
            curityRoleFor(r, "restarter", [
                { apiGroups: [""], resources: ["pods"], verbs: ["get", "list", "watch", "delete"] },
                { apiGroups: [""], resources: ["pods/eviction"], verbs: ["create"] },
            ]),
    },
    {
        stack: "curity",
        name: "a data-perimeter Deny on the Curity role: its DynamoDB calls only from the cluster's VPC (aws:SourceVpc)",
        edit: r =>
            addStatements(curityGrant(r), "policy", {
                Sid: "OnlyFromClusterVpc",
                Effect: "Deny",
                Action: "dynamodb:*",
                Resource: "*",
                Condition: { StringNotEquals: { "aws:SourceVpc": "vpc-0a1b2c3d4e5f60718" } },
            }),
    },
    {
        stack: "curity",
        name: "a KMS key for Curity's CloudWatch log group (root delegation, CloudWatch Logs pinned by the log group's encryption context)",
        edit: r => {
            aws(r, KEY, "curity-logs", {
                description: "Curity logs",
                customerMasterKeySpec: "SYMMETRIC_DEFAULT",
                keyUsage: "ENCRYPT_DECRYPT",
                deletionWindowInDays: 30,
                enableKeyRotation: true,
                arn: `arn:aws:kms:eu-west-1:${CURITY}:key/2d1c0b0a-1111-4222-8333-944455566677`,
                keyId: "2d1c0b0a-1111-4222-8333-944455566677",
                policy: doc(
                    {
                        Sid: "EnableIAMDelegation",
                        Effect: "Allow",
                        Principal: { AWS: `arn:aws:iam::${CURITY}:root` },
                        Action: "kms:*",
                        Resource: "*",
                    },
                    {
                        Sid: "CloudWatchLogs",
                        Effect: "Allow",
                        Principal: { Service: "logs.eu-west-1.amazonaws.com" },
                        Action: [
                            "kms:Encrypt*",
                            "kms:Decrypt*",
                            "kms:ReEncrypt*",
                            "kms:GenerateDataKey*",
                            "kms:Describe*",
                        ],
                        Resource: "*",
                        Condition: {
                            ArnEquals: {
                                "kms:EncryptionContext:aws:logs:arn": `arn:aws:logs:eu-west-1:${CURITY}:log-group:/curity/idsvr`,
                            },
                        },
                    },
                ),
            });
            aws(r, "aws:cloudwatch/logGroup:LogGroup", "curity-idsvr-logs", {
                name: "/curity/idsvr",
                arn: `arn:aws:logs:eu-west-1:${CURITY}:log-group:/curity/idsvr`,
                retentionInDays: 90,
                kmsKeyId: `arn:aws:kms:eu-west-1:${CURITY}:key/2d1c0b0a-1111-4222-8333-944455566677`,
            });
            const key = find(r, KEY, "curity-logs");
            (key as any).options = { ...((key as any).options ?? {}), protect: true, retainOnDelete: true };
        },
    },
    {
        stack: "cross-account",
        name: "the access role's trust also naming the access role itself (explicit self-assumption for scoped sessions)",
        edit: r =>
            editDoc(accessRole(r), "assumeRolePolicy", d => {
                d.Statement.push({
                    Sid: "SelfAssume",
                    Effect: "Allow",
                    Principal: { AWS: ACCESS_ROLE },
                    Action: "sts:AssumeRole",
                });
            }),
    },
    {
        stack: "cross-account",
        name: "the access role's trust names the caller and also requires ArnEquals aws:PrincipalArn = the caller (no wildcard)",
        edit: r =>
            editDoc(accessRole(r), "assumeRolePolicy", d => {
                d.Statement[0].Condition.ArnEquals = { "aws:PrincipalArn": CALLER_ROLE };
            }),
    },
    {
        stack: "cross-account",
        name: "the caller's application fleet: a launch template (IMDSv2, hop limit 1) and Auto Scaling group with instance-role's profile",
        edit: r => callerLaunchTemplate(r, "app-fleet", "#!/bin/bash\nsystemctl start my-table-reader\n"),
    },
    {
        stack: "cross-account",
        name: "session tags for attribution: the caller may sts:TagSession on the access role, whose trust allows it for the caller",
        edit: r => {
            editDoc(callerGrant(r), "policy", d => {
                d.Statement[0].Action = ["sts:AssumeRole", "sts:TagSession"];
            });
            editDoc(accessRole(r), "assumeRolePolicy", d => {
                d.Statement.push({
                    Sid: "TagSession",
                    Effect: "Allow",
                    Principal: { AWS: CALLER_ROLE },
                    Action: "sts:TagSession",
                });
            });
        },
    },
    {
        stack: "cross-account",
        name: "the data key's policy: a guard Deny of kms:Decrypt to every principal but the access role (ArnNotEquals aws:PrincipalArn)",
        edit: r =>
            addStatements(dataKey(r), "policy", {
                Sid: "OnlyAccessRoleDecrypts",
                Effect: "Deny",
                Principal: { AWS: "*" },
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { ArnNotEquals: { "aws:PrincipalArn": ACCESS_ROLE } },
            }),
    },
    {
        stack: "cross-account",
        name: "the access role's reads narrowed by dynamodb:Select SPECIFIC_ATTRIBUTES and its Decrypt by kms:ResourceAliases (the data key's alias)",
        edit: r =>
            editDoc(accessGrant(r), "policy", d => {
                d.Statement[1].Condition = {
                    StringEqualsIfExists: { "dynamodb:Select": "SPECIFIC_ATTRIBUTES" },
                };
                d.Statement[0].Condition = {
                    "ForAnyValue:StringEquals": {
                        "kms:ResourceAliases": "alias/custody-infra/cross-account/cross-account-data",
                    },
                };
            }),
    },
];

const skipMisses = process.env.REDTEAM_ALL !== "1";

describe("allowlist: red-team round 9 (curity and cross-account, final fresh eyes)", () => {
    for (const c of insecure) {
        (c.skip && skipMisses ? it.skip : it)(`refuses: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack, c.preview === true);
            c.edit(r);
            const ds = await runWholePack(c.stack, r);
            if (process.env.REDTEAM_SHOW === "1")
                for (const d of mandatoryOf(ds)) console.log(`      ${d.policyName}: ${d.message.slice(0, 600)}`);
            assertRefused(ds, c.refused ?? /./, c.policy);
        });
    }
    for (const c of secure) {
        (c.skip && skipMisses ? it.skip : it)(`accepts: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack, c.preview === true);
            c.edit(r);
            const ds = await runWholePack(c.stack, r);
            if (process.env.REDTEAM_SHOW === "1")
                for (const d of mandatoryOf(ds)) console.log(`      ${d.policyName}: ${d.message.slice(0, 600)}`);
            assertClean(ds);
        });
    }
});
