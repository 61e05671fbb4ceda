// Red-team round 34 on the AWS level (fresh eyes), mostly the curity and trust-domain stacks: who can become the
// runtime roles (trust shapes), transitive readers of Curity's tables, replica keys with a per-resource region, and
// secure shapes a careful platform team writes. Insecure variants the whole pack must refuse (each with the path
// message it must name), secure variants it must accept.
import { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { addStatements, describeVariants, doc, find, prop, resourceLike, Resources, setProp } from "./support";

const CURITY_ACCOUNT = "555555555555";
const IDENTITY = "444444444444";
const ROLE = "aws:iam/role:Role";
const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
const CURITY_ISSUER = "oidc.eks.eu-west-1.amazonaws.com/id/C0FFEE00C0FFEE00C0FFEE00C0FFEE00";
const CURITY_PROVIDER = `arn:aws:iam::${CURITY_ACCOUNT}:oidc-provider/${CURITY_ISSUER}`;
const TD_ISSUER = "oidc.eks.us-east-1.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF";
const TD_PROVIDER = `arn:aws:iam::${IDENTITY}:oidc-provider/${TD_ISSUER}`;
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const OUTSIDE = `arn:aws:iam::${IDENTITY}:role/identity-ops`;

type Case = {
    name: string;
    stack: string;
    /** Judge the stack as in its first preview. */
    preview?: boolean;
    edit: (r: Resources) => void;
    /** The path message the refusal must name. */
    refused?: RegExp;
    /** The policy that must report it (any policy when absent). */
    policy?: string;
    /** A known miss left for later: "MISS: <why>". */
    skip?: string;
};

const curityRole = (r: Resources) => find(r, ROLE, "curity-role");
const curityPolicy = (r: Resources) => find(r, ROLE_POLICY, "curity-role-access");
const tdRole = (r: Resources) => find(r, ROLE, "trust-domain-role");
const tdPolicy = (r: Resources) => find(r, ROLE_POLICY, "trust-domain-role-access");

const add = (r: Resources, like: AnalyzerResourceInput, type: string, name: string, inputs: Record<string, unknown>) =>
    r.push(resourceLike(like, type, name, inputs));

/** A role of the stack next to `like`, trusted by a service, with one inline policy. */
function serviceRole(
    r: Resources,
    like: AnalyzerResourceInput,
    name: string,
    account: string,
    service: string,
    ...statements: object[]
): void {
    add(r, like, ROLE, name, {
        name,
        arn: `arn:aws:iam::${account}:role/${name}`,
        assumeRolePolicy: doc({ Effect: "Allow", Principal: { Service: service }, Action: "sts:AssumeRole" }),
        ...(statements.length > 0 ? { inlinePolicies: [{ name: "p", policy: doc(...statements) }] } : {}),
    });
}

const curityTrust = (sub: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    Effect: "Allow",
    Principal: { Federated: CURITY_PROVIDER },
    Action: "sts:AssumeRoleWithWebIdentity",
    Condition: { ...sub, ...extra },
});

