// Red-team round 14 (final, fresh eyes) on the Containment Chamber signer stacks (dev, prod, pod-identity), AWS side:
// share keys, the three tables, the runtime role via IRSA or Pod Identity. Shapes the earlier rounds did not try on
// these stacks: STS AssumeRoot (centralized root access), the signer rewriting its own tables' resource policies, a
// non-EKS OIDC issuer in the signer's trust, a Pod Identity trust whose cluster pin is only the account, the AWS
// managed KMS power-user policy on a role, a self-granting CreateGrant, a KMS grant on the tables' CMK, a table policy
// admitting whoever comes through a VPC endpoint; on the secure side, hardening a careful team adds (exclusive policy
// resources, a mirroring permissions boundary, Nitro Enclaves attestation conditions, a table policy that restates the
// signer's own grant, tags and telemetry roles).
//
// Insecure variants the whole pack must refuse (the refusing rule and its path message); secure variants it must
// accept. A case the pack still gets wrong is `skip` with a comment "MISS: <why>, <doc>". REDTEAM_ALL=1 runs the
// skipped cases too; REDTEAM_SHOW=1 prints each refusal.
import { stackRole } from "./variantBuilders";
import {
    addStatements,
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
const SHARE_B = "222222222222";
const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const TABLE = "aws:dynamodb/table:Table";
const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
const PI_CLUSTER = `arn:aws:eks:eu-west-1:${PRIMARY}:cluster/prod-validators`;
const CODEBUILD_TRUST = {
    Effect: "Allow",
    Principal: { Service: "codebuild.amazonaws.com" },
    Action: "sts:AssumeRole",
    Condition: { StringEquals: { "aws:SourceAccount": PRIMARY } },
};
const EC2_TRUST = { Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" };

const tableArn = (stack: string, t: string) => `arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/custody-${stack}-${t}`;
const signerRole = (r: Resources) => find(r, ROLE, "signer-role");
const signerArn = (r: Resources) => prop(signerRole(r), "arn") as string;
const signerPolicy = (r: Resources) => find(r, ROLE_POLICY, "signer-role-access");
const keyArn = (r: Resources, name: string) => prop(find(r, KEY, name), "arn") as string;

/** A resource through the provider of the signer's role (the primary account, its region). */
const beside = (r: Resources, type: string, name: string, inputs: Record<string, unknown>) =>
    r.push(resourceLike(signerRole(r), type, name, inputs));

/** Rewrites the signer role's trust policy. */
const setTrust = (r: Resources, ...statements: object[]) =>
    setProp(signerRole(r), "assumeRolePolicy", doc(...statements));

/** The signer's RolePolicy statements (to mirror them elsewhere). */
const signerStatements = (r: Resources) =>
    (JSON.parse(prop(signerPolicy(r), "policy") as string) as { Statement: Record<string, unknown>[] }).Statement;

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
        name: "a CI role (CodeBuild of the account) allowed sts:AssumeRoot on share 2's account with the IAMCreateRootUserPassword task policy (a root session of the share's account)",
        stack: "prod",
        edit: r =>
            void stackRole(r, PRIMARY, "ci-root-tasks", CODEBUILD_TRUST, [
                {
                    Effect: "Allow",
                    Action: "sts:AssumeRoot",
                    Resource: `arn:aws:iam::${SHARE_B}:root`,
                    Condition: {
                        StringEquals: {
                            "sts:TaskPolicyArn": "arn:aws:iam::aws:policy/root-task/IAMCreateRootUserPassword",
                        },
                    },
                },
            ]),
        refused: /ci-root-tasks[\s\S]*sts:AssumeRoot/,
        policy: "custody-effective-access",
    },
    {
        name: "the signer may dynamodb:PutResourcePolicy on its own anti-slashing table (it can admit any principal to it)",
        stack: "prod",
        edit: r =>
            addStatements(signerPolicy(r), "policy", {
                Sid: "SelfPolicy",
                Effect: "Allow",
                Action: ["dynamodb:PutResourcePolicy", "dynamodb:GetResourcePolicy"],
                Resource: tableArn("prod", "anti-slashing"),
            }),
        refused: /custody-prod-signer[\s\S]*dynamodb:PutResourcePolicy/,
        policy: "custody-effective-access",
    },
    {
        name: "the signer may kms:CreateGrant on the share keys for itself only (kms:GranteePrincipal = the signer): grants outlive any later narrowing of its policy",
        stack: "prod",
        edit: r =>
            addStatements(signerPolicy(r), "policy", {
                Sid: "SelfGrant",
                Effect: "Allow",
                Action: "kms:CreateGrant",
                Resource: [1, 2, 3].map(i => keyArn(r, `signer-shares-share-${i}`)),
                Condition: { StringEquals: { "kms:GranteePrincipal": signerArn(r) } },
            }),
        refused: /kms:CreateGrant/,
        policy: "custody-effective-access",
    },
    {
        name: "the dev signer's trust adds a GitLab OIDC provider of the stack with one exact pipeline sub (a CI job becomes the signer)",
        stack: "dev",
        edit: r => {
            const provider = `arn:aws:iam::${PRIMARY}:oidc-provider/gitlab.com`;
            beside(r, "aws:iam/openIdConnectProvider:OpenIdConnectProvider", "gitlab", {
                url: "https://gitlab.com",
                clientIdLists: ["https://gitlab.com"],
                arn: provider,
            });
            const trust = JSON.parse(prop(signerRole(r), "assumeRolePolicy") as string) as { Statement: object[] };
            setTrust(r, ...trust.Statement, {
                Effect: "Allow",
                Principal: { Federated: provider },
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: {
                    StringEquals: {
                        "gitlab.com:aud": "https://gitlab.com",
                        "gitlab.com:sub": "project_path:acme/custody-ops:ref_type:branch:ref:main",
                    },
                },
            });
        },
        refused: /gitlab\.com/,
        policy: "custody-effective-access",
    },
    {
        name: "the cluster pin replaced by aws:SourceAccount (namespace and ServiceAccount pins kept): validators/containment-chamber of any cluster of the account",
        stack: "pod-identity",
        edit: r =>
            setTrust(r, {
                Effect: "Allow",
                Principal: { Service: "pods.eks.amazonaws.com" },
                Action: ["sts:AssumeRole", "sts:TagSession"],
                Condition: {
                    StringEquals: {
                        "aws:SourceAccount": PRIMARY,
                        "aws:RequestTag/kubernetes-namespace": "validators",
                        "aws:RequestTag/kubernetes-service-account": "containment-chamber",
                    },
                },
            }),
        refused: /custody-pod-identity-signer/,
        policy: "custody-effective-access",
    },
    {
        name: "a reporting role (EC2) with the AWS managed AWSKeyManagementServicePowerUser attached by RolePolicyAttachment (kms:Put* = PutKeyPolicy on every share of the account)",
        stack: "prod",
        edit: r => {
            const arn = stackRole(r, PRIMARY, "kms-operator", EC2_TRUST, [
                { Effect: "Allow", Action: "cloudwatch:GetMetricData", Resource: "*" },
            ]);
            beside(r, "aws:iam/rolePolicyAttachment:RolePolicyAttachment", "kms-operator-power", {
                role: "kms-operator",
                policyArn: "arn:aws:iam::aws:policy/AWSKeyManagementServicePowerUser",
            });
            void arn;
        },
        refused: /kms-operator/,
        policy: "custody-effective-access",
    },
    {
        name: "a KMS Grant on the tables' CMK (not a share key) giving a reporting role Decrypt, constrained to the keystore's encryption context",
        stack: "prod",
        edit: r => {
            const arn = stackRole(r, PRIMARY, "cmk-reader", EC2_TRUST, [
                { Effect: "Allow", Action: "cloudwatch:GetMetricData", Resource: "*" },
            ]);
            const cmk = find(r, KEY, "signer-tables-cmk");
            r.push(
                resourceLike(cmk, "aws:kms/grant:Grant", "cmk-reader-grant", {
                    name: "cmk-reader",
                    keyId: prop(cmk, "arn"),
                    granteePrincipal: arn,
                    operations: ["Decrypt", "DescribeKey"],
                    constraints: [{ encryptionContextSubset: { "aws:dynamodb:tableName": "custody-prod-keystore" } }],
                    grantId: "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
                }),
            );
        },
        refused: /cmk-reader[\s\S]*kms:Decrypt/,
        policy: "custody-effective-access",
    },
    {
        name: "the keystore's ResourcePolicy admits \"*\" for GetItem and Query when aws:SourceVpce is the cluster VPC's endpoint (any principal of any account on that network path)",
        stack: "prod",
        edit: r => {
            const table = find(r, TABLE, "signer-tables-keystore");
            r.push(
                resourceLike(table, "aws:dynamodb/resourcePolicy:ResourcePolicy", "keystore-vpce", {
                    resourceArn: tableArn("prod", "keystore"),
                    policy: doc({
                        Effect: "Allow",
                        Principal: "*",
                        Action: ["dynamodb:GetItem", "dynamodb:Query"],
                        Resource: [tableArn("prod", "keystore"), `${tableArn("prod", "keystore")}/index/*`],
                        Condition: { StringEquals: { "aws:SourceVpce": "vpce-0a1b2c3d4e5f60718" } },
                    }),
                }),
            );
        },
        refused: /keystore/,
        policy: "custody-effective-access",
    },
    {
        name: 'share 3\'s key policy: "*" may Decrypt when aws:PrincipalTag/custody-role is signer (any tagged identity of any account)',
        stack: "prod",
        edit: r =>
            addStatements(find(r, KEY, "signer-shares-share-3"), "policy", {
                Sid: "AbacSigner",
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: ["kms:Encrypt", "kms:Decrypt"],
                Resource: "*",
                Condition: { StringEquals: { "aws:PrincipalTag/custody-role": "signer" } },
            }),
        refused: /share-3/,
    },
    {
        name: "an association of tools/runner on the same cluster points at the signer role, whose trust lists runner beside containment-chamber (ForAnyValue:StringEquals)",
        stack: "pod-identity",
        edit: r => {
            setTrust(r, {
                Effect: "Allow",
                Principal: { Service: "pods.eks.amazonaws.com" },
                Action: ["sts:AssumeRole", "sts:TagSession"],
                Condition: {
                    StringEquals: {
                        "aws:RequestTag/eks-cluster-arn": PI_CLUSTER,
                        "aws:RequestTag/kubernetes-namespace": "validators",
                    },
                    "ForAnyValue:StringEquals": {
                        "aws:RequestTag/kubernetes-service-account": ["containment-chamber", "runner"],
                    },
                },
            });
            const assoc = find(r, "aws:eks/podIdentityAssociation:PodIdentityAssociation", "signer-sa-pod-identity");
            r.push(
                resourceLike(assoc, "aws:eks/podIdentityAssociation:PodIdentityAssociation", "runner-pod-identity", {
                    clusterName: "prod-validators",
                    namespace: "validators",
                    serviceAccount: "runner",
                    roleArn: signerArn(r),
                    disableSessionTags: false,
                }),
            );
        },
        refused: /runner/,
        policy: "custody-effective-access",
    },
    {
        name: "the signer's identity policy adds dynamodb:RestoreTableToPointInTime on the keystore and PutItem/Scan on table/custody-dev-keystore-* (restores a copy it may then read)",
        stack: "dev",
        edit: r =>
            addStatements(signerPolicy(r), "policy", {
                Sid: "Restore",
                Effect: "Allow",
                Action: [
                    "dynamodb:RestoreTableToPointInTime",
                    "dynamodb:Scan",
                    "dynamodb:PutItem",
                    "dynamodb:GetItem",
                    "dynamodb:UpdateItem",
                    "dynamodb:DeleteItem",
                    "dynamodb:Query",
                    "dynamodb:BatchWriteItem",
                ],
                Resource: [tableArn("dev", "keystore"), `${tableArn("dev", "keystore")}-*`],
            }),
        refused: /RestoreTableToPointInTime/,
        policy: "custody-effective-access",
    },
    {
        name: "first preview: a role whose trust is built from the signer role's ARN (the whole trust unknown, depending on the signer role), its known inline policy allowing kms:Decrypt on key/* of the signer account (the tables' CMK too)",
        stack: "prod",
        preview: true,
        edit: r => {
            const role = signerRole(r);
            const unknown = prop(find(r, ROLE_POLICY, "signer-role-access"), "policy") as string;
            const hop = resourceLike(role, ROLE, "decrypt-hop", {
                name: "decrypt-hop",
                assumeRolePolicy: unknown,
                inlinePolicies: [
                    {
                        name: "p",
                        policy: doc({
                            Effect: "Allow",
                            Action: ["kms:Decrypt", "kms:ReEncryptFrom"],
                            Resource: `arn:aws:kms:eu-west-1:${PRIMARY}:key/*`,
                        }),
                    },
                ],
            });
            hop.outputs = {};
            (hop as unknown as { propertyDependencies: Record<string, string[]> }).propertyDependencies = {
                assumeRolePolicy: [role.urn],
                inlinePolicies: [],
                name: [],
            };
            r.push(hop);
        },
        refused: /decrypt-hop/,
    },
];

