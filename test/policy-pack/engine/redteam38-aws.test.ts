// Red-team round 38 on the AWS level (fresh eyes) on every committed stack: role-session principals judged as their
// role, per-resource regions of table replicas, stream resource policies, alias management, conditions that look
// restrictive (Null aws:PrincipalOrgID, aws:PrincipalOrgPaths), and preview-time unknowns (stackResources(s, true)).
import { UNKNOWN_SENTINELS } from "../../../policy-pack/model/unknowns";
import { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { addStatements, dependsOn, describeVariants, doc, find, prop, Resources, setProp } from "./support";
import { ACCOUNT, beside } from "./awsCaseBuilders";

const UNKNOWN = [...UNKNOWN_SENTINELS][0];
const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const TABLE = "aws:dynamodb/table:Table";
const RP = "aws:iam/rolePolicy:RolePolicy";
const TRP = "aws:dynamodb/resourcePolicy:ResourcePolicy";
const KP = "aws:kms/keyPolicy:KeyPolicy";

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

function lambdaRole(r: Resources, stack: string, name: string, ...statements: object[]): AnalyzerResourceInput {
    return beside(r, stack, ROLE, name, {
        name,
        arn: `arn:aws:iam::${ACCOUNT[stack]}:role/${name}`,
        assumeRolePolicy: doc({
            Effect: "Allow",
            Principal: { Service: "lambda.amazonaws.com" },
            Action: "sts:AssumeRole",
        }),
        ...(statements.length ? { inlinePolicies: [{ name: "p", policy: doc(...statements) }] } : {}),
    });
}

/** The ring role's sessions in the prod signer account: `${SESSION_ARN}/<session-name>`. */
const SESSION_ARN = "arn:aws:sts::111111111111:assumed-role/custody-prod-signer";

/** Share `n`'s AllowSignerRole statement (Encrypt/Decrypt) names `principal` instead of the ring role. */
function shareSignerPrincipal(r: Resources, n: number, principal: string): void {
    const key = find(r, KEY, `signer-shares-share-${n}`);
    const d = JSON.parse(prop(key, "policy") as string) as { Statement: any[] };
    d.Statement[1].Principal = { AWS: principal };
    setProp(key, "policy", JSON.stringify(d));
}

const insecure: Case[] = [
    {
        name: "prod: the keystore replicated to us-east-1 (replicas) and a ResourcePolicy with per-resource region us-east-1 on the replica's ARN admitting account 999999999999's root to GetItem/Scan",
        stack: "prod",
        edit: r => {
            const t = find(r, TABLE, "signer-tables-keystore");
            setProp(t, "streamEnabled", true);
            setProp(t, "streamViewType", "NEW_AND_OLD_IMAGES");
            setProp(t, "replicas", [{ regionName: "us-east-1", pointInTimeRecovery: true }]);
            beside(r, "prod", TRP, "keystore-replica-policy", {
                region: "us-east-1",
                resourceArn: "arn:aws:dynamodb:us-east-1:111111111111:table/custody-prod-keystore",
                policy: doc({
                    Effect: "Allow",
                    Principal: { AWS: "arn:aws:iam::999999999999:root" },
                    Action: ["dynamodb:GetItem", "dynamodb:Scan"],
                    Resource: "arn:aws:dynamodb:us-east-1:111111111111:table/custody-prod-keystore",
                }),
            });
        },
        refused: /account 999999999999 .*custody-prod-keystore \(replica in us-east-1\)/,
        policy: "custody-effective-access",
    },
    {
        name: "prod first preview: a KeyPolicy whose keyId is share 2's unknown id (recorded dependency) admitting one session of an outside role of account 222222222222 (assumed-role/custody-ops/alice) to Decrypt",
        stack: "prod",
        preview: true,
        edit: r => {
            const share2 = find(r, KEY, "signer-shares-share-2");
            const kp = beside(
                r,
                "prod",
                KP,
                "share-2-policy",
                {
                    keyId: UNKNOWN,
                    policy: doc(
                        {
                            Sid: "Root",
                            Effect: "Allow",
                            Principal: { AWS: "arn:aws:iam::222222222222:root" },
                            Action: "kms:*",
                            Resource: "*",
                        },
                        {
                            Sid: "Ops",
                            Effect: "Allow",
                            Principal: { AWS: "arn:aws:sts::222222222222:assumed-role/custody-ops/alice" },
                            Action: "kms:Decrypt",
                            Resource: "*",
                        },
                    ),
                },
                share2,
            );
            dependsOn(kp, "keyId", share2);
        },
        refused: /assumed-role\/custody-ops\/alice .*kms:Decrypt on key alias\/custody-infra\/prod\/share-2/,
        policy: "custody-effective-access",
    },
    {
        name: "pod-identity: the signer's trust also admits an Identity Center user's session (assumed-role/AWSReservedSSO_AdministratorAccess_0123456789abcdef/alice) to AssumeRole+TagSession",
        stack: "pod-identity",
        edit: r => {
            addStatements(find(r, ROLE, "signer-role"), "assumeRolePolicy", {
                Effect: "Allow",
                Principal: {
                    AWS: "arn:aws:sts::111111111111:assumed-role/AWSReservedSSO_AdministratorAccess_0123456789abcdef/alice",
                },
                Action: ["sts:AssumeRole", "sts:TagSession"],
            });
        },
        refused:
            /assumed-role\/AWSReservedSSO_AdministratorAccess_0123456789abcdef\/alice .*custody-pod-identity-signer/,
        policy: "custody-effective-access",
    },
    {
        name: 'pod-identity first preview: a KeyPolicy on share 3\'s unknown id (dependency) letting "*" Decrypt when aws:PrincipalAccount is 333333333333 and aws:PrincipalType is AssumedRole (every role session of that account)',
        stack: "pod-identity",
        preview: true,
        edit: r => {
            const share3 = find(r, KEY, "signer-shares-share-3");
            const kp = beside(
                r,
                "pod-identity",
                KP,
                "share-3-policy",
                {
                    keyId: UNKNOWN,
                    policy: doc(
                        {
                            Effect: "Allow",
                            Principal: { AWS: "arn:aws:iam::333333333333:root" },
                            Action: "kms:*",
                            Resource: "*",
                        },
                        {
                            Effect: "Allow",
                            Principal: { AWS: "*" },
                            Action: "kms:Decrypt",
                            Resource: "*",
                            Condition: {
                                StringEquals: {
                                    "aws:PrincipalAccount": "333333333333",
                                    "aws:PrincipalType": "AssumedRole",
                                },
                            },
                        },
                    ),
                },
                share3,
            );
            dependsOn(kp, "keyId", share3);
        },
        refused:
            /every identity of account 333333333333 .*kms:Decrypt on key alias\/custody-infra\/pod-identity\/share-3/,
        policy: "custody-effective-access",
    },
    {
        name: "curity: the IRSA trust also admits one session of a stack Lambda role (assumed-role/curity-ops/job): a second workload becomes the Curity runtime",
        stack: "curity",
        edit: r => {
            lambdaRole(r, "curity", "curity-ops", {
                Effect: "Allow",
                Action: "sts:AssumeRole",
                Resource: "arn:aws:iam::555555555555:role/curity-dynamo-irsa",
            });
            addStatements(find(r, ROLE, "curity-role"), "assumeRolePolicy", {
                Effect: "Allow",
                Principal: { AWS: "arn:aws:sts::555555555555:assumed-role/curity-ops/job" },
                Action: "sts:AssumeRole",
            });
        },
        refused: /role curity-ops → sts:AssumeRole \(trust statement 2 of curity-dynamo-irsa/,
        policy: "custody-effective-access",
    },
    {
        name: 'curity: a ResourcePolicy on table curity-delegations letting "*" GetItem/Query when Null aws:PrincipalOrgID is false (any principal of any organization)',
        stack: "curity",
        edit: r => {
            const arn = "arn:aws:dynamodb:eu-west-1:555555555555:table/curity-delegations";
            beside(r, "curity", TRP, "delegations-policy", {
                resourceArn: arn,
                policy: doc({
                    Effect: "Allow",
                    Principal: { AWS: "*" },
                    Action: ["dynamodb:GetItem", "dynamodb:Query"],
                    Resource: arn,
                    Condition: { Null: { "aws:PrincipalOrgID": "false" } },
                }),
            });
        },
        refused: /anyone .*dynamodb:GetItem, dynamodb:Query on table curity-delegations/,
        policy: "custody-effective-access",
    },
    {
        name: "cross-account: the access role's trust also admits a session of another account-B role (assumed-role/ci-runner/deploy) with the external id",
        stack: "cross-account",
        edit: r => {
            addStatements(find(r, ROLE, "cross-account-access"), "assumeRolePolicy", {
                Effect: "Allow",
                Principal: { AWS: "arn:aws:sts::777777777777:assumed-role/ci-runner/deploy" },
                Action: "sts:AssumeRole",
                Condition: { StringEquals: { "sts:ExternalId": "custody-cross-account-example" } },
            });
        },
        refused: /assumed-role\/ci-runner\/deploy .*trust statement 2 of accountb-instance-role-dynamodb/,
        policy: "custody-effective-access",
    },
    {
        name: 'cross-account: the data key lets "*" Decrypt pinned by kms:CallerAccount 777777777777 and kms:ViaService dynamodb.us-east-1 (every account-B principal reading through DynamoDB)',
        stack: "cross-account",
        edit: r => {
            addStatements(find(r, KEY, "cross-account-key"), "policy", {
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: ["kms:Decrypt", "kms:DescribeKey"],
                Resource: "*",
                Condition: {
                    StringEquals: {
                        "kms:CallerAccount": "777777777777",
                        "kms:ViaService": "dynamodb.us-east-1.amazonaws.com",
                    },
                },
            });
        },
        refused: /on behalf of account 777777777777 → kms:Decrypt.*cross-account-data/,
        policy: "custody-effective-access",
    },
    {
        name: "trust-domain: the key manager's trust also admits one session of a stack Lambda role (assumed-role/td-rotator/job) allowed to assume it",
        stack: "trust-domain",
        edit: r => {
            lambdaRole(r, "trust-domain", "td-rotator", {
                Effect: "Allow",
                Action: "sts:AssumeRole",
                Resource: "arn:aws:iam::444444444444:role/trust-domain-server",
            });
            addStatements(find(r, ROLE, "trust-domain-role"), "assumeRolePolicy", {
                Effect: "Allow",
                Principal: { AWS: "arn:aws:sts::444444444444:assumed-role/td-rotator/job" },
                Action: "sts:AssumeRole",
            });
        },
        refused: /role td-rotator → sts:AssumeRole \(trust statement 2 of trust-domain-server/,
        policy: "custody-effective-access",
    },
    {
        name: 'trust-domain: a stack signing key of the identity account whose policy lets "*" Sign when ForAnyValue:StringLike aws:PrincipalOrgPaths is o-a1b2c3d4e5/* (every account of the organization)',
        stack: "trust-domain",
        edit: r => {
            beside(r, "trust-domain", KEY, "td-extra-key", {
                customerMasterKeySpec: "ECC_NIST_P256",
                keyUsage: "SIGN_VERIFY",
                deletionWindowInDays: 30,
                policy: doc(
                    {
                        Effect: "Allow",
                        Principal: { AWS: "arn:aws:iam::444444444444:root" },
                        Action: "kms:*",
                        Resource: "*",
                    },
                    {
                        Effect: "Allow",
                        Principal: { AWS: "*" },
                        Action: ["kms:Sign", "kms:GetPublicKey"],
                        Resource: "*",
                        Condition: { "ForAnyValue:StringLike": { "aws:PrincipalOrgPaths": "o-a1b2c3d4e5/*" } },
                    },
                ),
                arn: "arn:aws:kms:us-east-1:444444444444:key/11111111-2222-3333-4444-555555555555",
                keyId: "11111111-2222-3333-4444-555555555555",
            });
        },
        refused: /anyone .*kms:GetPublicKey, kms:Sign on key td-extra-key/,
        policy: "custody-effective-access",
    },
    {
        name: "basil: a stack Lambda role allowed kms:UpdateAlias on alias/basil/* and key/* (repoints the runtime's catalog aliases at a key it controls)",
        stack: "basil",
        edit: r => {
            lambdaRole(r, "basil", "basil-alias-fixer", {
                Effect: "Allow",
                Action: ["kms:UpdateAlias", "kms:DeleteAlias", "kms:CreateAlias"],
                Resource: [
                    "arn:aws:kms:us-east-1:111122223333:alias/basil/*",
                    "arn:aws:kms:us-east-1:111122223333:key/*",
                ],
            });
        },
        refused: /role basil-alias-fixer .*kms:UpdateAlias on arn:aws:kms:us-east-1:111122223333:alias\/basil\/\*/,
        policy: "custody-effective-access",
    },
    {
        name: "basil first preview: a KeyPolicy on the AEAD key's unknown id (dependency) letting the break-glass session (assumed-role/platform-break-glass/oncall) Decrypt",
        stack: "basil",
        preview: true,
        edit: r => {
            const key = find(r, KEY, "basil-key-payload-aead");
            const kp = beside(r, "basil", KP, "aead-policy", {
                keyId: UNKNOWN,
                policy: doc(
                    {
                        Effect: "Allow",
                        Principal: { AWS: "arn:aws:iam::111122223333:root" },
                        Action: "kms:*",
                        Resource: "*",
                    },
                    {
                        Effect: "Allow",
                        Principal: { AWS: "arn:aws:sts::111122223333:assumed-role/platform-break-glass/oncall" },
                        Action: "kms:Decrypt",
                        Resource: "*",
                    },
                ),
            });
            dependsOn(kp, "keyId", key);
        },
        refused: /assumed-role\/platform-break-glass\/oncall .*kms:Decrypt on key alias\/basil\/payload-aead/,
        policy: "custody-effective-access",
    },
    {
        name: "dev: the keystore's stream enabled and a ResourcePolicy on the stream ARN admitting account 999999999999's root to DescribeStream/GetShardIterator/GetRecords",
        stack: "dev",
        edit: r => {
            const t = find(r, TABLE, "signer-tables-keystore");
            const streamArn =
                "arn:aws:dynamodb:eu-west-1:111111111111:table/custody-dev-keystore/stream/2025-01-01T00:00:00.000";
            setProp(t, "streamEnabled", true);
            setProp(t, "streamViewType", "NEW_AND_OLD_IMAGES");
            setProp(t, "streamArn", streamArn);
            beside(r, "dev", TRP, "keystore-stream-policy", {
                resourceArn: streamArn,
                policy: doc({
                    Effect: "Allow",
                    Principal: { AWS: "arn:aws:iam::999999999999:root" },
                    Action: ["dynamodb:DescribeStream", "dynamodb:GetShardIterator", "dynamodb:GetRecords"],
                    Resource: streamArn,
                }),
            });
        },
        refused: /account 999999999999 .*dynamodb:GetRecords.* on table custody-dev-keystore/,
        policy: "custody-effective-access",
    },
    {
        name: "dev first preview: a RolePolicy (known document: Scan/Query on the keystore) whose role is a new stack Lambda role's unknown id (recorded dependency)",
        stack: "dev",
        preview: true,
        edit: r => {
            const role = lambdaRole(r, "dev", "dev-reporter");
            const rp = beside(r, "dev", RP, "dev-reporter-access", {
                role: UNKNOWN,
                policy: doc({
                    Effect: "Allow",
                    Action: ["dynamodb:Scan", "dynamodb:Query"],
                    Resource: "arn:aws:dynamodb:eu-west-1:111111111111:table/custody-dev-keystore",
                }),
            });
            dependsOn(rp, "role", role);
        },
        refused: /role dev-reporter .*dynamodb:Query, dynamodb:Scan on .*reaching table custody-dev-keystore/,
        policy: "custody-effective-access",
    },
    {
        name: "prod: share 2's key policy names one session of another role of the signer account (assumed-role/custody-prod-reader/containment-chamber) instead of the ring role",
        stack: "prod",
        edit: r =>
            shareSignerPrincipal(
                r,
                2,
                "arn:aws:sts::111111111111:assumed-role/custody-prod-reader/containment-chamber",
            ),
        refused:
            /do not all grant kms:Encrypt and kms:Decrypt to one same role .*signer-shares-share-2: arn:aws:sts::111111111111:assumed-role\/custody-prod-reader\/containment-chamber;/,
        policy: "share-custody",
    },
    {
        name: "prod: share 2's key policy names a session of a namesake of the ring role in share 2's own account (arn:aws:sts::222222222222:assumed-role/custody-prod-signer/containment-chamber)",
        stack: "prod",
        edit: r =>
            shareSignerPrincipal(
                r,
                2,
                "arn:aws:sts::222222222222:assumed-role/custody-prod-signer/containment-chamber",
            ),
        refused: /the share keys do not all grant kms:Encrypt and kms:Decrypt to one same role/,
        policy: "share-custody",
    },
    {
        name: "prod: share 2's key policy grants one session of the ring role kms:ReEncrypt* and kms:CreateGrant beside Encrypt/Decrypt",
        stack: "prod",
        edit: r => {
            const key = find(r, KEY, "signer-shares-share-2");
            const d = JSON.parse(prop(key, "policy") as string) as { Statement: any[] };
            d.Statement.push({
                Sid: "SignerSessionExtra",
                Effect: "Allow",
                Principal: { AWS: `${SESSION_ARN}/containment-chamber` },
                Action: ["kms:ReEncrypt*", "kms:CreateGrant"],
                Resource: "*",
            });
            setProp(key, "policy", JSON.stringify(d));
        },
        refused:
            /share-2 grants arn:aws:sts::111111111111:assumed-role\/custody-prod-signer\/containment-chamber kms:ReEncryptFrom, kms:ReEncryptTo, kms:CreateGrant beyond kms:Encrypt\/kms:Decrypt/,
        policy: "share-custody",
    },
];

const secure: Case[] = [
    {
        name: "cross-account: the access role's trust also lets the caller role tag its session (sts:TagSession) under the same external id",
        stack: "cross-account",
        edit: r => {
            const role = find(r, ROLE, "cross-account-access");
            const d = JSON.parse(prop(role, "assumeRolePolicy") as string) as { Statement: any[] };
            d.Statement[0].Action = ["sts:AssumeRole", "sts:TagSession"];
            setProp(role, "assumeRolePolicy", JSON.stringify(d));
        },
    },
    {
        name: "cross-account: the access role's DynamoDB statement also denied unless aws:SecureTransport (a self-Deny)",
        stack: "cross-account",
        edit: r => {
            addStatements(find(r, RP, "cross-account-access-access"), "policy", {
                Effect: "Deny",
                Action: "dynamodb:*",
                Resource: "*",
                Condition: { Bool: { "aws:SecureTransport": "false" } },
            });
        },
    },
    {
        name: "curity: the role's policy also denies every DynamoDB action outside TLS (Bool aws:SecureTransport false)",
        stack: "curity",
        edit: r => {
            addStatements(find(r, RP, "curity-role-access"), "policy", {
                Effect: "Deny",
                Action: "dynamodb:*",
                Resource: "*",
                Condition: { Bool: { "aws:SecureTransport": "false" } },
            });
        },
    },
    {
        name: "trust-domain: the key manager's Sign/ScheduleKeyDeletion narrowed to keys tagged team=identity (aws:ResourceTag)",
        stack: "trust-domain",
        edit: r => {
            const rp = find(r, RP, "trust-domain-role-access");
            const d = JSON.parse(prop(rp, "policy") as string) as { Statement: any[] };
            d.Statement[0].Action = ["kms:CreateKey", "kms:TagResource"];
            d.Statement.push({
                Sid: "TaggedKeysOnly",
                Effect: "Allow",
                Action: ["kms:GetPublicKey", "kms:ScheduleKeyDeletion", "kms:Sign"],
                Resource: "*",
                Condition: { StringEquals: { "aws:ResourceTag/team": "identity" } },
            });
            setProp(rp, "policy", JSON.stringify(d));
        },
    },
    {
        name: "prod: share 2's key policy names one session of the ring role (assumed-role/custody-prod-signer/containment-chamber, the IRSA session name the signer sets through AWS_ROLE_SESSION_NAME) instead of the role",
        stack: "prod",
        // Was a MISS (fixed in round 38): share-custody compared the ring role by principal ARN. A role-session
        // principal admits only sessions of that role with that name, a subset of the role (IAM User Guide,
        // reference_policies_elements_principal.html, 'Role session principals'; STS AssumeRoleWithWebIdentity
        // RoleSessionName 'is included as part of the ARN'); model/shares.ts now reads the ring through model/arn.ts
        // principalIdentity/principalWithin, as custody-effective-access does: sessions of the ring role are the ring role.
        edit: r => {
            const key = find(r, KEY, "signer-shares-share-2");
            const d = JSON.parse(prop(key, "policy") as string) as { Statement: any[] };
            d.Statement[1].Principal = {
                AWS: "arn:aws:sts::111111111111:assumed-role/custody-prod-signer/containment-chamber",
            };
            setProp(key, "policy", JSON.stringify(d));
        },
    },
    {
        name: "prod: every share's key policy names the same session of the ring role (assumed-role/custody-prod-signer/containment-chamber), none the role",
        stack: "prod",
        edit: r => {
            for (const n of [1, 2, 3]) shareSignerPrincipal(r, n, `${SESSION_ARN}/containment-chamber`);
        },
    },
    {
        name: "prod: share 3 grants kms:Encrypt to the ring role and kms:Decrypt to one session of it, in two statements",
        stack: "prod",
        edit: r => {
            const key = find(r, KEY, "signer-shares-share-3");
            const d = JSON.parse(prop(key, "policy") as string) as { Statement: any[] };
            d.Statement[1].Action = "kms:Encrypt";
            d.Statement.push({
                Sid: "SignerSessionDecrypt",
                Effect: "Allow",
                Principal: { AWS: `${SESSION_ARN}/containment-chamber` },
                Action: "kms:Decrypt",
                Resource: "*",
            });
            setProp(key, "policy", JSON.stringify(d));
        },
    },
    {
        name: 'prod: the keystore guarded by a Deny-only ResourcePolicy ("*" denied DeleteTable/UpdateTable/DeleteResourcePolicy)',
        stack: "prod",
        edit: r => {
            const arn = "arn:aws:dynamodb:eu-west-1:111111111111:table/custody-prod-keystore";
            beside(r, "prod", TRP, "keystore-guard", {
                resourceArn: arn,
                policy: doc({
                    Effect: "Deny",
                    Principal: "*",
                    Action: ["dynamodb:DeleteTable", "dynamodb:UpdateTable", "dynamodb:DeleteResourcePolicy"],
                    Resource: arn,
                }),
            });
        },
    },
    {
        name: "basil: the JWT key's policy denies Sign with any algorithm but ECDSA_SHA_256 (kms:SigningAlgorithm)",
        stack: "basil",
        edit: r => {
            addStatements(find(r, KEY, "basil-key-jwt-signing-primary"), "policy", {
                Effect: "Deny",
                Principal: { AWS: "*" },
                Action: "kms:Sign",
                Resource: "*",
                Condition: { StringNotEquals: { "kms:SigningAlgorithm": "ECDSA_SHA_256" } },
            });
        },
    },
    {
        name: "dev first preview: contributor insights on the keystore (tableName the table's unknown name, recorded dependency)",
        stack: "dev",
        preview: true,
        edit: r => {
            const t = find(r, TABLE, "signer-tables-keystore");
            const ci = beside(r, "dev", "aws:dynamodb/contributorInsights:ContributorInsights", "keystore-ci", {
                tableName: UNKNOWN,
            });
            dependsOn(ci, "tableName", t);
        },
    },
];

describeVariants("allowlist: red-team round 38 on the AWS level", insecure, secure);
