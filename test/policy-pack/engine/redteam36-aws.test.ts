// Red-team round 36 on the AWS level (fresh eyes): policy variables in an identity policy's Resource, GSI-wide
// Resources, caller-chosen trust conditions (sts:RoleSessionName), encryption-context conditions that hold when the
// context is absent, a second federated issuer on the Curity role, and secure hardening a careful platform team adds
// (CloudTrail data events, permissions boundaries, data-perimeter Denies, org pins, unused-access analyzers).
import { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { addStatements, describeVariants, doc, find, prop, resourceLike, Resources, setProp } from "./support";

const PRIMARY = "111111111111";
const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const KEYSTORE = `arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/custody-prod-keystore`;

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

/** A resource through the provider of `likeName` (a role of the stack). */
const beside = (
    r: Resources,
    likeName: string,
    type: string,
    name: string,
    inputs: Record<string, unknown>,
): AnalyzerResourceInput => {
    const res = resourceLike(find(r, ROLE, likeName), type, name, inputs);
    r.push(res);
    return res;
};

/** A Lambda role of the stack in the primary account (prod), with one inline policy. */
function lambdaRole(r: Resources, name: string, extra: Record<string, unknown>, ...statements: object[]): void {
    beside(r, "signer-role", ROLE, name, {
        name,
        arn: `arn:aws:iam::${PRIMARY}:role/${name}`,
        assumeRolePolicy: doc({
            Effect: "Allow",
            Principal: { Service: "lambda.amazonaws.com" },
            Action: "sts:AssumeRole",
        }),
        inlinePolicies: [{ name: "p", policy: doc(...statements) }],
        ...extra,
    });
}

/** Adds `condition` to every statement of a trust policy. */
function pinTrust(role: AnalyzerResourceInput, condition: Record<string, Record<string, unknown>>): void {
    const d = JSON.parse(prop(role, "assumeRolePolicy") as string) as { Statement: any[] };
    for (const s of d.Statement) {
        s.Condition = s.Condition ?? {};
        for (const [op, kv] of Object.entries(condition)) s.Condition[op] = { ...(s.Condition[op] ?? {}), ...kv };
    }
    setProp(role, "assumeRolePolicy", JSON.stringify(d));
}

const ORG = "o-a1b2c3d4e5";

const insecure: Case[] = [
    {
        name: "a Lambda role tagged tbl=keystore allowed GetItem/Scan on table/custody-prod-${aws:PrincipalTag/tbl} (a policy variable after the fifth colon resolves to the keystore)",
        stack: "prod",
        edit: r =>
            lambdaRole(
                r,
                "reports-tagged",
                { tags: { tbl: "keystore" } },
                {
                    Effect: "Allow",
                    Action: ["dynamodb:GetItem", "dynamodb:Scan"],
                    Resource: `arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/custody-prod-\${aws:PrincipalTag/tbl}`,
                },
            ),
        refused: /reports-tagged[\s\S]*dynamodb:(GetItem|Scan)/,
    },
    {
        name: "a Lambda role allowed Query/Scan on every index of every table (table/*/index/*): the keystore's status-shard-index projects ALL attributes",
        stack: "prod",
        edit: r =>
            lambdaRole(
                r,
                "reports-index",
                {},
                {
                    Effect: "Allow",
                    Action: ["dynamodb:Query", "dynamodb:Scan"],
                    Resource: `arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/*/index/*`,
                },
            ),
        refused: /reports-index[\s\S]*dynamodb:(Query|Scan)/,
    },
    {
        name: "share-1's key policy lets a Lambda role Decrypt when ForAllValues:StringEquals kms:EncryptionContextKeys [purpose] (true when the ciphertext has no context)",
        stack: "prod",
        edit: r => {
            lambdaRole(r, "reports-decrypt", {}, { Effect: "Allow", Action: "kms:DescribeKey", Resource: "*" });
            addStatements(find(r, KEY, "signer-shares-share-1"), "policy", {
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${PRIMARY}:role/reports-decrypt` },
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { "ForAllValues:StringEquals": { "kms:EncryptionContextKeys": ["purpose"] } },
            });
        },
        refused: /reports-decrypt[\s\S]*kms:Decrypt/,
    },
    {
        name: "the keystore's ResourcePolicy admits custody-b's account root to GetItem/Query when aws:SecureTransport is true (every principal of share 2's account)",
        stack: "prod",
        edit: r =>
            beside(r, "signer-role", "aws:dynamodb/resourcePolicy:ResourcePolicy", "keystore-rp", {
                resourceArn: KEYSTORE,
                policy: doc({
                    Effect: "Allow",
                    Principal: { AWS: "arn:aws:iam::222222222222:root" },
                    Action: ["dynamodb:GetItem", "dynamodb:Query"],
                    Resource: KEYSTORE,
                    Condition: { Bool: { "aws:SecureTransport": "true" } },
                }),
            }),
        refused: /222222222222[\s\S]*dynamodb:(GetItem|Query)/,
    },
    {
        name: "the access role trusted by account B's root when sts:RoleSessionName equals the instance id (any principal of B chooses its session name)",
        stack: "cross-account",
        edit: r => {
            const role = find(r, ROLE, "cross-account-access");
            const d = JSON.parse(prop(role, "assumeRolePolicy") as string) as { Statement: any[] };
            d.Statement.push({
                Effect: "Allow",
                Principal: { AWS: "arn:aws:iam::777777777777:root" },
                Action: "sts:AssumeRole",
                Condition: {
                    StringEquals: {
                        "sts:ExternalId": "custody-cross-account-example",
                        "sts:RoleSessionName": "i-0123456789abcdef0",
                    },
                },
            });
            setProp(role, "assumeRolePolicy", JSON.stringify(d));
        },
        refused: /777777777777/,
    },
    {
        name: "the role also trusts GitHub Actions (a stack OIDC provider) for any workflow of the acme org (StringLike sub repo:acme/*)",
        stack: "curity",
        edit: r => {
            const gh = "arn:aws:iam::555555555555:oidc-provider/token.actions.githubusercontent.com";
            beside(r, "curity-role", "aws:iam/openIdConnectProvider:OpenIdConnectProvider", "github", {
                url: "https://token.actions.githubusercontent.com",
                clientIdLists: ["sts.amazonaws.com"],
                arn: gh,
            });
            const role = find(r, ROLE, "curity-role");
            const d = JSON.parse(prop(role, "assumeRolePolicy") as string) as { Statement: any[] };
            d.Statement.push({
                Effect: "Allow",
                Principal: { Federated: gh },
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: {
                    StringEquals: { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" },
                    StringLike: { "token.actions.githubusercontent.com:sub": "repo:acme/*" },
                },
            });
            setProp(role, "assumeRolePolicy", JSON.stringify(d));
        },
        refused: /token\.actions\.githubusercontent\.com/,
    },
    {
        name: "the signer's trust adds sts:AssumeRole for the account root when aws:PrincipalTag/workload is containment-chamber (whoever may tag a role)",
        stack: "prod",
        edit: r => {
            const role = find(r, ROLE, "signer-role");
            const d = JSON.parse(prop(role, "assumeRolePolicy") as string) as { Statement: any[] };
            d.Statement.push({
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${PRIMARY}:root` },
                Action: "sts:AssumeRole",
                Condition: { StringEquals: { "aws:PrincipalTag/workload": "containment-chamber" } },
            });
            setProp(role, "assumeRolePolicy", JSON.stringify(d));
        },
        refused: /111111111111:root|account 111111111111/,
    },
    {
        name: "a Lambda role allowed dynamodb:GetItem on the keystore only when aws:RequestedRegion is eu-west-1 (always true for the table's own endpoint)",
        stack: "prod",
        edit: r =>
            lambdaRole(
                r,
                "reports-region",
                {},
                {
                    Effect: "Allow",
                    Action: "dynamodb:GetItem",
                    Resource: KEYSTORE,
                    Condition: { StringEquals: { "aws:RequestedRegion": "eu-west-1" } },
                },
            ),
        refused: /reports-region[\s\S]*dynamodb:GetItem/,
    },
];