const secure: Case[] = [
    {
        name: "the signer's inline policies made exclusive (aws.iam.RolePoliciesExclusive listing its one RolePolicy) and no managed policy allowed (RolePolicyAttachmentsExclusive with none)",
        stack: "prod",
        edit: r => {
            beside(r, "aws:iam/rolePoliciesExclusive:RolePoliciesExclusive", "signer-inline-exclusive", {
                roleName: "custody-prod-signer",
                policyNames: ["custody-prod-signer-access"],
            });
            beside(r, "aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive", "signer-managed-none", {
                roleName: "custody-prod-signer",
                policyArns: [],
            });
        },
    },
    {
        name: "the signer's permissions boundary: a stack managed Policy restating exactly its RolePolicy statements (attached only as a boundary)",
        stack: "prod",
        edit: r => {
            const arn = `arn:aws:iam::${PRIMARY}:policy/custody-prod-signer-boundary`;
            beside(r, "aws:iam/policy:Policy", "signer-boundary", {
                name: "custody-prod-signer-boundary",
                arn,
                policy: doc(...signerStatements(r)),
            });
            setProp(signerRole(r), "permissionsBoundary", arn);
        },
    },
    {
        name: "the signer's share statement narrowed to a Nitro Enclave image (kms:RecipientAttestation:ImageSha384) for Decrypt",
        stack: "prod",
        edit: r => {
            const d = JSON.parse(prop(signerPolicy(r), "policy") as string) as {
                Statement: Record<string, unknown>[];
            };
            const s = d.Statement.find(x => x.Sid === "KMSShareKeyWrap");
            if (!s) throw new Error("no KMSShareKeyWrap");
            d.Statement = d.Statement.filter(x => x !== s);
            d.Statement.push(
                { ...s, Sid: "KMSShareKeyEncrypt", Action: "kms:Encrypt" },
                {
                    ...s,
                    Sid: "KMSShareKeyDecryptInEnclave",
                    Action: "kms:Decrypt",
                    Condition: {
                        StringEqualsIgnoreCase: {
                            "kms:RecipientAttestation:ImageSha384":
                                "9fedcba8abcdef7654321ef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef01",
                        },
                    },
                },
            );
            setProp(signerPolicy(r), "policy", JSON.stringify(d));
        },
    },
    {
        name: "the keystore's ResourcePolicy restates the signer's own keySource grant (its exact role ARN, table and index/*)",
        stack: "prod",
        edit: r => {
            const table = find(r, TABLE, "signer-tables-keystore");
            r.push(
                resourceLike(table, "aws:dynamodb/resourcePolicy:ResourcePolicy", "keystore-signer", {
                    resourceArn: tableArn("prod", "keystore"),
                    policy: doc({
                        Sid: "SignerKeySource",
                        Effect: "Allow",
                        Principal: { AWS: signerArn(r) },
                        Action: [
                            "dynamodb:DescribeTable",
                            "dynamodb:GetItem",
                            "dynamodb:PutItem",
                            "dynamodb:UpdateItem",
                            "dynamodb:Query",
                        ],
                        Resource: [tableArn("prod", "keystore"), `${tableArn("prod", "keystore")}/index/*`],
                    }),
                }),
            );
        },
    },
    {
        name: "data-classification tags on the three tables as aws.dynamodb.Tag resources",
        stack: "prod",
        edit: r => {
            for (const t of ["anti-slashing", "keystore", "signer-state"]) {
                const table = find(r, TABLE, `signer-tables-${t}`);
                r.push(
                    resourceLike(table, "aws:dynamodb/tag:Tag", `${t}-classification`, {
                        resourceArn: tableArn("prod", t),
                        key: "data-classification",
                        value: "custody",
                    }),
                );
            }
        },
    },
    {
        name: "an on-call role (trusted by an SSO role of the account) limited to CloudWatch metrics and Logs Insights queries on the signer's log group",
        stack: "prod",
        edit: r =>
            void stackRole(
                r,
                PRIMARY,
                "custody-oncall",
                {
                    Effect: "Allow",
                    Principal: {
                        AWS: `arn:aws:iam::${PRIMARY}:role/aws-reserved/sso.amazonaws.com/eu-west-1/AWSReservedSSO_OnCall_0123456789abcdef`,
                    },
                    Action: "sts:AssumeRole",
                },
                [
                    {
                        Effect: "Allow",
                        Action: ["cloudwatch:GetMetricData", "cloudwatch:ListMetrics", "cloudwatch:DescribeAlarms"],
                        Resource: "*",
                    },
                    {
                        Effect: "Allow",
                        Action: ["logs:StartQuery", "logs:GetQueryResults", "logs:DescribeLogGroups"],
                        Resource: `arn:aws:logs:eu-west-1:${PRIMARY}:log-group:/aws/containerinsights/prod-validators/application:*`,
                    },
                ],
            ),
    },
    {
        name: "the signer's trust also requires the association's session tags to be present (Null aws:RequestTag/kubernetes-pod-name false) beside the three pins",
        stack: "pod-identity",
        edit: r =>
            setTrust(r, {
                Effect: "Allow",
                Principal: { Service: "pods.eks.amazonaws.com" },
                Action: ["sts:AssumeRole", "sts:TagSession"],
                Condition: {
                    StringEquals: {
                        "aws:RequestTag/eks-cluster-arn": PI_CLUSTER,
                        "aws:RequestTag/kubernetes-namespace": "validators",
                        "aws:RequestTag/kubernetes-service-account": "containment-chamber",
                    },
                    Null: { "aws:RequestTag/kubernetes-pod-name": "false" },
                },
            }),
    },
    {
        name: "the signer's statements also pinned to its own account and region (aws:ResourceAccount, aws:RequestedRegion per statement)",
        stack: "prod",
        edit: r => {
            const d = JSON.parse(prop(signerPolicy(r), "policy") as string) as {
                Statement: Record<string, unknown>[];
            };
            for (const s of d.Statement) {
                if (s.Sid === "KMSShareKeyWrap") continue;
                s.Condition = {
                    StringEquals: { "aws:ResourceAccount": PRIMARY, "aws:RequestedRegion": "eu-west-1" },
                };
            }
            setProp(signerPolicy(r), "policy", JSON.stringify(d));
        },
    },
];

const skipMisses = process.env.REDTEAM_ALL !== "1";
const label = (c: Case) => `${c.stack}${c.preview ? " (first preview)" : ""}: ${c.name}`;

describe("allowlist: red-team round 14 on the signer stacks (AWS side)", () => {
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
