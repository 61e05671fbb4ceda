// Red-team round 11 on the AWS side of every stack (fresh eyes): STS hops, principal-ARN patterns, group and
// PolicyAttachment paths, alias-scoped identity policies, DynamoDB resource policies, stream consumers through AWS
// managed policies and first-preview unknowns. Insecure variants the whole pack must refuse (each with the path
// message it must name), secure variants a careful team would write that it must accept.
// Docs checked: AWSLambdaInvocation-DynamoDB (docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSLambdaInvocation-DynamoDB.html:
// stream reads on "*"), DynamoDB resource-based policies cover the table's indexes (amazondynamodb/latest/developerguide/
// rbac-examples.html), kms:RequestAlias / kms:ResourceAliases (kms/latest/developerguide/alias-authorization.html).
import { strict as assert } from "assert";
import type { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import {
    addStatements,
    assertClean,
    assertRefused,
    doc,
    find,
    prop,
    resourceLike,
    Resources,
    runWholePack,
    setProp,
    stackResources,
} from "./support";

const PROD = "111111111111";
const FOREIGN = "999999999999";
const SIGNER = `arn:aws:iam::${PROD}:role/custody-prod-signer`;
const DEPLOYER = `arn:aws:iam::${PROD}:role/custody-deployer`;
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const TABLE = "aws:dynamodb/table:Table";
const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
const TABLE_ARN = (t: string) => `arn:aws:dynamodb:eu-west-1:${PROD}:table/custody-prod-${t}`;

type Statement = Record<string, unknown>;

function editStatement(r: AnalyzerResourceInput, key: string, sid: string, edit: (s: Statement) => void): void {
    const d = JSON.parse(prop(r, key) as string) as { Statement: Statement[] };
    const s = d.Statement.find(x => x.Sid === sid);
    if (!s) throw new Error(`no statement ${sid} in ${r.name}.${key}`);
    edit(s);
    setProp(r, key, JSON.stringify(d));
}

function editTrust(r: AnalyzerResourceInput, edit: (s: Statement) => void): void {
    const d = JSON.parse(prop(r, "assumeRolePolicy") as string) as { Statement: Statement[] };
    edit(d.Statement[0]);
    setProp(r, "assumeRolePolicy", JSON.stringify(d));
}

const add = (
    r: Resources,
    like: AnalyzerResourceInput,
    type: string,
    name: string,
    inputs: Record<string, unknown>,
    extra: Partial<AnalyzerResourceInput> = {},
) => r.push(resourceLike(like, type, name, inputs, extra));

/** A role of the stack next to `like` with this trust statement and (optionally) one inline policy. */
function role(
    r: Resources,
    like: AnalyzerResourceInput,
    name: string,
    trust: object,
    extra: Record<string, unknown>,
    ...statements: object[]
): string {
    const arn = `arn:aws:iam::${PROD}:role/${name}`;
    add(r, like, ROLE, name, {
        name,
        arn,
        assumeRolePolicy: doc({ Effect: "Allow", Action: "sts:AssumeRole", ...trust }),
        ...(statements.length > 0 ? { inlinePolicies: [{ name: "p", policy: doc(...statements) }] } : {}),
        ...extra,
    });
    return arn;
}
const service = (s: string) => ({ Principal: { Service: s } });

const share = (r: Resources, i: number) => find(r, KEY, `signer-shares-share-${i}`);
const cmk = (r: Resources) => find(r, KEY, "signer-tables-cmk");
const signerRole = (r: Resources) => find(r, ROLE, "signer-role");
const signerPolicy = (r: Resources) => find(r, ROLE_POLICY, "signer-role-access");
const table = (r: Resources, t: string) => find(r, TABLE, `signer-tables-${t}`);

type Case = {
    name: string;
    stack?: string;
    preview?: boolean;
    edit: (r: Resources) => void;
    refused?: RegExp;
    policy?: string;
    /** By design (README, "The policy pack"): an unknown document yields an advisory in the first preview and is
     * judged at `up`; the case asserts that advisory on `unit`. */
    advisory?: RegExp;
    unit?: string;
    /** A known miss left for later: "MISS: <why>". */
    skip?: string;
};

const insecure: Case[] = [
    // ---- STS hops and principal patterns.
    {
        name: "a hop role trusted only by the signer's role (role chaining) that may Scan and DeleteItem on anti-slashing",
        edit: r => {
            role(
                r,
                signerRole(r),
                "signer-hop",
                { Principal: { AWS: SIGNER } },
                {},
                {
                    Effect: "Allow",
                    Action: ["dynamodb:Scan", "dynamodb:DeleteItem"],
                    Resource: TABLE_ARN("anti-slashing"),
                },
            );
        },
        refused: /signer-hop.*anti-slashing|anti-slashing.*signer-hop/,
    },
    {
        name: 'share 1\'s key policy: "*" may Decrypt when ArnLike aws:PrincipalArn is role/custody-prod-signer* (also custody-prod-signer-debug)',
        edit: r =>
            addStatements(share(r, 1), "policy", {
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { ArnLike: { "aws:PrincipalArn": `arn:aws:iam::${PROD}:role/custody-prod-signer*` } },
            }),
        refused: /kms:Decrypt on key alias\/custody-infra\/prod\/share-1/,
    },
    {
        name: "share 2's key policy: a foreign account root may Decrypt through Secrets Manager in eu-central-1 (kms:ViaService)",
        edit: r =>
            addStatements(share(r, 2), "policy", {
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${FOREIGN}:root` },
                Action: ["kms:Decrypt", "kms:GenerateDataKey"],
                Resource: "*",
                Condition: { StringEquals: { "kms:ViaService": "secretsmanager.eu-central-1.amazonaws.com" } },
            }),
        refused: /999999999999.*share-2/,
    },
    // ---- attachment paths.
    {
        name: "an IAM group (GroupPolicy Decrypt on share-1) whose members come from an exclusive GroupMembership",
        edit: r => {
            const like = signerRole(r);
            add(r, like, "aws:iam/user:User", "ops-user", {
                name: "ops-user",
                arn: `arn:aws:iam::${PROD}:user/ops-user`,
            });
            add(r, like, "aws:iam/group:Group", "ops", { name: "ops", arn: `arn:aws:iam::${PROD}:group/ops` });
            add(r, like, "aws:iam/groupMembership:GroupMembership", "ops-members", {
                name: "ops-members",
                group: "ops",
                users: ["ops-user"],
            });
            add(r, like, "aws:iam/groupPolicy:GroupPolicy", "ops-kms", {
                name: "ops-kms",
                group: "ops",
                policy: doc({ Effect: "Allow", Action: "kms:Decrypt", Resource: prop(share(r, 1), "arn") }),
            });
        },
        refused: /group ops .*kms:Decrypt on key alias\/custody-infra\/prod\/share-1/,
    },
    {
        name: "a managed Policy under the IAM path /custody/ (BatchGetItem on table/custody-prod-*) attached by PolicyAttachment roles to an EC2 role",
        edit: r => {
            const like = signerRole(r);
            role(r, like, "batch-reader", service("ec2.amazonaws.com"), {});
            const arn = `arn:aws:iam::${PROD}:policy/custody/batch-read`;
            add(r, like, "aws:iam/policy:Policy", "batch-read", {
                name: "batch-read",
                path: "/custody/",
                arn,
                policy: doc({
                    Effect: "Allow",
                    Action: "dynamodb:BatchGetItem",
                    Resource: `arn:aws:dynamodb:eu-west-1:${PROD}:table/custody-prod-*`,
                }),
            });
            add(r, like, "aws:iam/policyAttachment:PolicyAttachment", "batch-read-attach", {
                name: "batch-read-attach",
                policyArn: arn,
                roles: ["batch-reader"],
            });
        },
        refused: /batch-reader.*keystore|keystore.*batch-reader/,
    },
    // ---- identity policies scoped by alias condition keys.
    {
        name: "a Lambda role allowed Decrypt on Resource * when kms:RequestAlias is alias/custody-infra/prod/share-* (called by alias)",
        edit: r =>
            void role(
                r,
                signerRole(r),
                "alias-caller",
                service("lambda.amazonaws.com"),
                {},
                {
                    Effect: "Allow",
                    Action: "kms:Decrypt",
                    Resource: "*",
                    Condition: { StringLike: { "kms:RequestAlias": "alias/custody-infra/prod/share-*" } },
                },
            ),
        refused: /alias-caller.*kms:Decrypt on key alias\/custody-infra\/prod\/share-1/,
    },
    {
        name: "a Lambda role allowed Encrypt/Decrypt on key/* of the account when ForAnyValue kms:ResourceAliases is alias/custody-infra/prod/*",
        edit: r =>
            void role(
                r,
                signerRole(r),
                "alias-tagged",
                service("lambda.amazonaws.com"),
                {},
                {
                    Effect: "Allow",
                    Action: ["kms:Encrypt", "kms:Decrypt"],
                    Resource: `arn:aws:kms:*:${PROD}:key/*`,
                    Condition: { "ForAnyValue:StringLike": { "kms:ResourceAliases": "alias/custody-infra/prod/*" } },
                },
            ),
        refused: /alias-tagged.*share-1/,
    },
    // ---- DynamoDB resource policies and stream consumers.
    {
        name: "keystore's ResourcePolicy lets a foreign role Query its GSIs (Resource table/custody-prod-keystore/index/*)",
        edit: r =>
            add(r, table(r, "keystore"), "aws:dynamodb/resourcePolicy:ResourcePolicy", "keystore-rp", {
                resourceArn: TABLE_ARN("keystore"),
                policy: doc({
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${FOREIGN}:role/reader` },
                    Action: "dynamodb:Query",
                    Resource: `${TABLE_ARN("keystore")}/index/*`,
                }),
            }),
        refused: /999999999999.*keystore/,
    },
    {
        name: 'anti-slashing\'s ResourcePolicy lets "*" of the organisation (aws:PrincipalOrgID) GetItem',
        edit: r =>
            add(r, table(r, "anti-slashing"), "aws:dynamodb/resourcePolicy:ResourcePolicy", "as-rp", {
                resourceArn: TABLE_ARN("anti-slashing"),
                policy: doc({
                    Effect: "Allow",
                    Principal: { AWS: "*" },
                    Action: "dynamodb:GetItem",
                    Resource: TABLE_ARN("anti-slashing"),
                    Condition: { StringEquals: { "aws:PrincipalOrgID": "o-abcd123456" } },
                }),
            }),
        refused: /anti-slashing/,
    },
    {
        name: "keystore stream (NEW_AND_OLD_IMAGES) consumed by a Lambda whose role has only the AWS managed AWSLambdaInvocation-DynamoDB",
        edit: r => {
            const t = table(r, "keystore");
            setProp(t, "streamEnabled", true);
            setProp(t, "streamViewType", "NEW_AND_OLD_IMAGES");
            const streamArn = `${TABLE_ARN("keystore")}/stream/2026-01-01T00:00:00.000`;
            setProp(t, "streamArn", streamArn);
            const arn = role(r, t, "stream-consumer", service("lambda.amazonaws.com"), {
                managedPolicyArns: ["arn:aws:iam::aws:policy/AWSLambdaInvocation-DynamoDB"],
            });
            add(r, t, "aws:lambda/function:Function", "stream-fn", {
                name: "stream-fn",
                role: arn,
                runtime: "nodejs20.x",
                handler: "index.handler",
                arn: `arn:aws:lambda:eu-west-1:${PROD}:function:stream-fn`,
            });
            add(r, t, "aws:lambda/eventSourceMapping:EventSourceMapping", "stream-esm", {
                eventSourceArn: streamArn,
                functionName: "stream-fn",
                startingPosition: "TRIM_HORIZON",
            });
        },
        refused: /stream-consumer.*keystore|keystore/,
    },
    // ---- a new inline policy on the Role resource itself.
    {
        name: "the signer's Role gains a second inline policy (inlinePolicies on the Role) allowing DeleteTable and UpdateTable on anti-slashing",
        edit: r =>
            setProp(signerRole(r), "inlinePolicies", [
                {
                    name: "maintenance",
                    policy: doc({
                        Effect: "Allow",
                        Action: ["dynamodb:DeleteTable", "dynamodb:UpdateTable"],
                        Resource: TABLE_ARN("anti-slashing"),
                    }),
                },
            ]),
        refused: /dynamodb:DeleteTable|dynamodb:UpdateTable/,
    },
    // ---- first preview: every share key's ARN is unknown.
    {
        name: "first preview: a Lambda role whose inline policy is built from share-1's ARN (the whole policy unknown, depending on share-1)",
        preview: true,
        edit: r => {
            const key = share(r, 1);
            add(
                r,
                signerRole(r),
                ROLE,
                "preview-reader",
                {
                    name: "preview-reader",
                    assumeRolePolicy: doc({
                        Effect: "Allow",
                        Action: "sts:AssumeRole",
                        Principal: { Service: "lambda.amazonaws.com" },
                    }),
                    inlinePolicies: [{ name: "p", policy: UNKNOWN }],
                },
                {
                    outputs: { arn: UNKNOWN },
                    dependencies: [key.urn],
                    propertyDependencies: { inlinePolicies: [key.urn] },
                } as Partial<AnalyzerResourceInput>,
            );
        },
        advisory: /can't be known during preview/,
        unit: "preview-reader",
    },
    {
        name: "first preview: a RolePolicy on a new Lambda role whose policy is unknown (built from the keystore's ARN)",
        preview: true,
        edit: r => {
            const t = table(r, "keystore");
            add(r, signerRole(r), ROLE, "preview-scanner", {
                name: "preview-scanner",
                arn: `arn:aws:iam::${PROD}:role/preview-scanner`,
                assumeRolePolicy: doc({
                    Effect: "Allow",
                    Action: "sts:AssumeRole",
                    Principal: { Service: "lambda.amazonaws.com" },
                }),
            });
            add(
                r,
                signerRole(r),
                ROLE_POLICY,
                "preview-scanner-access",
                { name: "preview-scanner-access", role: "preview-scanner", policy: UNKNOWN },
                {
                    dependencies: [t.urn],
                    propertyDependencies: { policy: [t.urn] },
                } as Partial<AnalyzerResourceInput>,
            );
        },
        advisory: /can't be known during preview/,
        unit: "preview-scanner-access",
    },
    // ---- ABAC, provider accounts, policy paths.
    {
        name: "a Lambda role allowed Decrypt on Resource * when aws:ResourceTag/custody:share-ring is signer (ABAC over every share)",
        edit: r =>
            void role(
                r,
                signerRole(r),
                "tag-reader",
                service("lambda.amazonaws.com"),
                {},
                {
                    Effect: "Allow",
                    Action: "kms:Decrypt",
                    Resource: "*",
                    Condition: { StringEquals: { "aws:ResourceTag/custody:share-ring": "signer" } },
                },
            ),
        refused: /tag-reader.*share-1/,
    },
    {
        name: "a role created through a new explicit provider (profile only, no allowedAccountIds) in share 2's account, Decrypt on share-2",
        edit: r => {
            const like = signerRole(r);
            const stackPrefix = like.urn.split("::").slice(0, 2).join("::");
            const provider = {
                urn: `${stackPrefix}::pulumi:providers:aws::by-profile`,
                type: "pulumi:providers:aws",
                name: "by-profile",
                inputs: { region: "eu-central-1", profile: "custody-b" },
            };
            add(
                r,
                like,
                ROLE,
                "b-reader",
                {
                    name: "b-reader",
                    arn: "arn:aws:iam::222222222222:role/b-reader",
                    assumeRolePolicy: doc({
                        Effect: "Allow",
                        Action: "sts:AssumeRole",
                        Principal: { Service: "lambda.amazonaws.com" },
                    }),
                    inlinePolicies: [
                        {
                            name: "p",
                            policy: doc({ Effect: "Allow", Action: "kms:Decrypt", Resource: prop(share(r, 2), "arn") }),
                        },
                    ],
                },
                { provider } as unknown as Partial<AnalyzerResourceInput>,
            );
        },
        refused: /b-reader.*share-2/,
    },
    {
        name: "a managed Policy under the IAM path /ops/ attached to the signer by its path-qualified ARN: DeleteTable and ExportTableToPointInTime on anti-slashing",
        edit: r => {
            const arn = `arn:aws:iam::${PROD}:policy/ops/table-maint`;
            add(r, signerRole(r), "aws:iam/policy:Policy", "table-maint", {
                name: "table-maint",
                path: "/ops/",
                arn,
                policy: doc({
                    Effect: "Allow",
                    Action: ["dynamodb:DeleteTable", "dynamodb:ExportTableToPointInTime"],
                    Resource: TABLE_ARN("anti-slashing"),
                }),
            });
            add(r, signerRole(r), "aws:iam/rolePolicyAttachment:RolePolicyAttachment", "table-maint-attach", {
                role: "custody-prod-signer",
                policyArn: arn,
            });
        },
        refused: /dynamodb:DeleteTable|dynamodb:ExportTableToPointInTime/,
    },
    // ---- other stacks.
    {
        name: "the tables' CMK: the DynamoDB-only statement's kms:CallerAccount widened to a list with a foreign account",
        edit: r =>
            editStatement(cmk(r), "policy", "AllowDynamoDBOnBehalfOfAccountPrincipals", s => {
                s.Condition = {
                    StringEquals: {
                        "kms:CallerAccount": [PROD, FOREIGN],
                        "kms:ViaService": "dynamodb.eu-west-1.amazonaws.com",
                    },
                };
            }),
        refused: /signer-tables/,
    },
    {
        name: "cross-account: the access role trusts account B's root pinned by ArnLike aws:PrincipalArn role/instance-* (and the ExternalId)",
        stack: "cross-account",
        edit: r =>
            editTrust(find(r, ROLE, "cross-account-access"), t => {
                t.Principal = { AWS: "arn:aws:iam::777777777777:root" };
                t.Condition = {
                    StringEquals: { "sts:ExternalId": "custody-cross-account-example" },
                    ArnLike: { "aws:PrincipalArn": "arn:aws:iam::777777777777:role/instance-*" },
                };
            }),
        refused: /777777777777/,
    },
    {
        name: "cross-account: the data key's policy names account B by bare account ID for Decrypt (every principal of B its IAM lets)",
        stack: "cross-account",
        edit: r =>
            addStatements(find(r, KEY, "cross-account-key"), "policy", {
                Sid: "AccountBDecrypt",
                Effect: "Allow",
                Principal: { AWS: "777777777777" },
                Action: "kms:Decrypt",
                Resource: "*",
            }),
        refused: /777777777777/,
    },
    {
        name: "trust-domain: a stack key in the identity account whose policy lets a foreign account root Sign",
        stack: "trust-domain",
        edit: r => {
            const like = find(r, ROLE, "trust-domain-role");
            add(r, like, KEY, "td-extra", {
                arn: "arn:aws:kms:us-east-1:444444444444:key/0b0b0b0b-1111-2222-3333-444444444444",
                keyId: "0b0b0b0b-1111-2222-3333-444444444444",
                customerMasterKeySpec: "ECC_NIST_P256",
                keyUsage: "SIGN_VERIFY",
                deletionWindowInDays: 30,
                policy: doc(
                    {
                        Sid: "EnableIAMDelegation",
                        Effect: "Allow",
                        Principal: { AWS: "arn:aws:iam::444444444444:root" },
                        Action: "kms:*",
                        Resource: "*",
                    },
                    {
                        Effect: "Allow",
                        Principal: { AWS: `arn:aws:iam::${FOREIGN}:root` },
                        Action: ["kms:Sign", "kms:GetPublicKey"],
                        Resource: "*",
                    },
                ),
            });
        },
        refused: /999999999999.*kms:Sign/,
    },
];

const secure: Case[] = [
    {
        name: "the share keys and the tables' CMK rotated every 90 days (rotationPeriodInDays)",
        edit: r => {
            for (const k of r.filter(x => x.type === KEY)) setProp(k, "rotationPeriodInDays", 90);
        },
    },
    {
        name: "cross-account: the caller's AssumeRole statement also pins sts:ExternalId on its side",
        stack: "cross-account",
        edit: r =>
            editStatement(
                find(r, ROLE_POLICY, "cross-account-caller-access"),
                "policy",
                "AssumeAccountAAccessRole",
                s => {
                    s.Condition = { StringEquals: { "sts:ExternalId": "custody-cross-account-example" } };
                },
            ),
    },
    {
        name: "pod-identity: the signer's trust split into an AssumeRole and a TagSession statement, both with the three tag pins",
        stack: "pod-identity",
        edit: r => {
            const sr = signerRole(r);
            const d = JSON.parse(prop(sr, "assumeRolePolicy") as string) as { Statement: Statement[] };
            const st = d.Statement[0];
            d.Statement = [
                { ...st, Sid: "Assume", Action: "sts:AssumeRole" },
                { ...st, Sid: "Tag", Action: "sts:TagSession" },
            ];
            setProp(sr, "assumeRolePolicy", JSON.stringify(d));
        },
    },
    {
        name: "curity: the data-source policy gains a Deny of DeleteTable, UpdateTable and ExportTableToPointInTime on curity-*",
        stack: "curity",
        edit: r =>
            addStatements(find(r, ROLE_POLICY, "curity-role-access"), "policy", {
                Sid: "NoTableAdmin",
                Effect: "Deny",
                Action: ["dynamodb:DeleteTable", "dynamodb:UpdateTable", "dynamodb:ExportTableToPointInTime"],
                Resource: "arn:aws:dynamodb:eu-west-1:555555555555:table/curity-*",
            }),
    },
    {
        name: "cross-account: the data key's policy also names the access role for Decrypt via DynamoDB in us-east-1 (redundant with its IAM policy)",
        stack: "cross-account",
        edit: r =>
            addStatements(find(r, KEY, "cross-account-key"), "policy", {
                Sid: "AccessRoleDecryptViaDynamoDB",
                Effect: "Allow",
                Principal: { AWS: "arn:aws:iam::666666666666:role/accountb-instance-role-dynamodb" },
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { StringEquals: { "kms:ViaService": "dynamodb.us-east-1.amazonaws.com" } },
            }),
    },
    {
        name: "basil: the runtime's statement pinned to the two exact catalog aliases (kms:RequestAlias) instead of alias/basil/*",
        stack: "basil",
        edit: r =>
            editStatement(find(r, ROLE_POLICY, "basil-runtime-access"), "policy", "BasilBrokerInPlaceOps", s => {
                s.Condition = {
                    "ForAnyValue:StringEquals": {
                        "kms:RequestAlias": ["alias/basil/jwt.signing.primary", "alias/basil/payload.aead"],
                    },
                };
            }),
    },
    {
        name: "trust-domain: the key manager's CreateKey/TagResource pinned by aws:RequestTag/spirl-managed = true",
        stack: "trust-domain",
        edit: r =>
            editStatement(find(r, ROLE_POLICY, "trust-domain-role-access"), "policy", "TrustDomainKeyManager", s => {
                s.Condition = { StringEqualsIfExists: { "aws:RequestTag/spirl-managed": "true" } };
            }),
    },
    {
        name: "cross-account: the access role's session capped at one hour and its ExternalId pin written as a one-element list",
        stack: "cross-account",
        edit: r => {
            const a = find(r, ROLE, "cross-account-access");
            setProp(a, "maxSessionDuration", 3600);
            editTrust(a, t => {
                t.Condition = { StringEquals: { "sts:ExternalId": ["custody-cross-account-example"] } };
            });
        },
    },
    {
        name: "each table gains a DynamoDB ResourcePolicy denying every dynamodb action to all but the signer and the deployer",
        edit: r => {
            for (const t of ["anti-slashing", "keystore", "signer-state"])
                add(r, table(r, t), "aws:dynamodb/resourcePolicy:ResourcePolicy", `${t}-guard`, {
                    resourceArn: TABLE_ARN(t),
                    policy: doc({
                        Sid: "OnlySignerAndDeployer",
                        Effect: "Deny",
                        Principal: "*",
                        Action: "dynamodb:*",
                        Resource: [TABLE_ARN(t), `${TABLE_ARN(t)}/*`],
                        Condition: { ArnNotEquals: { "aws:PrincipalArn": [SIGNER, DEPLOYER] } },
                    }),
                });
        },
    },
    {
        name: "the share keys' policies gain a Deny of PutKeyPolicy, ScheduleKeyDeletion, DisableKey to all but the deployer",
        edit: r => {
            for (const i of [1, 2, 3]) {
                const account = (prop(share(r, i), "arn") as string).split(":")[4];
                addStatements(share(r, i), "policy", {
                    Sid: "OnlyDeployerManages",
                    Effect: "Deny",
                    Principal: { AWS: "*" },
                    Action: ["kms:PutKeyPolicy", "kms:ScheduleKeyDeletion", "kms:DisableKey"],
                    Resource: "*",
                    Condition: {
                        ArnNotEquals: { "aws:PrincipalArn": `arn:aws:iam::${account}:role/custody-deployer` },
                    },
                });
            }
        },
    },
    {
        name: "the signer's share-key statement narrowed by an encryption-context pin (kms:EncryptionContext:custody-ring = signer)",
        edit: r =>
            editStatement(signerPolicy(r), "policy", "KMSShareKeyWrap", s => {
                s.Condition = { StringEquals: { "kms:EncryptionContext:custody-ring": "signer" } };
            }),
    },
    {
        name: "the signer's Role with maxSessionDuration 3600, forceDetachPolicies and an extra tag",
        edit: r => {
            setProp(signerRole(r), "maxSessionDuration", 3600);
            setProp(signerRole(r), "forceDetachPolicies", true);
            setProp(signerRole(r), "tags", { ...(prop(signerRole(r), "tags") as object), "cost-center": "custody" });
        },
    },
    {
        name: "an account IAM Access Analyzer and an account password policy in the signer's account",
        edit: r => {
            add(r, signerRole(r), "aws:accessanalyzer/analyzer:Analyzer", "custody-analyzer", {
                analyzerName: "custody-analyzer",
                type: "ACCOUNT",
                arn: `arn:aws:access-analyzer:eu-west-1:${PROD}:analyzer/custody-analyzer`,
            });
            add(r, signerRole(r), "aws:iam/accountPasswordPolicy:AccountPasswordPolicy", "pw", {
                minimumPasswordLength: 20,
                requireSymbols: true,
            });
        },
    },
    {
        name: "the three tables with a KEYS_ONLY stream and nothing reading it",
        edit: r => {
            for (const t of ["anti-slashing", "keystore", "signer-state"]) {
                setProp(table(r, t), "streamEnabled", true);
                setProp(table(r, t), "streamViewType", "KEYS_ONLY");
                setProp(table(r, t), "streamArn", `${TABLE_ARN(t)}/stream/2026-01-01T00:00:00.000`);
            }
        },
    },
    {
        name: "an EventBridge rule on CloudTrail kms:Decrypt / PutKeyPolicy events of the share keys to an SNS topic of the account",
        edit: r => {
            const like = signerRole(r);
            const topic = `arn:aws:sns:eu-west-1:${PROD}:custody-kms-events`;
            add(r, like, "aws:sns/topic:Topic", "kms-events", { name: "custody-kms-events", arn: topic });
            add(r, like, "aws:sns/topicPolicy:TopicPolicy", "kms-events-policy", {
                arn: topic,
                policy: doc({
                    Effect: "Allow",
                    Principal: { Service: "events.amazonaws.com" },
                    Action: "sns:Publish",
                    Resource: topic,
                }),
            });
            add(r, like, "aws:cloudwatch/eventRule:EventRule", "kms-events-rule", {
                name: "custody-kms-events",
                eventPattern: JSON.stringify({
                    source: ["aws.kms"],
                    "detail-type": ["AWS API Call via CloudTrail"],
                    detail: { eventName: ["PutKeyPolicy", "ScheduleKeyDeletion", "DisableKey"] },
                }),
            });
            add(r, like, "aws:cloudwatch/eventTarget:EventTarget", "kms-events-target", {
                rule: "custody-kms-events",
                arn: topic,
            });
        },
    },
    {
        name: "the tables' CMK policy: the DynamoDB statement also pins kms:EncryptionContext:aws:dynamodb:tableName to the three tables",
        edit: r =>
            editStatement(cmk(r), "policy", "AllowDynamoDBOnBehalfOfAccountPrincipals", s => {
                s.Condition = {
                    ...(s.Condition as object),
                    "ForAnyValue:StringEquals": {
                        "kms:EncryptionContext:aws:dynamodb:tableName": [
                            "custody-prod-anti-slashing",
                            "custody-prod-keystore",
                            "custody-prod-signer-state",
                        ],
                    },
                };
            }),
    },
];

const stackOf = (c: Case) => c.stack ?? "prod";
describe("allowlist: red-team round 11 on the AWS side", () => {
    for (const c of insecure) {
        (c.skip ? it.skip : it)(`refuses: ${stackOf(c)}: ${c.name}`, async () => {
            const r = await stackResources(stackOf(c), c.preview ?? false);
            c.edit(r);
            const ds = await runWholePack(stackOf(c), r);
            if (c.advisory) {
                const adv = c.advisory;
                assert.ok(
                    ds.some(d => adv.test(d.message) && (d.urn ?? "").endsWith(`::${c.unit}`)),
                    `expected an advisory on ${c.unit}`,
                );
                return;
            }
            assertRefused(ds, c.refused ?? /./, c.policy);
        });
    }
    for (const c of secure) {
        (c.skip ? it.skip : it)(`accepts: ${stackOf(c)}: ${c.name}`, async () => {
            const r = await stackResources(stackOf(c), c.preview ?? false);
            c.edit(r);
            assertClean(await runWholePack(stackOf(c), r));
        });
    }
});
