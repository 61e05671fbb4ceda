// Red-team round on KMS keys (share keys, the tables' CMK, Basil's catalog keys, the trust-domain key manager):
// insecure variants the whole pack must refuse, and secure variants it must accept.
import { strict as assert } from "assert";
import { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
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

const PRIMARY = "111111111111";
const SIGNER = `arn:aws:iam::${PRIMARY}:role/custody-prod-signer`;
const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
const ATTACKER = `arn:aws:iam::${PRIMARY}:role/attacker`;

/** Replaces one statement (by Sid) of a key's policy. */
function editKeyStatement(key: AnalyzerResourceInput, sid: string, edit: (s: Record<string, unknown>) => void): void {
    const policy = JSON.parse(prop(key, "policy") as string) as { Statement: Record<string, unknown>[] };
    const statement = policy.Statement.find(s => s.Sid === sid);
    if (!statement) throw new Error(`no statement ${sid}`);
    edit(statement);
    setProp(key, "policy", JSON.stringify(policy));
}

/** An attacker-chosen role of the stack (same account as the signer), trusted by EC2. */
function attackerRole(r: Resources, policy: object): AnalyzerResourceInput {
    return resourceLike(find(r, ROLE, "signer-role"), ROLE, "attacker", {
        name: "attacker",
        arn: ATTACKER,
        assumeRolePolicy: doc({
            Effect: "Allow",
            Principal: { Service: "ec2.amazonaws.com" },
            Action: "sts:AssumeRole",
        }),
        inlinePolicies: [{ name: "p", policy: doc(policy) }],
    });
}

const share = (r: Resources, i: number) => find(r, KEY, `signer-shares-share-${i}`);

/** An insecure case names the refusal that proves it: the rule (`policy`) and its message (`refused`). */
type Case = { name: string; stack?: string; edit: (r: Resources) => void; refused?: RegExp; policy?: string };

const insecure: Case[] = [
    {
        name: '"*" with kms:CallerAccount pinned to the signer\'s account on a share key',
        edit: r =>
            addStatements(share(r, 1), "policy", {
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { StringEquals: { "kms:CallerAccount": PRIMARY } },
            }),
        refused:
            /^every identity of account 111111111111 \("\*" pinned only by StringEquals kms:CallerAccount = 111111111111\) → kms:Decrypt on key alias\/custody-infra\/prod\/share-1 \(statement 3 of key policy of signer-shares-share-1/,
        policy: "custody-effective-access",
    },
    {
        name: 'Principal "*" (bare string) with aws:PrincipalAccount',
        edit: r =>
            addStatements(share(r, 1), "policy", {
                Effect: "Allow",
                Principal: "*",
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { StringEquals: { "aws:PrincipalAccount": PRIMARY } },
            }),
        refused:
            /^every identity of account 111111111111 \("\*" pinned only by StringEquals aws:PrincipalAccount = 111111111111\) → kms:Decrypt on key alias\/custody-infra\/prod\/share-1 \(statement 3 of key policy of signer-shares-share-1/,
        policy: "custody-effective-access",
    },
    {
        name: '"*" + ArnLike aws:PrincipalArn ending in signer* (matches custody-prod-signer-evil)',
        edit: r =>
            addStatements(share(r, 1), "policy", {
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { ArnLike: { "aws:PrincipalArn": `${SIGNER}*` } },
            }),
        refused:
            /^every identity of account 111111111111 \("\*" with aws:PrincipalArn like arn:aws:iam::111111111111:role\/custody-prod-signer\*\) → kms:Decrypt on key alias\/custody-infra\/prod\/share-1 \(statement 3 of key policy of signer-shares-share-1/,
        policy: "custody-effective-access",
    },
    {
        name: '"*" + StringEqualsIfExists aws:PrincipalArn signer',
        edit: r =>
            addStatements(share(r, 1), "policy", {
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { StringEqualsIfExists: { "aws:PrincipalArn": SIGNER } },
            }),
        refused:
            /^anyone \("\*" without a condition naming the caller\) → kms:Decrypt on key alias\/custody-infra\/prod\/share-1 \(statement 3 of key policy of signer-shares-share-1/,
        policy: "custody-effective-access",
    },
    {
        name: '"*" + StringNotEquals aws:PrincipalArn (a negative condition)',
        edit: r =>
            addStatements(share(r, 1), "policy", {
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { StringNotEquals: { "aws:PrincipalArn": ATTACKER } },
            }),
        refused:
            /^anyone \("\*" without a condition naming the caller\) → kms:Decrypt on key alias\/custody-infra\/prod\/share-1 \(statement 3 of key policy of signer-shares-share-1/,
        policy: "custody-effective-access",
    },
    {
        name: '"*" + ForAllValues:StringEquals aws:PrincipalArn (true when the key is absent)',
        edit: r =>
            addStatements(share(r, 1), "policy", {
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { "ForAllValues:StringEquals": { "aws:PrincipalTag/team": "custody" } },
            }),
        refused:
            /^anyone \("\*" without a condition naming the caller\) → kms:Decrypt on key alias\/custody-infra\/prod\/share-1 \(statement 3 of key policy of signer-shares-share-1/,
        policy: "custody-effective-access",
    },
    {
        name: '"*" + aws:SourceVpce only',
        edit: r =>
            addStatements(share(r, 1), "policy", {
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { StringEquals: { "aws:SourceVpce": "vpce-1234" } },
            }),
        refused:
            /^anyone \("\*" without a condition naming the caller\) → kms:Decrypt on key alias\/custody-infra\/prod\/share-1 \(statement 3 of key policy of signer-shares-share-1/,
        policy: "custody-effective-access",
    },
    {
        name: "NotPrincipal Allow on a share key",
        edit: r =>
            addStatements(share(r, 2), "policy", {
                Effect: "Allow",
                NotPrincipal: { AWS: SIGNER },
                Action: "kms:Decrypt",
                Resource: "*",
            }),
        refused:
            /^anyone \(Allow with NotPrincipal\) → kms:Decrypt on key alias\/custody-infra\/prod\/share-2 \(statement 3 of key policy of signer-shares-share-2/,
        policy: "custody-effective-access",
    },
    {
        name: "the signer's account as a bare id on share-2 (root delegation to the other account)",
        edit: r =>
            addStatements(share(r, 2), "policy", {
                Effect: "Allow",
                Principal: { AWS: PRIMARY },
                Action: "kms:Decrypt",
                Resource: "*",
            }),
        refused:
            /^account 111111111111 \(any identity its IAM policies allow\) → kms:Decrypt on key alias\/custody-infra\/prod\/share-2 \(statement 3 of key policy of signer-shares-share-2 \(names arn:aws:iam::111111111111:root\)/,
        policy: "custody-effective-access",
    },
    {
        name: "the signer's account root ARN on share-3",
        edit: r =>
            addStatements(share(r, 3), "policy", {
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${PRIMARY}:root` },
                Action: ["kms:Decrypt"],
                Resource: "*",
            }),
        refused:
            /^account 111111111111 \(any identity its IAM policies allow\) → kms:Decrypt on key alias\/custody-infra\/prod\/share-3 \(statement 3 of key policy of signer-shares-share-3 \(names arn:aws:iam::111111111111:root\)/,
        policy: "custody-effective-access",
    },
    {
        name: "a service principal Decrypt on a share key",
        edit: r =>
            addStatements(share(r, 1), "policy", {
                Effect: "Allow",
                Principal: { Service: "lambda.amazonaws.com" },
                Action: "kms:Decrypt",
                Resource: "*",
            }),
        refused:
            /^service lambda\.amazonaws\.com → kms:Decrypt on key alias\/custody-infra\/prod\/share-1 \(statement 3 of key policy of signer-shares-share-1 \(Service lambda\.amazonaws\.com\)/,
        policy: "custody-effective-access",
    },
    {
        name: "the signer's statement widened to kms:* (PutKeyPolicy)",
        edit: r => editKeyStatement(share(r, 1), "AllowSignerRole", s => (s.Action = "kms:*")),
        refused:
            /^role custody-prod-signer → kms:CancelKeyDeletion, kms:CreateAlias, kms:CreateGrant, .* on key alias\/custody-infra\/prod\/share-1 \(statement "AllowSignerRole" of key policy of signer-shares-share-1/,
        policy: "custody-effective-access",
    },
    {
        name: "the signer's statement as kms:Put* (PutKeyPolicy)",
        edit: r => editKeyStatement(share(r, 1), "AllowSignerRole", s => (s.Action = ["kms:Decrypt", "kms:Put*"])),
        refused:
            /^role custody-prod-signer → kms:PutKeyPolicy on key alias\/custody-infra\/prod\/share-1 \(statement "AllowSignerRole" of key policy of signer-shares-share-1/,
        policy: "custody-effective-access",
    },
    {
        name: "the signer's statement with NotAction kms:ScheduleKeyDeletion",
        edit: r =>
            editKeyStatement(share(r, 1), "AllowSignerRole", s => {
                delete s.Action;
                s.NotAction = "kms:ScheduleKeyDeletion";
            }),
        refused:
            /^role custody-prod-signer → kms:CancelKeyDeletion, kms:CreateAlias, kms:CreateGrant, .* on key alias\/custody-infra\/prod\/share-1 \(statement "AllowSignerRole" of key policy of signer-shares-share-1/,
        policy: "custody-effective-access",
    },
    {
        name: "a foreign account named in a share key's policy",
        edit: r =>
            addStatements(share(r, 3), "policy", {
                Effect: "Allow",
                Principal: { AWS: "arn:aws:iam::999999999999:role/x" },
                Action: "kms:Decrypt",
                Resource: "*",
            }),
        refused:
            /^arn:aws:iam::999999999999:role\/x \(outside this stack\) → kms:Decrypt on key alias\/custody-infra\/prod\/share-3 \(statement 3 of key policy of signer-shares-share-3/,
        policy: "custody-effective-access",
    },
    {
        name: "a separate aws:kms/keyPolicy:KeyPolicy on share-1 naming an attacker",
        edit: r => {
            const key = share(r, 1);
            const policy = JSON.parse(prop(key, "policy") as string);
            policy.Statement.push({
                Effect: "Allow",
                Principal: { AWS: ATTACKER },
                Action: "kms:Decrypt",
                Resource: "*",
            });
            r.push(
                resourceLike(key, "aws:kms/keyPolicy:KeyPolicy", "extra-policy", {
                    keyId: prop(key, "keyId"),
                    policy: JSON.stringify(policy),
                }),
            );
        },
        refused:
            /^arn:aws:iam::111111111111:role\/attacker \(outside this stack\) → kms:Decrypt on key alias\/custody-infra\/prod\/share-1 \(statement 3 of KeyPolicy extra-policy/,
        policy: "custody-effective-access",
    },
    {
        name: "a KeyPolicy targeting share-2 by its ARN",
        edit: r => {
            const key = share(r, 2);
            r.push(
                resourceLike(key, "aws:kms/keyPolicy:KeyPolicy", "extra-policy", {
                    keyId: prop(key, "arn"),
                    policy: doc({
                        Effect: "Allow",
                        Principal: { AWS: ATTACKER },
                        Action: "kms:Decrypt",
                        Resource: "*",
                    }),
                }),
            );
        },
        refused:
            /^arn:aws:iam::111111111111:role\/attacker \(outside this stack\) → kms:Decrypt on key alias\/custody-infra\/prod\/share-2 \(statement 1 of KeyPolicy extra-policy/,
        policy: "custody-effective-access",
    },
    {
        name: "a KeyPolicy targeting share-1 by its alias name",
        edit: r => {
            const key = share(r, 1);
            r.push(
                resourceLike(key, "aws:kms/keyPolicy:KeyPolicy", "extra-policy", {
                    keyId: "alias/custody-infra/prod/share-1",
                    policy: doc({
                        Effect: "Allow",
                        Principal: { AWS: ATTACKER },
                        Action: "kms:Decrypt",
                        Resource: "*",
                    }),
                }),
            );
        },
        refused:
            /^arn:aws:iam::111111111111:role\/attacker \(outside this stack\) → kms:Decrypt on key alias\/custody-infra\/prod\/share-1 \(statement 1 of KeyPolicy extra-policy/,
        policy: "custody-effective-access",
    },
    {
        name: "a KeyPolicy by alias name that keeps the root delegation and adds an attacker",
        edit: r => {
            r.push(
                resourceLike(share(r, 1), "aws:kms/keyPolicy:KeyPolicy", "extra-policy", {
                    keyId: "alias/custody-infra/prod/share-1",
                    policy: doc(
                        {
                            Sid: "EnableIAMDelegation",
                            Effect: "Allow",
                            Principal: { AWS: `arn:aws:iam::${PRIMARY}:root` },
                            Action: "kms:*",
                            Resource: "*",
                        },
                        { Effect: "Allow", Principal: { AWS: ATTACKER }, Action: "kms:Decrypt", Resource: "*" },
                    ),
                }),
            );
        },
        refused:
            /^arn:aws:iam::111111111111:role\/attacker \(outside this stack\) → kms:Decrypt on key alias\/custody-infra\/prod\/share-1 \(statement 2 of KeyPolicy extra-policy/,
        policy: "custody-effective-access",
    },
    {
        name: "a grant by alias ARN of Decrypt on share-1 to a role of the account",
        edit: r =>
            r.push(
                resourceLike(share(r, 1), "aws:kms/grant:Grant", "g", {
                    keyId: `arn:aws:kms:eu-west-1:${PRIMARY}:alias/custody-infra/prod/share-1`,
                    granteePrincipal: ATTACKER,
                    operations: ["Decrypt"],
                }),
            ),
        refused:
            /^arn:aws:iam::111111111111:role\/attacker \(outside this stack\) → kms:Decrypt on key alias\/custody-infra\/prod\/share-1 \(kms Grant g\)/,
        policy: "custody-effective-access",
    },
    {
        name: "a grant of Decrypt on share-1 to an outside role",
        edit: r =>
            r.push(
                resourceLike(share(r, 1), "aws:kms/grant:Grant", "g", {
                    keyId: prop(share(r, 1), "keyId"),
                    granteePrincipal: ATTACKER,
                    operations: ["Decrypt"],
                    constraints: [{ encryptionContextEquals: { purpose: "backup" } }],
                }),
            ),
        refused:
            /^arn:aws:iam::111111111111:role\/attacker \(outside this stack\) → kms:Decrypt on key alias\/custody-infra\/prod\/share-1 \(kms Grant g\)/,
        policy: "custody-effective-access",
    },
    {
        name: "a grant of Decrypt on share-2 (by ARN) to the account root",
        edit: r =>
            r.push(
                resourceLike(share(r, 2), "aws:kms/grant:Grant", "g", {
                    keyId: prop(share(r, 2), "arn"),
                    granteePrincipal: `arn:aws:iam::${PRIMARY}:root`,
                    operations: ["Decrypt"],
                }),
            ),
        refused:
            /^account 111111111111 \(any identity its IAM policies allow\) → kms:Decrypt on key alias\/custody-infra\/prod\/share-2 \(kms Grant g\)/,
        policy: "custody-effective-access",
    },
    {
        name: "a grant on share-1 by alias ARN to a service principal",
        edit: r =>
            r.push(
                resourceLike(share(r, 1), "aws:kms/grant:Grant", "g", {
                    keyId: `arn:aws:kms:eu-west-1:${PRIMARY}:alias/custody-infra/prod/share-1`,
                    granteePrincipal: "lambda.amazonaws.com",
                    operations: ["Decrypt"],
                }),
            ),
        refused:
            /^lambda\.amazonaws\.com \(outside this stack\) → kms:Decrypt on key alias\/custody-infra\/prod\/share-1 \(kms Grant g\)/,
        policy: "custody-effective-access",
    },
    {
        name: "a grant whose retiring principal is fine but grantee is the signer with CreateGrant via GenerateDataKey + ReEncryptFrom",
        edit: r =>
            r.push(
                resourceLike(share(r, 1), "aws:kms/grant:Grant", "g", {
                    keyId: prop(share(r, 1), "keyId"),
                    granteePrincipal: SIGNER,
                    operations: ["ReEncryptFrom", "GenerateDataKey"],
                }),
            ),
        refused:
            /^role custody-prod-signer → kms:GenerateDataKey, kms:ReEncryptFrom on key alias\/custody-infra\/prod\/share-1 \(kms Grant g\)/,
        policy: "custody-effective-access",
    },
    {
        name: "a replica of share-1 with a policy naming an attacker",
        edit: r =>
            r.push(
                resourceLike(share(r, 1), "aws:kms/replicaKey:ReplicaKey", "share-1-replica", {
                    primaryKeyArn: prop(share(r, 1), "arn"),
                    arn: `arn:aws:kms:us-west-2:${PRIMARY}:key/48163296-803a-4ce6-ad53-a0a0de26d32e`,
                    keyId: "48163296-803a-4ce6-ad53-a0a0de26d32e",
                    policy: doc({
                        Effect: "Allow",
                        Principal: { AWS: ATTACKER },
                        Action: "kms:Decrypt",
                        Resource: "*",
                    }),
                }),
            ),
        refused:
            /^arn:aws:iam::111111111111:role\/attacker \(outside this stack\) → kms:Decrypt on key share-1-replica \(statement 1 of key policy of share-1-replica/,
        policy: "custody-effective-access",
    },
    {
        name: "an ExternalKey aliased as a share with an extra decryptor",
        edit: r => {
            const alias = find(r, "aws:kms/alias:Alias", "signer-shares-share-1-alias");
            const ext = resourceLike(share(r, 1), "aws:kms/externalKey:ExternalKey", "ext", {
                keyId: "ext-1",
                arn: `arn:aws:kms:eu-west-1:${PRIMARY}:key/ext-1`,
                policy: doc(
                    {
                        Effect: "Allow",
                        Principal: { AWS: SIGNER },
                        Action: ["kms:Encrypt", "kms:Decrypt"],
                        Resource: "*",
                    },
                    { Effect: "Allow", Principal: { AWS: ATTACKER }, Action: "kms:Decrypt", Resource: "*" },
                ),
            });
            r.push(ext);
            setProp(alias, "targetKeyId", "ext-1");
            setProp(alias, "targetKeyArn", `arn:aws:kms:eu-west-1:${PRIMARY}:key/ext-1`);
        },
        refused:
            /^arn:aws:iam::111111111111:role\/attacker \(outside this stack\) → kms:Decrypt on key alias\/custody-infra\/prod\/share-1 \(statement 2 of key policy of ext/,
        policy: "custody-effective-access",
    },
    {
        name: "an identity policy Resource arn:aws:kms:*:111111111111:key/48163296-* (wildcard that matches share-1)",
        edit: r =>
            r.push(
                attackerRole(r, {
                    Effect: "Allow",
                    Action: "kms:Decrypt",
                    Resource: `arn:aws:kms:*:${PRIMARY}:key/48163296-*`,
                }),
            ),
        refused:
            /^role attacker → statement #1 of inline policy p of role attacker allows kms:Decrypt on arn:aws:kms:\*:111111111111:key\/48163296-\*, reaching key alias\/custody-infra\/prod\/share-1: no workload of the custody model has this identity \(who can become it: EC2 instances of account 111111111111/,
        policy: "custody-effective-access",
    },
    {
        name: "an identity policy Resource arn:aws:kms:eu-west-?:111111111111:*",
        edit: r =>
            r.push(
                attackerRole(r, {
                    Effect: "Allow",
                    Action: "kms:Decrypt",
                    Resource: `arn:aws:kms:eu-west-?:${PRIMARY}:*`,
                }),
            ),
        refused:
            /^role attacker → statement #1 of inline policy p of role attacker allows kms:Decrypt on arn:aws:kms:eu-west-\?:111111111111:\*, reaching .*key alias\/custody-infra\/prod\/share-1: no workload of the custody model has this identity \(who can become it: EC2 instances of account 111111111111/,
        policy: "custody-effective-access",
    },
    {
        name: "an identity policy Resource arn:*:kms:*:*:key/*",
        edit: r => r.push(attackerRole(r, { Effect: "Allow", Action: "kms:Decrypt", Resource: "arn:*:kms:*:*:key/*" })),
        refused:
            /^role attacker → statement #1 of inline policy p of role attacker allows kms:Decrypt on arn:\*:kms:\*:\*:key\/\*, reaching .*key alias\/custody-infra\/prod\/share-1: no workload of the custody model has this identity \(who can become it: EC2 instances of account 111111111111/,
        policy: "custody-effective-access",
    },
    {
        name: "an identity policy NotResource naming another key",
        edit: r =>
            r.push(
                attackerRole(r, {
                    Effect: "Allow",
                    Action: "kms:Decrypt",
                    NotResource: `arn:aws:kms:eu-west-1:${PRIMARY}:key/other`,
                }),
            ),
        refused:
            /^role attacker → statement #1 of inline policy p of role attacker allows kms:Decrypt on NotResource arn:aws:kms:eu-west-1:111111111111:key\/other, reaching .*key alias\/custody-infra\/prod\/share-1: no workload of the custody model has this identity \(who can become it: EC2 instances of account 111111111111/,
        policy: "custody-effective-access",
    },
    {
        name: "an identity policy NotAction iam:* on *",
        edit: r => r.push(attackerRole(r, { Effect: "Allow", NotAction: ["iam:*", "sts:*"], Resource: "*" })),
        refused:
            /^role attacker → statement #1 of inline policy p of role attacker allows .* on \*, reaching .*key alias\/custody-infra\/prod\/share-1: no workload of the custody model has this identity \(who can become it: EC2 instances of account 111111111111/,
        policy: "custody-effective-access",
    },
    {
        name: "an identity policy Action kms:De* with Resource * and kms:RequestAlias share-1",
        edit: r =>
            r.push(
                attackerRole(r, {
                    Effect: "Allow",
                    Action: "kms:De*",
                    Resource: "*",
                    Condition: { StringEquals: { "kms:RequestAlias": "alias/custody-infra/prod/share-1" } },
                }),
            ),
        refused:
            /^role attacker → statement #1 of inline policy p of role attacker allows kms:Decrypt, .* on \*, reaching .*key alias\/custody-infra\/prod\/share-1: no workload of the custody model has this identity \(who can become it: EC2 instances of account 111111111111/,
        policy: "custody-effective-access",
    },
    {
        name: "an identity policy via alias ARN with kms:ResourceAliases",
        edit: r =>
            r.push(
                attackerRole(r, {
                    Effect: "Allow",
                    Action: "kms:Decrypt",
                    Resource: `arn:aws:kms:eu-west-1:${PRIMARY}:key/*`,
                    Condition: { "ForAnyValue:StringLike": { "kms:ResourceAliases": "alias/custody-infra/*" } },
                }),
            ),
        refused:
            /^role attacker → statement #1 of inline policy p of role attacker allows kms:Decrypt on arn:aws:kms:eu-west-1:111111111111:key\/\*, reaching .*key alias\/custody-infra\/prod\/share-1: no workload of the custody model has this identity \(who can become it: EC2 instances of account 111111111111/,
        policy: "custody-effective-access",
    },
    {
        name: "the signer role given kms:CreateGrant on its share (identity policy)",
        edit: r =>
            addStatements(find(r, ROLE_POLICY, "signer-role-access"), "policy", {
                Effect: "Allow",
                Action: "kms:CreateGrant",
                Resource: prop(share(r, 1), "arn"),
            }),
        refused:
            /^role custody-prod-signer → statement #5 of RolePolicy custody-prod-signer-access allows kms:CreateGrant on arn:aws:kms:eu-west-1:111111111111:key\/48163296-[-0-9a-f]+, reaching key alias\/custody-infra\/prod\/share-1: not in workload signer's allow entries/,
        policy: "custody-effective-access",
    },
    {
        name: "tables CMK: kms:ViaService under StringEqualsIfExists",
        edit: r =>
            editKeyStatement(find(r, KEY, "signer-tables-cmk"), "AllowDynamoDBOnBehalfOfAccountPrincipals", s => {
                s.Condition = {
                    StringEquals: { "kms:CallerAccount": PRIMARY },
                    StringEqualsIfExists: { "kms:ViaService": "dynamodb.eu-west-1.amazonaws.com" },
                };
            }),
        refused:
            /^every identity of account 111111111111 \("\*" pinned only by StringEquals kms:CallerAccount = 111111111111\) → kms:CreateGrant, kms:Decrypt, .* on key alias\/custody-infra\/prod\/signer-tables \(statement "AllowDynamoDBOnBehalfOfAccountPrincipals"/,
        policy: "custody-effective-access",
    },
    {
        name: "tables CMK: kms:ViaService StringLike *.amazonaws.com",
        edit: r =>
            editKeyStatement(find(r, KEY, "signer-tables-cmk"), "AllowDynamoDBOnBehalfOfAccountPrincipals", s => {
                s.Condition = {
                    StringEquals: { "kms:CallerAccount": PRIMARY },
                    StringLike: { "kms:ViaService": "*.amazonaws.com" },
                };
            }),
        refused:
            /^every identity of account 111111111111 \("\*" pinned only by StringEquals kms:CallerAccount = 111111111111\) → kms:CreateGrant, kms:Decrypt, .* on key alias\/custody-infra\/prod\/signer-tables \(statement "AllowDynamoDBOnBehalfOfAccountPrincipals"/,
        policy: "custody-effective-access",
    },
    {
        name: "tables CMK: ForAnyValue:StringEquals kms:ViaService (single-valued key, but also a second value lambda)",
        edit: r =>
            editKeyStatement(find(r, KEY, "signer-tables-cmk"), "AllowDynamoDBOnBehalfOfAccountPrincipals", s => {
                s.Condition = {
                    StringEquals: {
                        "kms:CallerAccount": PRIMARY,
                        "kms:ViaService": ["dynamodb.eu-west-1.amazonaws.com", "lambda.eu-west-1.amazonaws.com"],
                    },
                };
            }),
        refused:
            /^lambda\.eu-west-1\.amazonaws\.com on behalf of account 111111111111 → kms:CreateGrant, kms:Decrypt, .* on key alias\/custody-infra\/prod\/signer-tables \(statement "AllowDynamoDBOnBehalfOfAccountPrincipals"/,
        policy: "custody-effective-access",
    },
    {
        name: "tables CMK: kms:ViaService in a foreign account's caller (CallerAccount dropped)",
        edit: r =>
            editKeyStatement(find(r, KEY, "signer-tables-cmk"), "AllowDynamoDBOnBehalfOfAccountPrincipals", s => {
                s.Condition = { StringEquals: { "kms:ViaService": "dynamodb.eu-west-1.amazonaws.com" } };
            }),
        refused:
            /^anyone \("\*" without a condition naming the caller\) → kms:CreateGrant, kms:Decrypt, .* on key alias\/custody-infra\/prod\/signer-tables \(statement "AllowDynamoDBOnBehalfOfAccountPrincipals"/,
        policy: "custody-effective-access",
    },
    {
        name: "tables CMK: an attacker-named statement with kms:Decrypt",
        edit: r =>
            addStatements(find(r, KEY, "signer-tables-cmk"), "policy", {
                Effect: "Allow",
                Principal: { AWS: ATTACKER },
                Action: "kms:Decrypt",
                Resource: "*",
            }),
        refused:
            /^arn:aws:iam::111111111111:role\/attacker \(outside this stack\) → kms:Decrypt on key alias\/custody-infra\/prod\/signer-tables \(statement 3 of key policy of signer-tables-cmk/,
        policy: "custody-effective-access",
    },
    {
        name: "tables CMK: ScheduleKeyDeletion for the signer in the key policy",
        edit: r =>
            addStatements(find(r, KEY, "signer-tables-cmk"), "policy", {
                Effect: "Allow",
                Principal: { AWS: SIGNER },
                Action: "kms:ScheduleKeyDeletion",
                Resource: "*",
            }),
        refused:
            /^role custody-prod-signer → kms:ScheduleKeyDeletion on key alias\/custody-infra\/prod\/signer-tables \(statement 3 of key policy of signer-tables-cmk/,
        policy: "custody-effective-access",
    },
    {
        name: "basil: runtime allowed kms:Decrypt on key/* (every key of the account)",
        stack: "basil",
        edit: r =>
            addStatements(find(r, ROLE_POLICY, "basil-runtime-access"), "policy", {
                Effect: "Allow",
                Action: "kms:Decrypt",
                Resource: "arn:aws:kms:us-east-1:111122223333:key/*",
            }),
        refused:
            /^role basil-agent → statement #2 of RolePolicy basil-agent-access allows kms:Decrypt on arn:aws:kms:us-east-1:111122223333:key\/\*, reaching key alias\/basil\/jwt-signing-primary, key alias\/basil\/payload-aead: not in workload basil-runtime's allow entries/,
        policy: "custody-effective-access",
    },
    {
        name: "basil: runtime allowed kms:PutKeyPolicy on its keys",
        stack: "basil",
        edit: r =>
            addStatements(find(r, ROLE_POLICY, "basil-runtime-access"), "policy", {
                Effect: "Allow",
                Action: "kms:PutKeyPolicy",
                Resource: prop(find(r, KEY, "basil-key-payload-aead"), "arn"),
            }),
        refused:
            /^role basil-agent → statement #2 of RolePolicy basil-agent-access allows kms:PutKeyPolicy on arn:aws:kms:us-east-1:111122223333:key\/d75140d5-[-0-9a-f]+, reaching key alias\/basil\/payload-aead: not in workload basil-runtime's allow entries/,
        policy: "custody-effective-access",
    },
    {
        name: "basil: runtime's alias condition dropped and Resource widened to *",
        stack: "basil",
        edit: r => {
            const p = find(r, ROLE_POLICY, "basil-runtime-access");
            const d = JSON.parse(prop(p, "policy") as string);
            d.Statement[0].Resource = "*";
            delete d.Statement[0].Condition;
            setProp(p, "policy", JSON.stringify(d));
        },
        refused:
            /^role basil-agent → statement "BasilBrokerInPlaceOps" of RolePolicy basil-agent-access allows kms:Decrypt, .* on \*, reaching key alias\/basil\/jwt-signing-primary, key alias\/basil\/payload-aead: not in workload basil-runtime's allow entries/,
        policy: "custody-effective-access",
    },
    {
        name: "basil: provisioner allowed kms:Decrypt on key/*",
        stack: "basil",
        edit: r =>
            addStatements(find(r, ROLE_POLICY, "basil-provisioner-access"), "policy", {
                Effect: "Allow",
                Action: "kms:Decrypt",
                Resource: "arn:aws:kms:us-east-1:111122223333:key/*",
            }),
        refused:
            /^role basil-provisioner → statement #5 of RolePolicy basil-provisioner-access allows kms:Decrypt on arn:aws:kms:us-east-1:111122223333:key\/\*, reaching key alias\/basil\/jwt-signing-primary, key alias\/basil\/payload-aead: not in workload basil-provisioner's allow entries/,
        policy: "custody-effective-access",
    },
    {
        name: "basil: provisioner allowed kms:PutKeyPolicy",
        stack: "basil",
        edit: r =>
            addStatements(find(r, ROLE_POLICY, "basil-provisioner-access"), "policy", {
                Effect: "Allow",
                Action: "kms:PutKeyPolicy",
                Resource: "arn:aws:kms:us-east-1:111122223333:key/*",
            }),
        refused:
            /^role basil-provisioner → statement #5 of RolePolicy basil-provisioner-access allows kms:PutKeyPolicy on arn:aws:kms:us-east-1:111122223333:key\/\*, reaching key alias\/basil\/jwt-signing-primary, key alias\/basil\/payload-aead: not in workload basil-provisioner's allow entries/,
        policy: "custody-effective-access",
    },
    {
        name: "basil: catalog key policy naming a foreign account",
        stack: "basil",
        edit: r =>
            addStatements(find(r, KEY, "basil-key-payload-aead"), "policy", {
                Effect: "Allow",
                Principal: { AWS: "arn:aws:iam::999999999999:root" },
                Action: "kms:Decrypt",
                Resource: "*",
            }),
        refused:
            /^account 999999999999 \(any identity its IAM policies allow\) → kms:Decrypt on key alias\/basil\/payload-aead \(statement 2 of key policy of basil-key-payload-aead \(names arn:aws:iam::999999999999:root\)/,
        policy: "custody-effective-access",
    },
    {
        name: "basil: catalog key policy naming the provisioner for Decrypt",
        stack: "basil",
        edit: r =>
            addStatements(find(r, KEY, "basil-key-payload-aead"), "policy", {
                Effect: "Allow",
                Principal: { AWS: "arn:aws:iam::111122223333:role/basil-provisioner" },
                Action: "kms:Decrypt",
                Resource: "*",
            }),
        refused:
            /^role basil-provisioner → kms:Decrypt on key alias\/basil\/payload-aead \(statement 2 of key policy of basil-key-payload-aead/,
        policy: "custody-effective-access",
    },
    {
        name: "basil: grant of Sign on the jwt key to the provisioner",
        stack: "basil",
        edit: r =>
            r.push(
                resourceLike(find(r, KEY, "basil-key-jwt-signing-primary"), "aws:kms/grant:Grant", "g", {
                    keyId: prop(find(r, KEY, "basil-key-jwt-signing-primary"), "keyId"),
                    granteePrincipal: "arn:aws:iam::111122223333:role/basil-provisioner",
                    operations: ["Sign"],
                }),
            ),
        refused: /^role basil-provisioner → kms:Sign on key alias\/basil\/jwt-signing-primary \(kms Grant g\)/,
        policy: "custody-effective-access",
    },
    {
        name: "trust-domain: key manager allowed kms:PutKeyPolicy",
        stack: "trust-domain",
        edit: r =>
            addStatements(find(r, ROLE_POLICY, "trust-domain-role-access"), "policy", {
                Effect: "Allow",
                Action: "kms:PutKeyPolicy",
                Resource: "*",
            }),
        refused:
            /^role trust-domain-server → statement #4 of RolePolicy trust-domain-server-access allows kms:PutKeyPolicy on \*: not in workload trust-domain's allow entries/,
        policy: "custody-effective-access",
    },
    {
        name: "trust-domain: key manager allowed kms:Decrypt",
        stack: "trust-domain",
        edit: r =>
            addStatements(find(r, ROLE_POLICY, "trust-domain-role-access"), "policy", {
                Effect: "Allow",
                Action: "kms:Decrypt",
                Resource: "*",
            }),
        refused:
            /^role trust-domain-server → statement #4 of RolePolicy trust-domain-server-access allows kms:Decrypt on \*: not in workload trust-domain's allow entries/,
        policy: "custody-effective-access",
    },
    {
        name: "trust-domain: key manager allowed kms:CreateGrant via kms:*Grant",
        stack: "trust-domain",
        edit: r =>
            addStatements(find(r, ROLE_POLICY, "trust-domain-role-access"), "policy", {
                Effect: "Allow",
                Action: "kms:*Grant",
                Resource: "*",
            }),
        refused:
            /^role trust-domain-server → statement #4 of RolePolicy trust-domain-server-access allows kms:CreateGrant, kms:RetireGrant, kms:RevokeGrant on \*: not in workload trust-domain's allow entries/,
        policy: "custody-effective-access",
    },
    {
        name: "trust-domain: key manager statement as NotAction kms:Decrypt",
        stack: "trust-domain",
        edit: r => {
            const p = find(r, ROLE_POLICY, "trust-domain-role-access");
            const d = JSON.parse(prop(p, "policy") as string);
            delete d.Statement[0].Action;
            d.Statement[0].NotAction = "kms:Decrypt";
            setProp(p, "policy", JSON.stringify(d));
        },
        refused:
            /^role trust-domain-server → statement "TrustDomainKeyManager" of RolePolicy trust-domain-server-access allows .* on \*: not in workload trust-domain's allow entries/,
        policy: "custody-effective-access",
    },
    {
        name: "dev: share-2 policy naming the dev signer via wildcard role path arn:aws:iam::111111111111:role/*",
        stack: "dev",
        edit: r =>
            addStatements(find(r, KEY, "signer-shares-share-2"), "policy", {
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { ArnLike: { "aws:PrincipalArn": `arn:aws:iam::${PRIMARY}:role/*` } },
            }),
        refused:
            /^every identity of account 111111111111 \("\*" with aws:PrincipalArn like arn:aws:iam::111111111111:role\/\*\) → kms:Decrypt on key alias\/custody-infra\/dev\/share-2 \(statement 3 of key policy of signer-shares-share-2/,
        policy: "custody-effective-access",
    },
];

const secure: Case[] = [
    {
        name: '"*" + ArnEquals aws:PrincipalArn signer',
        edit: r =>
            editKeyStatement(share(r, 1), "AllowSignerRole", s => {
                s.Principal = { AWS: "*" };
                s.Condition = { ArnEquals: { "aws:PrincipalArn": SIGNER } };
            }),
    },
    {
        name: "the signer's statement with lowercase action names",
        edit: r => editKeyStatement(share(r, 1), "AllowSignerRole", s => (s.Action = ["kms:encrypt", "KMS:Decrypt"])),
    },
    {
        name: "the signer's statement split in two",
        edit: r => {
            editKeyStatement(share(r, 2), "AllowSignerRole", s => (s.Action = "kms:Encrypt"));
            addStatements(share(r, 2), "policy", {
                Effect: "Allow",
                Principal: { AWS: [SIGNER] },
                Action: ["kms:Decrypt"],
                Resource: "*",
            });
        },
    },
    {
        name: "a Deny for everyone but the signer added to a share key",
        edit: r =>
            addStatements(share(r, 1), "policy", {
                Effect: "Deny",
                Principal: "*",
                Action: ["kms:Decrypt", "kms:Encrypt"],
                Resource: "*",
                Condition: { ArnNotEquals: { "aws:PrincipalArn": SIGNER } },
            }),
    },
    {
        name: "kms:DescribeKey for the signer on its share",
        edit: r =>
            editKeyStatement(
                share(r, 3),
                "AllowSignerRole",
                s => (s.Action = ["kms:Encrypt", "kms:Decrypt", "kms:DescribeKey"]),
            ),
    },
    {
        name: "the signer's statement with Resource the key's own ARN",
        edit: r => editKeyStatement(share(r, 1), "AllowSignerRole", s => (s.Resource = prop(share(r, 1), "arn"))),
    },
    {
        name: "tables CMK: condition keys in other case (kms:viaservice)",
        edit: r =>
            editKeyStatement(find(r, KEY, "signer-tables-cmk"), "AllowDynamoDBOnBehalfOfAccountPrincipals", s => {
                s.Condition = {
                    StringEquals: {
                        "KMS:CallerAccount": PRIMARY,
                        "kms:viaservice": "dynamodb.eu-west-1.amazonaws.com",
                    },
                };
            }),
    },
    {
        name: "the signer's identity-policy statement given a Deny of everything else on its shares",
        edit: r =>
            addStatements(find(r, ROLE_POLICY, "signer-role-access"), "policy", {
                Effect: "Deny",
                NotAction: ["kms:Encrypt", "kms:Decrypt"],
                Resource: `arn:aws:kms:*:*:key/*`,
            }),
    },
    {
        name: "basil: runtime with the alias condition as StringLike (single value)",
        stack: "basil",
        edit: r => {
            const p = find(r, ROLE_POLICY, "basil-runtime-access");
            const d = JSON.parse(prop(p, "policy") as string);
            d.Statement[0].Condition = { StringLike: { "kms:RequestAlias": "alias/basil/*" } };
            setProp(p, "policy", JSON.stringify(d));
        },
    },
    {
        name: "basil: runtime's statement split per key",
        stack: "basil",
        edit: r => {
            const p = find(r, ROLE_POLICY, "basil-runtime-access");
            const d = JSON.parse(prop(p, "policy") as string);
            const s = d.Statement[0];
            d.Statement = (s.Resource as string[]).map((res, i) => ({ ...s, Sid: `K${i}`, Resource: res }));
            setProp(p, "policy", JSON.stringify(d));
        },
    },
    {
        name: "trust-domain: key manager split into two statements",
        stack: "trust-domain",
        edit: r => {
            const p = find(r, ROLE_POLICY, "trust-domain-role-access");
            const d = JSON.parse(prop(p, "policy") as string);
            const s = d.Statement[0];
            d.Statement.splice(
                0,
                1,
                { ...s, Sid: "A", Action: s.Action.slice(0, 2) },
                { ...s, Sid: "B", Action: s.Action.slice(2) },
            );
            setProp(p, "policy", JSON.stringify(d));
        },
    },
];

const stackOf = (c: Case) => c.stack ?? "prod";
describe("allowlist: red-team round on KMS keys", () => {
    for (const c of insecure) {
        it(`refuses: ${stackOf(c)}: ${c.name}`, async () => {
            const r = await stackResources(stackOf(c));
            c.edit(r);
            assert.ok(c.refused && c.policy, "an insecure case names its refusal (refused and policy)");
            assertRefused(await runWholePack(stackOf(c), r), c.refused, c.policy);
        });
    }
    for (const c of secure) {
        it(`accepts: ${stackOf(c)}: ${c.name}`, async () => {
            const r = await stackResources(stackOf(c));
            c.edit(r);
            assertClean(await runWholePack(stackOf(c), r));
        });
    }
});