const insecure: Case[] = [
    {
        name: "curity: the role's statement rewritten as dynamodb:* on curity-* 'narrowed' by ForAllValues:StringEquals dynamodb:Attributes (true for DeleteTable, which sends no attributes)",
        stack: "curity",
        edit: r =>
            setProp(
                curityPolicy(r),
                "policy",
                doc({
                    Sid: "CurityDynamoDBDataSource",
                    Effect: "Allow",
                    Action: "dynamodb:*",
                    Resource: [
                        `arn:aws:dynamodb:eu-west-1:${CURITY_ACCOUNT}:table/curity-*`,
                        `arn:aws:dynamodb:eu-west-1:${CURITY_ACCOUNT}:table/curity-*/index/*`,
                    ],
                    Condition: {
                        "ForAllValues:StringEquals": { "dynamodb:Attributes": ["pk", "sk", "attributes", "expires"] },
                    },
                }),
            ),
        refused: /role curity-dynamo-irsa → .*allows dynamodb:AssociateTableReplica.*not in workload curity/,
        policy: "custody-effective-access",
    },
    {
        name: "curity: the IRSA sub pinned with a single-character glob (StringLike system:serviceaccount:curity:dynamo-s?: dynamo-sb matches)",
        stack: "curity",
        edit: r =>
            setProp(
                curityRole(r),
                "assumeRolePolicy",
                doc(
                    curityTrust({
                        StringLike: { [`${CURITY_ISSUER}:sub`]: "system:serviceaccount:curity:dynamo-s?" },
                        StringEquals: { [`${CURITY_ISSUER}:aud`]: "sts.amazonaws.com" },
                    }),
                ),
            ),
        refused: /curity|dynamo-s\?/,
    },
    {
        name: "curity: the trust's Statement written as one object (not a list) pinning sub to system:serviceaccount:curity:* (every ServiceAccount of the namespace)",
        stack: "curity",
        edit: r =>
            setProp(
                curityRole(r),
                "assumeRolePolicy",
                JSON.stringify({
                    Version: "2012-10-17",
                    Statement: curityTrust({
                        StringLike: { [`${CURITY_ISSUER}:sub`]: "system:serviceaccount:curity:*" },
                        StringEquals: { [`${CURITY_ISSUER}:aud`]: "sts.amazonaws.com" },
                    }),
                }),
            ),
        refused: /curity/,
    },
    {
        name: "curity: a stack Lambda role (change-data consumer) reading curity-users' DynamoDB stream (GetRecords on table/curity-users/stream/*)",
        stack: "curity",
        edit: r =>
            serviceRole(r, curityRole(r), "curity-cdc", CURITY_ACCOUNT, "lambda.amazonaws.com", {
                Effect: "Allow",
                Action: [
                    "dynamodb:DescribeStream",
                    "dynamodb:GetRecords",
                    "dynamodb:GetShardIterator",
                    "dynamodb:ListStreams",
                ],
                Resource: `arn:aws:dynamodb:eu-west-1:${CURITY_ACCOUNT}:table/curity-users/stream/*`,
            }),
        refused: /curity-cdc.*dynamodb:GetRecords/,
    },
    {
        name: 'trust-domain: the key manager\'s trust admits "*" when aws:PrincipalArn is ArnLike role/trust-domain-* (any role of the account so named)',
        stack: "trust-domain",
        edit: r =>
            addStatements(tdRole(r), "assumeRolePolicy", {
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: "sts:AssumeRole",
                Condition: { ArnLike: { "aws:PrincipalArn": `arn:aws:iam::${IDENTITY}:role/trust-domain-*` } },
            }),
        refused: /trust-domain-server|trust-domain-\*/,
    },
    {
        name: "trust-domain: an EC2 role of the stack allowed iam:UpdateAssumeRolePolicy on role/trust-* (a glob covering the key manager's role)",
        stack: "trust-domain",
        edit: r =>
            serviceRole(r, tdRole(r), "spirl-ops", IDENTITY, "ec2.amazonaws.com", {
                Effect: "Allow",
                Action: "iam:UpdateAssumeRolePolicy",
                Resource: `arn:aws:iam::${IDENTITY}:role/trust-*`,
            }),
        refused: /spirl-ops/,
    },
    {
        name: "trust-domain: a ReplicaKey (per-resource region us-east-1) of an outside multi-Region primary, its policy letting an outside role Sign",
        stack: "trust-domain",
        edit: r =>
            add(r, tdRole(r), "aws:kms/replicaKey:ReplicaKey", "spirl-replica", {
                region: "us-east-1",
                primaryKeyArn: `arn:aws:kms:eu-west-1:${IDENTITY}:key/mrk-1234abcd12ab34cd56ef1234567890ab`,
                description: "replica of the EU signing key",
                deletionWindowInDays: 30,
                enabled: true,
                arn: `arn:aws:kms:us-east-1:${IDENTITY}:key/mrk-1234abcd12ab34cd56ef1234567890ab`,
                keyId: "mrk-1234abcd12ab34cd56ef1234567890ab",
                policy: doc(
                    {
                        Sid: "Root",
                        Effect: "Allow",
                        Principal: { AWS: `arn:aws:iam::${IDENTITY}:root` },
                        Action: "kms:*",
                        Resource: "*",
                    },
                    {
                        Sid: "Ops",
                        Effect: "Allow",
                        Principal: { AWS: OUTSIDE },
                        Action: ["kms:Sign", "kms:GetPublicKey"],
                        Resource: "*",
                    },
                ),
            }),
        refused: /identity-ops.*kms:Sign/,
    },
    {
        name: 'trust-domain: a stack key of the identity account usable by every principal of the account through EBS ("*" + kms:CallerAccount + kms:ViaService ec2)',
        stack: "trust-domain",
        edit: r =>
            add(r, tdRole(r), "aws:kms/key:Key", "spirl-volumes", {
                description: "spirl volumes",
                deletionWindowInDays: 30,
                enableKeyRotation: true,
                arn: `arn:aws:kms:us-east-1:${IDENTITY}:key/11111111-2222-3333-4444-555555555555`,
                keyId: "11111111-2222-3333-4444-555555555555",
                policy: doc(
                    {
                        Sid: "Root",
                        Effect: "Allow",
                        Principal: { AWS: `arn:aws:iam::${IDENTITY}:root` },
                        Action: "kms:*",
                        Resource: "*",
                    },
                    {
                        Sid: "EBS",
                        Effect: "Allow",
                        Principal: { AWS: "*" },
                        Action: ["kms:Decrypt", "kms:GenerateDataKey*", "kms:CreateGrant", "kms:DescribeKey"],
                        Resource: "*",
                        Condition: {
                            StringEquals: {
                                "kms:CallerAccount": IDENTITY,
                                "kms:ViaService": "ec2.us-east-1.amazonaws.com",
                            },
                        },
                    },
                ),
            }),
        refused: /ec2\.us-east-1\.amazonaws\.com.*444444444444/,
    },
    {
        name: "curity: the trust names the provider and an ops role in one statement (AssumeRoleWithWebIdentity and AssumeRole) with the sub/aud pins as StringEqualsIfExists (absent for the role's AssumeRole, so true)",
        stack: "curity",
        edit: r =>
            setProp(
                curityRole(r),
                "assumeRolePolicy",
                doc({
                    Effect: "Allow",
                    Principal: { Federated: CURITY_PROVIDER, AWS: `arn:aws:iam::${CURITY_ACCOUNT}:role/identity-ops` },
                    Action: ["sts:AssumeRoleWithWebIdentity", "sts:AssumeRole"],
                    Condition: {
                        StringEqualsIfExists: {
                            [`${CURITY_ISSUER}:sub`]: "system:serviceaccount:curity:dynamo-sa",
                            [`${CURITY_ISSUER}:aud`]: "sts.amazonaws.com",
                        },
                    },
                }),
            ),
        refused: /identity-ops/,
    },
    {
        name: "curity: the trust's sub pin replaced by a network pin (aws:SourceVpc of the cluster's VPC through the STS endpoint): every ServiceAccount of the cluster",
        stack: "curity",
        edit: r =>
            setProp(
                curityRole(r),
                "assumeRolePolicy",
                doc(
                    curityTrust({
                        StringEquals: {
                            [`${CURITY_ISSUER}:aud`]: "sts.amazonaws.com",
                            "aws:SourceVpc": "vpc-0abc1234def567890",
                        },
                    }),
                ),
            ),
        refused: /curity/,
    },
    {
        name: "trust-domain: a KEY_AGREEMENT stack key of the identity account whose policy lets an outside role kms:DeriveSharedSecret",
        stack: "trust-domain",
        edit: r =>
            add(r, tdRole(r), "aws:kms/key:Key", "spirl-ecdh", {
                description: "spirl ECDH",
                customerMasterKeySpec: "ECC_NIST_P256",
                keyUsage: "KEY_AGREEMENT",
                deletionWindowInDays: 30,
                arn: `arn:aws:kms:us-east-1:${IDENTITY}:key/22222222-3333-4444-5555-666666666666`,
                keyId: "22222222-3333-4444-5555-666666666666",
                policy: doc(
                    {
                        Sid: "Root",
                        Effect: "Allow",
                        Principal: { AWS: `arn:aws:iam::${IDENTITY}:root` },
                        Action: "kms:*",
                        Resource: "*",
                    },
                    {
                        Sid: "Peer",
                        Effect: "Allow",
                        Principal: { AWS: OUTSIDE },
                        Action: ["kms:DeriveSharedSecret", "kms:GetPublicKey"],
                        Resource: "*",
                    },
                ),
            }),
        refused: /identity-ops.*kms:DeriveSharedSecret/,
    },
    {
        name: "first preview: a stack key in the identity account whose per-resource region is still unknown (an output of another resource), its policy letting an outside role Sign",
        stack: "trust-domain",
        preview: true,
        edit: r =>
            add(r, tdRole(r), "aws:kms/key:Key", "spirl-regional", {
                region: UNKNOWN,
                description: "spirl regional signing key",
                customerMasterKeySpec: "ECC_NIST_P256",
                keyUsage: "SIGN_VERIFY",
                deletionWindowInDays: 30,
                arn: UNKNOWN,
                keyId: UNKNOWN,
                policy: doc(
                    {
                        Sid: "Root",
                        Effect: "Allow",
                        Principal: { AWS: `arn:aws:iam::${IDENTITY}:root` },
                        Action: "kms:*",
                        Resource: "*",
                    },
                    {
                        Sid: "Ops",
                        Effect: "Allow",
                        Principal: { AWS: OUTSIDE },
                        Action: ["kms:Sign", "kms:GetPublicKey"],
                        Resource: "*",
                    },
                ),
            }),
        refused: /identity-ops|spirl-regional/,
    },
    {
        name: "first preview: the key manager's trust policy itself unknown (no recorded dependency)",
        stack: "trust-domain",
        preview: true,
        edit: r => setProp(tdRole(r), "assumeRolePolicy", UNKNOWN),
        refused: /trust-domain-server|trust-domain-role/,
    },
    {
        name: "cross-account: the access role trusted by account B's root when aws:PrincipalArn is ArnLike role/*/instance-role (any role of that name on some path, not the no-path instance-role)",
        stack: "cross-account",
        edit: r => {
            const role = find(r, ROLE, "cross-account-access");
            setProp(
                role,
                "assumeRolePolicy",
                doc({
                    Effect: "Allow",
                    Principal: { AWS: "arn:aws:iam::777777777777:root" },
                    Action: "sts:AssumeRole",
                    Condition: {
                        StringEquals: { "sts:ExternalId": "custody-cross-account-example" },
                        ArnLike: { "aws:PrincipalArn": "arn:aws:iam::777777777777:role/*/instance-role" },
                    },
                }),
            );
        },
        refused: /777777777777/,
    },
    {
        name: "pod-identity: the signer's trust pins its cluster, namespace and ServiceAccount tags with StringEqualsIfExists (an association with disableSessionTags, on any cluster of the account, sends none)",
        stack: "pod-identity",
        edit: r => {
            const role = find(r, ROLE, "signer-role");
            const d = JSON.parse(prop(role, "assumeRolePolicy") as string) as {
                Statement: { Condition: Record<string, unknown> }[];
            };
            d.Statement[0].Condition = { StringEqualsIfExists: d.Statement[0].Condition.StringEquals };
            setProp(role, "assumeRolePolicy", JSON.stringify(d));
        },
        refused: /custody-pod-identity-signer|pods\.eks/,
    },
    {
        name: "prod: a ReplicaExternalKey (per-resource region eu-central-1) in share 2's account, imported material, its policy letting an outside role Decrypt",
        stack: "prod",
        edit: r => {
            const s2 = find(r, "aws:kms/key:Key", "signer-shares-share-2");
            add(r, s2, "aws:kms/replicaExternalKey:ReplicaExternalKey", "share-2-replica", {
                region: "eu-central-1",
                primaryKeyArn: "arn:aws:kms:eu-west-1:222222222222:key/mrk-0123456789abcdef0123456789abcdef",
                description: "share 2 DR replica",
                deletionWindowInDays: 30,
                enabled: true,
                arn: "arn:aws:kms:eu-central-1:222222222222:key/mrk-0123456789abcdef0123456789abcdef",
                keyId: "mrk-0123456789abcdef0123456789abcdef",
                policy: doc(
                    {
                        Sid: "Root",
                        Effect: "Allow",
                        Principal: { AWS: "arn:aws:iam::222222222222:root" },
                        Action: "kms:*",
                        Resource: "*",
                    },
                    {
                        Sid: "DR",
                        Effect: "Allow",
                        Principal: { AWS: "arn:aws:iam::222222222222:role/dr-operator" },
                        Action: ["kms:Decrypt", "kms:DescribeKey"],
                        Resource: "*",
                    },
                ),
            });
        },
        refused: /dr-operator.*kms:Decrypt/,
    },
    {
        name: 'trust-domain: a stack key of the identity account whose policy names the key manager and "*" in one principal list for Sign',
        stack: "trust-domain",
        edit: r =>
            add(r, tdRole(r), "aws:kms/key:Key", "spirl-listed", {
                description: "spirl listed",
                customerMasterKeySpec: "ECC_NIST_P256",
                keyUsage: "SIGN_VERIFY",
                deletionWindowInDays: 30,
                arn: `arn:aws:kms:us-east-1:${IDENTITY}:key/33333333-4444-5555-6666-777777777777`,
                keyId: "33333333-4444-5555-6666-777777777777",
                policy: doc(
                    {
                        Sid: "Root",
                        Effect: "Allow",
                        Principal: { AWS: `arn:aws:iam::${IDENTITY}:root` },
                        Action: "kms:*",
                        Resource: "*",
                    },
                    {
                        Sid: "Signers",
                        Effect: "Allow",
                        Principal: { AWS: [`arn:aws:iam::${IDENTITY}:role/trust-domain-server`, "*"] },
                        Action: ["kms:Sign", "kms:GetPublicKey"],
                        Resource: "*",
                    },
                ),
            }),
        refused: /kms:Sign/,
    },
];