const secure: Case[] = [
    {
        name: "a CloudTrail trail logging DynamoDB data events of the three signer tables into a bucket of the account (SSE-S3)",
        stack: "prod",
        edit: r => {
            beside(r, "signer-role", "aws:s3/bucketV2:BucketV2", "trail-bucket", {
                bucket: "custody-prod-trail",
                arn: "arn:aws:s3:::custody-prod-trail",
            });
            beside(r, "signer-role", "aws:s3/bucketPolicy:BucketPolicy", "trail-bucket-policy", {
                bucket: "custody-prod-trail",
                policy: doc(
                    {
                        Effect: "Allow",
                        Principal: { Service: "cloudtrail.amazonaws.com" },
                        Action: "s3:GetBucketAcl",
                        Resource: "arn:aws:s3:::custody-prod-trail",
                        Condition: {
                            StringEquals: {
                                "aws:SourceArn": `arn:aws:cloudtrail:eu-west-1:${PRIMARY}:trail/custody-data`,
                            },
                        },
                    },
                    {
                        Effect: "Allow",
                        Principal: { Service: "cloudtrail.amazonaws.com" },
                        Action: "s3:PutObject",
                        Resource: `arn:aws:s3:::custody-prod-trail/AWSLogs/${PRIMARY}/*`,
                        Condition: {
                            StringEquals: {
                                "s3:x-amz-acl": "bucket-owner-full-control",
                                "aws:SourceArn": `arn:aws:cloudtrail:eu-west-1:${PRIMARY}:trail/custody-data`,
                            },
                        },
                    },
                ),
            });
            beside(r, "signer-role", "aws:cloudtrail/trail:Trail", "custody-data", {
                name: "custody-data",
                arn: `arn:aws:cloudtrail:eu-west-1:${PRIMARY}:trail/custody-data`,
                s3BucketName: "custody-prod-trail",
                includeGlobalServiceEvents: false,
                advancedEventSelectors: [
                    {
                        name: "custody tables",
                        fieldSelectors: [
                            { field: "eventCategory", equals: ["Data"] },
                            { field: "resources.type", equals: ["AWS::DynamoDB::Table"] },
                            {
                                field: "resources.ARN",
                                equals: [
                                    KEYSTORE,
                                    `arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/custody-prod-anti-slashing`,
                                    `arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/custody-prod-signer-state`,
                                ],
                            },
                        ],
                    },
                ],
            });
        },
    },
    {
        name: "the signer role under a permissions boundary (a stack managed policy allowing exactly its tables and share keys)",
        stack: "prod",
        edit: r => {
            const access = find(r, "aws:iam/rolePolicy:RolePolicy", "signer-role-access");
            const arn = `arn:aws:iam::${PRIMARY}:policy/custody-prod-signer-boundary`;
            beside(r, "signer-role", "aws:iam/policy:Policy", "signer-boundary", {
                name: "custody-prod-signer-boundary",
                arn,
                policy: prop(access, "policy"),
            });
            setProp(find(r, ROLE, "signer-role"), "permissionsBoundary", arn);
        },
    },
    {
        name: "share-1's key policy adds a data-perimeter Deny of kms:* to principals outside the organization (aws:PrincipalOrgID, services exempt)",
        stack: "prod",
        edit: r =>
            addStatements(find(r, KEY, "signer-shares-share-1"), "policy", {
                Sid: "DenyOutsideOrg",
                Effect: "Deny",
                Principal: "*",
                Action: "kms:*",
                Resource: "*",
                Condition: {
                    StringNotEquals: { "aws:PrincipalOrgID": ORG },
                    Bool: { "aws:PrincipalIsAWSService": "false" },
                },
            }),
    },
    {
        name: "the access role's trust also pinned by aws:PrincipalOrgID and aws:PrincipalAccount of account B",
        stack: "cross-account",
        edit: r =>
            pinTrust(find(r, ROLE, "cross-account-access"), {
                StringEquals: { "aws:PrincipalOrgID": ORG, "aws:PrincipalAccount": "777777777777" },
            }),
    },
    {
        name: "an IAM Access Analyzer unused-access analyzer (ACCOUNT_UNUSED_ACCESS, 30 days) in the signer account",
        stack: "prod",
        edit: r =>
            beside(r, "signer-role", "aws:accessanalyzer/analyzer:Analyzer", "unused", {
                analyzerName: "custody-unused",
                type: "ACCOUNT_UNUSED_ACCESS",
                configuration: { unusedAccess: { unusedAccessAge: 30 } },
                arn: `arn:aws:access-analyzer:eu-west-1:${PRIMARY}:analyzer/custody-unused`,
            }),
    },
    {
        name: "the IRSA trust adds an explicit Deny of sts:TagSession to everyone (no session tags on the Curity role)",
        stack: "curity",
        edit: r => {
            const role = find(r, ROLE, "curity-role");
            const d = JSON.parse(prop(role, "assumeRolePolicy") as string) as { Statement: any[] };
            d.Statement.push({ Effect: "Deny", Principal: { AWS: "*" }, Action: "sts:TagSession" });
            setProp(role, "assumeRolePolicy", JSON.stringify(d));
        },
    },
];

describeVariants("allowlist: red-team round 36 on the AWS level", insecure, secure);