const secure: Case[] = [
    {
        name: "cross-account: the access role trusted by account B's root pinned by ArnEquals aws:PrincipalArn to role/instance-role and the external id (the same principal as naming it)",
        stack: "cross-account",
        edit: r => {
            const role = find(r, ROLE, "cross-account-access");
            setProp(
                role,
                "assumeRolePolicy",
                doc({
                    Effect: "Allow",
                    Principal: { AWS: "arn:aws:iam::777777777777:root" },
                    Action: "sts:AssumeRole",
                    Condition: {
                        StringEquals: { "sts:ExternalId": "custody-cross-account-example" },
                        ArnEquals: { "aws:PrincipalArn": "arn:aws:iam::777777777777:role/instance-role" },
                    },
                }),
            );
        },
    },
    {
        name: "curity: the IRSA trust also pinned to the cluster's VPC (aws:SourceVpc through the STS interface endpoint, the IAM guide's combined example)",
        stack: "curity",
        edit: r =>
            setProp(
                curityRole(r),
                "assumeRolePolicy",
                doc(
                    curityTrust({
                        StringEquals: {
                            [`${CURITY_ISSUER}:sub`]: "system:serviceaccount:curity:dynamo-sa",
                            [`${CURITY_ISSUER}:aud`]: "sts.amazonaws.com",
                            "aws:SourceVpc": "vpc-0abc1234def567890",
                        },
                    }),
                ),
            ),
    },
    {
        name: "curity: the committed trust with its Statement written as one object (IAM accepts a single statement)",
        stack: "curity",
        edit: r => {
            const d = JSON.parse(prop(curityRole(r), "assumeRolePolicy") as string) as { Statement: object[] };
            setProp(curityRole(r), "assumeRolePolicy", JSON.stringify({ ...d, Statement: d.Statement[0] }));
        },
    },
    {
        name: "curity: a self-Deny data perimeter on the role (dynamodb:* denied on NotResource curity-*)",
        stack: "curity",
        edit: r =>
            addStatements(curityPolicy(r), "policy", {
                Sid: "OnlyCurityTables",
                Effect: "Deny",
                Action: "dynamodb:*",
                NotResource: [
                    `arn:aws:dynamodb:eu-west-1:${CURITY_ACCOUNT}:table/curity-*`,
                    `arn:aws:dynamodb:eu-west-1:${CURITY_ACCOUNT}:table/curity-*/index/*`,
                ],
            }),
    },
    {
        name: "curity: the item actions narrowed by ForAllValues:StringEquals dynamodb:Attributes, DescribeTable in its own statement",
        stack: "curity",
        edit: r =>
            setProp(
                curityPolicy(r),
                "policy",
                doc(
                    {
                        Sid: "Describe",
                        Effect: "Allow",
                        Action: "dynamodb:DescribeTable",
                        Resource: `arn:aws:dynamodb:eu-west-1:${CURITY_ACCOUNT}:table/curity-*`,
                    },
                    {
                        Sid: "Items",
                        Effect: "Allow",
                        Action: [
                            "dynamodb:GetItem",
                            "dynamodb:PutItem",
                            "dynamodb:UpdateItem",
                            "dynamodb:DeleteItem",
                            "dynamodb:Query",
                            "dynamodb:Scan",
                            "dynamodb:ConditionCheckItem",
                        ],
                        Resource: [
                            `arn:aws:dynamodb:eu-west-1:${CURITY_ACCOUNT}:table/curity-*`,
                            `arn:aws:dynamodb:eu-west-1:${CURITY_ACCOUNT}:table/curity-*/index/*`,
                        ],
                        Condition: {
                            "ForAllValues:StringEquals": {
                                "dynamodb:Attributes": ["pk", "sk", "attributes", "expires"],
                            },
                        },
                    },
                ),
            ),
    },
    {
        name: "curity: an API Gateway DynamoDB GetItem integration passing the caller's own credentials (credentials arn:aws:iam::*:user/*, no role handed)",
        stack: "curity",
        edit: r => {
            add(r, curityRole(r), "aws:apigateway/restApi:RestApi", "curity-admin-api", {
                name: "curity-admin-api",
                id: "a1b2c3d4e5",
                rootResourceId: "r00t",
                endpointConfiguration: { types: "REGIONAL" },
            });
            add(r, curityRole(r), "aws:apigateway/method:Method", "curity-admin-get", {
                restApi: "a1b2c3d4e5",
                resourceId: "r00t",
                httpMethod: "POST",
                authorization: "AWS_IAM",
            });
            add(r, curityRole(r), "aws:apigateway/integration:Integration", "curity-admin-get", {
                restApi: "a1b2c3d4e5",
                resourceId: "r00t",
                httpMethod: "POST",
                integrationHttpMethod: "POST",
                type: "AWS",
                uri: "arn:aws:apigateway:eu-west-1:dynamodb:action/GetItem",
                credentials: "arn:aws:iam::*:user/*",
            });
        },
    },
    {
        name: "trust-domain: the IRSA sub and aud values each written as a one-element list",
        stack: "trust-domain",
        edit: r =>
            setProp(
                tdRole(r),
                "assumeRolePolicy",
                doc({
                    Effect: "Allow",
                    Principal: { Federated: [TD_PROVIDER] },
                    Action: ["sts:AssumeRoleWithWebIdentity"],
                    Condition: {
                        StringEquals: {
                            [`${TD_ISSUER}:sub`]: ["system:serviceaccount:spirl-system:spirl-server"],
                            [`${TD_ISSUER}:aud`]: ["sts.amazonaws.com"],
                        },
                    },
                }),
            ),
    },
    {
        name: "trust-domain: the key manager's policy also denies ScheduleKeyDeletion with a pending window under 30 days (kms:ScheduleKeyDeletionPendingWindowInDays)",
        stack: "trust-domain",
        edit: r =>
            addStatements(tdPolicy(r), "policy", {
                Sid: "LongDeletionWindow",
                Effect: "Deny",
                Action: "kms:ScheduleKeyDeletion",
                Resource: "*",
                Condition: { NumericLessThan: { "kms:ScheduleKeyDeletionPendingWindowInDays": "30" } },
            }),
    },
];

describeVariants("allowlist: red-team round 34 on the AWS level", insecure, secure);
