// Red-team round 2 on KMS keys (fresh eyes): who can use or manage the share keys, the tables' CMK, Basil's catalog
// keys and provisioner, the trust-domain key manager and the cross-account key. Insecure variants the whole pack must
// refuse (each with the path message it must name), secure variants it must accept.
import { strict as assert } from "assert";
import { StackValidationPolicy } from "@pulumi/policy";
import { custodyModelProblems } from "../../../policy-pack/custody/parse";
import * as rules from "../../../policy-pack/rules";
import { PackConfig, setPackConfig } from "../../../policy-pack/model/packConfig";
import { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { stackPackConfig } from "../packConfig";
import { runPolicy, TestDiagnostic } from "../support";
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
const ATTACKER = `arn:aws:iam::${PRIMARY}:role/attacker`;
const BASIL = "111122223333";
const PROVISIONER = `arn:aws:iam::${BASIL}:role/basil-provisioner`;
const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const ALIAS = "aws:kms/alias:Alias";
const GRANT = "aws:kms/grant:Grant";
const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
const POLICY = "aws:iam/policy:Policy";

type Statement = Record<string, unknown>;

/** Edits one statement (by Sid) of a JSON policy property. */
function editStatement(r: AnalyzerResourceInput, key: string, sid: string, edit: (s: Statement) => void): void {
    const d = JSON.parse(prop(r, key) as string) as { Statement: Statement[] };
    const s = d.Statement.find(x => x.Sid === sid);
    if (!s) throw new Error(`no statement ${sid} in ${r.name}.${key}`);
    edit(s);
    setProp(r, key, JSON.stringify(d));
}

const share = (r: Resources, i: number) => find(r, KEY, `signer-shares-share-${i}`);
const cmk = (r: Resources) => find(r, KEY, "signer-tables-cmk");
const arnOf = (x: AnalyzerResourceInput) => prop(x, "arn") as string;
const idOf = (x: AnalyzerResourceInput) => prop(x, "keyId") as string;
const SHARE_1_ALIAS = `arn:aws:kms:eu-west-1:${PRIMARY}:alias/custody-infra/prod/share-1`;

/** A new resource next to `like` (same provider), with the given inputs as outputs too. */
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

/** A well-formed KMS key next to `like` (rotation on, 30-day window, protected and retained). */
function keyLike(
    like: AnalyzerResourceInput,
    name: string,
    keyId: string,
    policy: string,
    extra: Record<string, unknown> = {},
): AnalyzerResourceInput {
    const arn = (prop(like, "arn") as string).replace(/key\/.*$/, `key/${keyId}`);
    return resourceLike(
        like,
        KEY,
        name,
        {
            description: name,
            customerMasterKeySpec: "SYMMETRIC_DEFAULT",
            keyUsage: "ENCRYPT_DECRYPT",
            deletionWindowInDays: 30,
            enableKeyRotation: true,
            policy,
            tags: { owner: "platform-custody" },
            arn,
            keyId,
            ...extra,
        },
        { options: { protect: true, retainOnDelete: true } } as Partial<AnalyzerResourceInput>,
    );
}

/** Every policy of the pack under the stack's pack config with its custody model edited. */
async function runWithModel(
    stack: string,
    resources: Resources,
    editModel: (model: Record<string, any>) => void,
): Promise<TestDiagnostic[]> {
    const config: PackConfig = JSON.parse(JSON.stringify(stackPackConfig(stack)));
    editModel(config["custody-model"] as Record<string, any>);
    // An invalid model turns the allowlist verdicts off (Configure refuses it): the variant must be expressible.
    assert.deepEqual(custodyModelProblems(config["custody-model"]), []);
    setPackConfig(config);
    try {
        const out: TestDiagnostic[] = [];
        for (const p of rules.allPolicies) {
            const own = config[p.name]?.enforcementLevel ?? config.all?.enforcementLevel;
            const level = (own as "mandatory" | "advisory" | undefined) ?? p.enforcementLevel ?? "advisory";
            out.push(...(await runPolicy(p as StackValidationPolicy, resources, { enforcementLevel: level })));
        }
        return out;
    } finally {
        setPackConfig({});
    }
}

type Case = {
    name: string;
    stack?: string;
    edit: (r: Resources) => void;
    /** The path message the refusal must name. */
    refused?: RegExp;
    /** The policy that must report it (any policy when absent). */
    policy?: string;
    /** Secure cases only: an edit of the custody model that names what the variant adds. */
    model?: (m: Record<string, any>) => void;
    /** A known miss left for later: "MISS: <why>". */
    skip?: string;
};

const insecure: Case[] = [
    // ---- key policies: statements that look harmless but are not.
    {
        name: 'tables CMK: a Deny to "*" on another key\'s ARN (denies nothing here) beside an Allow of PutKeyPolicy and ScheduleKeyDeletion to an outside role',
        edit: r =>
            addStatements(
                cmk(r),
                "policy",
                {
                    Sid: "DenyOtherKey",
                    Effect: "Deny",
                    Principal: "*",
                    Action: ["kms:PutKeyPolicy", "kms:ScheduleKeyDeletion"],
                    Resource: `arn:aws:kms:eu-west-1:${PRIMARY}:key/00000000-0000-0000-0000-000000000000`,
                },
                {
                    Sid: "BreakGlass",
                    Effect: "Allow",
                    Principal: { AWS: ATTACKER },
                    Action: ["kms:PutKeyPolicy", "kms:ScheduleKeyDeletion"],
                    Resource: "*",
                },
            ),
        refused:
            /role\/attacker \(outside this stack\) → kms:PutKeyPolicy, kms:ScheduleKeyDeletion on key alias\/custody-infra\/prod\/signer-tables/,
        policy: "custody-effective-access",
    },
    {
        name: 'basil: a Deny to "*" with NotResource "*" (denies nothing) beside an Allow of ReEncrypt* to the provisioner',
        stack: "basil",
        edit: r =>
            addStatements(
                find(r, KEY, "basil-key-payload-aead"),
                "policy",
                { Effect: "Deny", Principal: { AWS: "*" }, Action: "kms:ReEncrypt*", NotResource: "*" },
                { Effect: "Allow", Principal: { AWS: PROVISIONER }, Action: "kms:ReEncrypt*", Resource: "*" },
            ),
        refused: /role basil-provisioner → kms:ReEncryptFrom, kms:ReEncryptTo on key alias\/basil\/payload-aead/,
        policy: "custody-effective-access",
    },
    {
        name: "share-1: the DynamoDB statement (any principal of the account through DynamoDB) on a share key",
        edit: r =>
            addStatements(share(r, 1), "policy", {
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: ["kms:Encrypt", "kms:Decrypt"],
                Resource: "*",
                Condition: {
                    StringEquals: {
                        "kms:CallerAccount": PRIMARY,
                        "kms:ViaService": "dynamodb.eu-west-1.amazonaws.com",
                    },
                },
            }),
        refused:
            /dynamodb\.eu-west-1\.amazonaws\.com on behalf of account 111111111111 → kms:Decrypt, kms:Encrypt on key alias\/custody-infra\/prod\/share-1/,
    },
    {
        name: '"*" + ArnEquals aws:PrincipalArn with a wildcard (ArnEquals matches wildcards like ArnLike)',
        edit: r =>
            addStatements(share(r, 1), "policy", {
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { ArnEquals: { "aws:PrincipalArn": `arn:aws:iam::${PRIMARY}:role/custody-prod-*` } },
            }),
        refused: /role\/custody-prod-\*.* → kms:Decrypt on key alias\/custody-infra\/prod\/share-1/,
    },
    {
        name: '"*" + ArnEquals aws:PrincipalArn with the signer\'s name in any account (arn:aws:iam::*:role/...)',
        edit: r =>
            addStatements(share(r, 3), "policy", {
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { ArnEquals: { "aws:PrincipalArn": "arn:aws:iam::*:role/custody-prod-signer" } },
            }),
        refused: /arn:aws:iam::\*:role\/custody-prod-signer.* → kms:Decrypt on key alias\/custody-infra\/prod\/share-3/,
    },
    {
        name: '"*" + aws:PrincipalTag (ABAC on a share key: whoever can tag a principal gets the share)',
        edit: r =>
            addStatements(share(r, 2), "policy", {
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { StringEquals: { "aws:PrincipalTag/custody:workload": "containment-chamber" } },
            }),
        refused: /anyone .* → kms:Decrypt on key alias\/custody-infra\/prod\/share-2/,
    },
    {
        name: "cross-account: the key names account B's instance role directly (no AssumeRole needed)",
        stack: "cross-account",
        edit: r =>
            addStatements(find(r, KEY, "cross-account-key"), "policy", {
                Effect: "Allow",
                Principal: { AWS: "arn:aws:iam::777777777777:role/instance-role" },
                Action: "kms:Decrypt",
                Resource: "*",
            }),
        refused: /role instance-role → kms:Decrypt on key alias\/custody-infra\/cross-account\/cross-account-data/,
    },
    {
        name: 'cross-account: "*" pinned only by aws:PrincipalOrgID',
        stack: "cross-account",
        edit: r =>
            addStatements(find(r, KEY, "cross-account-key"), "policy", {
                Effect: "Allow",
                Principal: "*",
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { StringEquals: { "aws:PrincipalOrgID": "o-abc123" } },
            }),
        refused: /every account of organization o-abc123 → kms:Decrypt/,
    },
    {
        name: "tables CMK: a separate KeyPolicy with bypassPolicyLockoutSafetyCheck",
        edit: r =>
            add(r, cmk(r), "aws:kms/keyPolicy:KeyPolicy", "cmk-policy", {
                keyId: idOf(cmk(r)),
                policy: prop(cmk(r), "policy"),
                bypassPolicyLockoutSafetyCheck: true,
            }),
        refused: /bypassPolicyLockoutSafetyCheck|lockout/i,
        policy: "kms-key-lifecycle",
    },
    // ---- aliases: a share alias resolved to another key.
    {
        name: "share-1's alias retargeted (by ARN) at the tables CMK",
        edit: r => {
            const alias = find(r, ALIAS, "signer-shares-share-1-alias");
            setProp(alias, "targetKeyId", arnOf(cmk(r)));
            setProp(alias, "targetKeyArn", arnOf(cmk(r)));
        },
        refused:
            /dynamodb\.eu-west-1\.amazonaws\.com on behalf of account 111111111111 → .*kms:Decrypt.* on key alias\/custody-infra\/prod\/signer-tables \/ alias\/custody-infra\/prod\/share-1 .*only workload signer's subjects may use a share key/,
        policy: "custody-share-rings",
    },
    {
        name: "share-1's alias created in another region with the per-resource region argument",
        edit: r => {
            const alias = find(r, ALIAS, "signer-shares-share-1-alias");
            setProp(alias, "region", "us-west-2");
            setProp(alias, "arn", SHARE_1_ALIAS.replace("eu-west-1", "us-west-2"));
        },
        refused:
            /share 1 \(arn:aws:kms:eu-west-1:111111111111:alias\/custody-infra\/prod\/share-1\): this stack creates no alias with that ARN/,
    },
    {
        name: "dev: share-2's alias pointed at share-1's key (two shares under one key)",
        stack: "dev",
        edit: r => {
            const alias = find(r, ALIAS, "signer-shares-share-2-alias");
            setProp(alias, "targetKeyId", idOf(share(r, 1)));
            setProp(alias, "targetKeyArn", arnOf(share(r, 1)));
        },
        refused: /two shares under one key are one share/,
    },
    {
        name: "a ReplicaKey of share-1 with the same (safe-looking) policy, per-resource region us-west-2",
        edit: r =>
            add(r, share(r, 1), "aws:kms/replicaKey:ReplicaKey", "share-1-replica", {
                primaryKeyArn: arnOf(share(r, 1)),
                region: "us-west-2",
                policy: prop(share(r, 1), "policy"),
                deletionWindowInDays: 30,
                arn: arnOf(share(r, 1)).replace("eu-west-1", "us-west-2"),
                keyId: idOf(share(r, 1)),
            }),
        refused: /replicates the share key/,
    },
    // ---- lifecycle of a share key.
    {
        name: "share-2 with rotation turned off",
        edit: r => setProp(share(r, 2), "enableKeyRotation", false),
        refused: /rotation/i,
        policy: "kms-key-lifecycle",
    },
    {
        name: "share-3 with a 7-day deletion window",
        edit: r => setProp(share(r, 3), "deletionWindowInDays", 7),
        refused: /deletion window|deletionWindowInDays/i,
        policy: "kms-key-lifecycle",
    },
    {
        name: "share-1 disabled (isEnabled: false)",
        edit: r => setProp(share(r, 1), "isEnabled", false),
        refused: /disabled|isEnabled/i,
        policy: "kms-key-lifecycle",
    },
    // ---- key origin and spec: material outside KMS, or a public half anyone can wrap with.
    {
        name: "share-2 as an RSA_4096 ENCRYPT_DECRYPT key (its public key lets anyone wrap a forged share offline)",
        edit: r => {
            setProp(share(r, 2), "customerMasterKeySpec", "RSA_4096");
            setProp(share(r, 2), "enableKeyRotation", false);
        },
        refused: /share 2 .*: key alias\/custody-infra\/prod\/share-2 is a RSA_4096 ENCRYPT_DECRYPT key/,
        policy: "custody-share-rings",
    },
    {
        name: "basil: the payload key re-created as an ExternalKey (imported key material exists outside KMS)",
        stack: "basil",
        edit: r => {
            const key = find(r, KEY, "basil-key-payload-aead");
            const alias = find(r, ALIAS, "basil-key-payload-aead-alias");
            const arn = arnOf(key).replace(/key\/.*$/, "key/0a1b2c3d-0000-4000-8000-00000000beef");
            r.push(
                resourceLike(
                    key,
                    "aws:kms/externalKey:ExternalKey",
                    "payload-imported",
                    {
                        description: "Envelope AEAD key (imported)",
                        deletionWindowInDays: 30,
                        policy: prop(key, "policy"),
                        keyMaterialBase64: "c2VjcmV0",
                        arn,
                        keyId: "0a1b2c3d-0000-4000-8000-00000000beef",
                    },
                    { options: { protect: true, retainOnDelete: true } } as Partial<AnalyzerResourceInput>,
                ),
            );
            r.splice(r.indexOf(key), 1);
            setProp(alias, "targetKeyId", "0a1b2c3d-0000-4000-8000-00000000beef");
            setProp(alias, "targetKeyArn", arn);
            const rp = find(r, ROLE_POLICY, "basil-runtime-access");
            setProp(rp, "policy", (prop(rp, "policy") as string).replace(arnOf(key), arn));
        },
        refused:
            /key alias\/basil\/payload-aead \(workload basil-runtime's key\) is an ExternalKey: its imported key material exists outside KMS/,
        policy: "custody-effective-access",
    },
    {
        name: "basil: the jwt signing key in an external key store (xksKeyId: material held by whoever runs the proxy)",
        stack: "basil",
        edit: r => {
            const key = find(r, KEY, "basil-key-jwt-signing-primary");
            setProp(key, "customKeyStoreId", "cks-1234567890abcdef0");
            setProp(key, "xksKeyId", "xks-key-1");
        },
        refused: /key alias\/basil\/jwt-signing-primary \(workload basil-runtime's key\) lives in a custom key store/,
        policy: "custody-effective-access",
    },
    // ---- grants.
    {
        name: "a grant of Decrypt on the tables CMK to the signer (around the kms:ViaService pin)",
        edit: r =>
            add(r, cmk(r), GRANT, "g", {
                keyId: idOf(cmk(r)),
                granteePrincipal: SIGNER,
                operations: ["Decrypt"],
            }),
        refused:
            /role custody-prod-signer → kms:Decrypt on key alias\/custody-infra\/prod\/signer-tables \(kms Grant g\)/,
        policy: "custody-effective-access",
    },
    {
        name: "a grant of GenerateDataKey on the tables CMK to an outside role, with an encryption-context constraint",
        edit: r =>
            add(r, cmk(r), GRANT, "g", {
                keyId: arnOf(cmk(r)),
                granteePrincipal: ATTACKER,
                operations: ["GenerateDataKey", "Decrypt"],
                constraints: [{ encryptionContextSubset: { "aws:dynamodb:tableName": "custody-prod-keystore" } }],
            }),
        refused:
            /role\/attacker \(outside this stack\) → kms:Decrypt, kms:GenerateDataKey on key alias\/custody-infra\/prod\/signer-tables/,
    },
    {
        name: "cross-account: a grant of Decrypt on the data key to account B's instance role",
        stack: "cross-account",
        edit: r => {
            const key = find(r, KEY, "cross-account-key");
            add(r, key, GRANT, "g", {
                keyId: idOf(key),
                granteePrincipal: "arn:aws:iam::777777777777:role/instance-role",
                operations: ["Decrypt"],
            });
        },
        refused:
            /role instance-role → kms:Decrypt on key alias\/custody-infra\/cross-account\/cross-account-data \(kms Grant g\)/,
    },
    // ---- identity policies in every attachment form.
    {
        name: "a user of the stack with a UserPolicy allowing Decrypt on share-1",
        edit: r => {
            add(r, cmk(r), "aws:iam/user:User", "backup-operator", { name: "backup-operator" });
            add(r, cmk(r), "aws:iam/userPolicy:UserPolicy", "backup-operator-p", {
                user: "backup-operator",
                policy: doc({ Effect: "Allow", Action: "kms:Decrypt", Resource: arnOf(share(r, 1)) }),
            });
        },
        refused: /user backup-operator → .*allows kms:Decrypt/,
        policy: "custody-effective-access",
    },
    {
        name: "a managed Policy on key/* attached to an outside group through GroupPolicyAttachment",
        edit: r => {
            add(r, cmk(r), POLICY, "ops", {
                name: "ops",
                arn: `arn:aws:iam::${PRIMARY}:policy/ops`,
                policy: doc({ Effect: "Allow", Action: "kms:Decrypt", Resource: `arn:aws:kms:*:${PRIMARY}:key/*` }),
            });
            add(r, cmk(r), "aws:iam/groupPolicyAttachment:GroupPolicyAttachment", "ops-att", {
                group: "ops",
                policyArn: `arn:aws:iam::${PRIMARY}:policy/ops`,
            });
        },
        refused: /group ops → .*allows kms:Decrypt/,
        policy: "custody-effective-access",
    },
    {
        name: "PolicyAttachment with users: a managed Policy allowing ReEncrypt* on the shares",
        edit: r => {
            add(r, cmk(r), POLICY, "reenc", {
                name: "reenc",
                arn: `arn:aws:iam::${PRIMARY}:policy/reenc`,
                policy: doc({ Effect: "Allow", Action: "kms:ReEncrypt*", Resource: "*" }),
            });
            add(r, cmk(r), "aws:iam/policyAttachment:PolicyAttachment", "reenc-att", {
                users: ["alice"],
                policyArn: `arn:aws:iam::${PRIMARY}:policy/reenc`,
            });
        },
        refused: /user alice → .*allows kms:ReEncryptFrom, kms:ReEncryptTo/,
        policy: "custody-effective-access",
    },
    {
        name: "the signer's role (name in upper case) given ReEncryptFrom on the shares through a RolePolicyAttachment",
        edit: r => {
            add(r, cmk(r), POLICY, "signer-extra", {
                name: "signer-extra",
                arn: `arn:aws:iam::${PRIMARY}:policy/signer-extra`,
                policy: doc({ Effect: "Allow", Action: "kms:ReEncryptFrom", Resource: arnOf(share(r, 1)) }),
            });
            add(r, cmk(r), "aws:iam/rolePolicyAttachment:RolePolicyAttachment", "signer-extra-att", {
                role: "CUSTODY-PROD-SIGNER",
                policyArn: `arn:aws:iam::${PRIMARY}:policy/signer-extra`,
            });
        },
        refused: /allows kms:ReEncryptFrom on arn:aws:kms:eu-west-1:111111111111:key\/48163296/,
        policy: "custody-effective-access",
    },
    {
        name: "the signer's role given GenerateDataKey on the shares through its inlinePolicies",
        edit: r =>
            setProp(find(r, ROLE, "signer-role"), "inlinePolicies", [
                {
                    name: "extra",
                    policy: doc({ Effect: "Allow", Action: "kms:GenerateDataKey*", Resource: arnOf(share(r, 2)) }),
                },
            ]),
        refused: /inline policy extra of role custody-prod-signer allows kms:GenerateDataKey/,
        policy: "custody-effective-access",
    },
    {
        name: "the signer given UpdateAlias on its share alias and key/* (repoint the share at another key)",
        edit: r =>
            addStatements(find(r, ROLE_POLICY, "signer-role-access"), "policy", {
                Effect: "Allow",
                Action: "kms:UpdateAlias",
                Resource: [SHARE_1_ALIAS, `arn:aws:kms:eu-west-1:${PRIMARY}:key/*`],
            }),
        refused: /allows kms:UpdateAlias/,
        policy: "custody-effective-access",
    },
    {
        name: "the signer given TagResource/UntagResource on its shares (ABAC on key tags)",
        edit: r =>
            addStatements(find(r, ROLE_POLICY, "signer-role-access"), "policy", {
                Effect: "Allow",
                Action: ["kms:TagResource", "kms:UntagResource"],
                Resource: arnOf(share(r, 1)),
            }),
        refused: /allows kms:TagResource, kms:UntagResource/,
        policy: "custody-effective-access",
    },
    {
        name: "an outside role given CreateGrant on the tables CMK with kms:GrantIsForAWSResource",
        edit: r =>
            add(r, cmk(r), ROLE_POLICY, "attacker-grant", {
                role: "attacker",
                policy: doc({
                    Effect: "Allow",
                    Action: "kms:CreateGrant",
                    Resource: arnOf(cmk(r)),
                    Condition: { Bool: { "kms:GrantIsForAWSResource": "true" } },
                }),
            }),
        refused: /role\/attacker.* → .*allows kms:CreateGrant/,
        policy: "custody-effective-access",
    },
    {
        name: "a role of account 222222222222 with kms:* on that account's keys (share-2 through its root delegation)",
        edit: r =>
            serviceRole(r, share(r, 2), "ops-b", "222222222222", "ec2.amazonaws.com", {
                Effect: "Allow",
                Action: "kms:*",
                Resource: "arn:aws:kms:eu-central-1:222222222222:key/*",
            }),
        refused: /role ops-b → .*kms:\* .*|role ops-b → .*reaching key alias\/custody-infra\/prod\/share-2/,
    },
    // ---- identity power the engine cannot read: other resource types that create IAM policies.
    {
        name: "an IAM Identity Center permission set (inline policy) assigned to the signer's account, Decrypt on share-1",
        edit: r => {
            const like = cmk(r);
            const ps = "arn:aws:sso:::permissionSet/ssoins-1234/ps-abcd";
            add(r, like, "aws:ssoadmin/permissionSet:PermissionSet", "ops-ps", {
                name: "ops",
                instanceArn: "arn:aws:sso:::instance/ssoins-1234",
                arn: ps,
            });
            add(r, like, "aws:ssoadmin/permissionSetInlinePolicy:PermissionSetInlinePolicy", "ops-ps-inline", {
                instanceArn: "arn:aws:sso:::instance/ssoins-1234",
                permissionSetArn: ps,
                inlinePolicy: doc({ Effect: "Allow", Action: "kms:Decrypt", Resource: arnOf(share(r, 1)) }),
            });
            add(r, like, "aws:ssoadmin/accountAssignment:AccountAssignment", "ops-ps-assign", {
                instanceArn: "arn:aws:sso:::instance/ssoins-1234",
                permissionSetArn: ps,
                principalId: "group-1234",
                principalType: "GROUP",
                targetId: PRIMARY,
                targetType: "AWS_ACCOUNT",
            });
        },
        refused:
            /PermissionSetInlinePolicy ops-ps-inline puts an inline policy into an IAM Identity Center permission set/,
        policy: "custody-effective-access",
    },
    {
        name: "an aws-native IAM RolePolicy on the signer's role allowing PutKeyPolicy on its shares",
        edit: r =>
            add(r, cmk(r), "aws-native:iam:RolePolicy", "native-signer", {
                roleName: "custody-prod-signer",
                policyName: "native",
                policyDocument: {
                    Version: "2012-10-17",
                    Statement: [{ Effect: "Allow", Action: "kms:PutKeyPolicy", Resource: "*" }],
                },
            }),
        refused: /aws-native:iam:RolePolicy native-signer is an aws-native resource the pack does not read/,
        policy: "custody-effective-access",
    },
    {
        name: "a Cloud Control resource (AWS::IAM::RolePolicy) giving an outside role Decrypt on share-1",
        edit: r =>
            add(r, cmk(r), "aws:cloudcontrol/resource:Resource", "cc-policy", {
                typeName: "AWS::IAM::RolePolicy",
                desiredState: JSON.stringify({
                    RoleName: "attacker",
                    PolicyName: "cc",
                    PolicyDocument: {
                        Version: "2012-10-17",
                        Statement: [{ Effect: "Allow", Action: "kms:Decrypt", Resource: arnOf(share(r, 1)) }],
                    },
                }),
            }),
        refused: /Cloud Control resource cc-policy \(AWS::IAM::RolePolicy\)/,
        policy: "custody-effective-access",
    },
    {
        name: "a CloudFormation stack whose template gives an outside role Decrypt on the tables CMK (AWS::IAM::RolePolicy)",
        edit: r =>
            add(r, cmk(r), "aws:cloudformation/stack:Stack", "cfn", {
                name: "extras",
                templateBody: JSON.stringify({
                    Resources: {
                        P: {
                            Type: "AWS::IAM::RolePolicy",
                            Properties: {
                                RoleName: "attacker",
                                PolicyName: "cfn",
                                PolicyDocument: {
                                    Version: "2012-10-17",
                                    Statement: [{ Effect: "Allow", Action: "kms:Decrypt", Resource: arnOf(cmk(r)) }],
                                },
                            },
                        },
                    },
                }),
            }),
        refused: /CloudFormation stack cfn's template creates AWS::IAM::RolePolicy/,
        policy: "custody-effective-access",
    },
    // ---- Basil.
    {
        name: "basil: the provisioner's TagResource without its request-tag conditions (any tag on any key: ABAC)",
        stack: "basil",
        edit: r =>
            editStatement(find(r, ROLE_POLICY, "basil-provisioner-access"), "policy", "BasilTagKeysOnCreate", s => {
                delete s.Condition;
            }),
        refused:
            /BasilTagKeysOnCreate.*allows kms:TagResource on .*The model allows kms:TagResource only with StringEquals aws:RequestTag\/basil-managed = true and ForAllValues:StringEquals aws:TagKeys = basil-managed/,
        policy: "custody-effective-access",
    },
    {
        name: "basil: the provisioner's TagResource pinned with StringEqualsIfExists / no aws:TagKeys",
        stack: "basil",
        edit: r =>
            editStatement(find(r, ROLE_POLICY, "basil-provisioner-access"), "policy", "BasilTagKeysOnCreate", s => {
                s.Condition = { StringEqualsIfExists: { "aws:RequestTag/basil-managed": "true" } };
            }),
        refused:
            /BasilTagKeysOnCreate.*allows kms:TagResource on .*The model allows kms:TagResource only with StringEquals aws:RequestTag\/basil-managed = true and ForAllValues:StringEquals aws:TagKeys = basil-managed/,
        policy: "custody-effective-access",
    },
    {
        name: "basil: the provisioner may create aliases anywhere (alias/*), not only alias/basil/*",
        stack: "basil",
        edit: r =>
            editStatement(find(r, ROLE_POLICY, "basil-provisioner-access"), "policy", "BasilCreateAliases", s => {
                s.Resource = [`arn:aws:kms:us-east-1:${BASIL}:alias/*`, `arn:aws:kms:us-east-1:${BASIL}:key/*`];
            }),
        refused: /BasilCreateAliases.*allows kms:CreateAlias on arn:aws:kms:us-east-1:111122223333:alias\/\*/,
        policy: "custody-effective-access",
    },
    {
        name: "basil: the provisioner given UpdateAlias on alias/basil/* (repoint a catalog alias at its own key)",
        stack: "basil",
        edit: r =>
            addStatements(find(r, ROLE_POLICY, "basil-provisioner-access"), "policy", {
                Effect: "Allow",
                Action: "kms:UpdateAlias",
                Resource: [`arn:aws:kms:us-east-1:${BASIL}:alias/basil/*`, `arn:aws:kms:us-east-1:${BASIL}:key/*`],
            }),
        refused: /allows kms:UpdateAlias/,
        policy: "custody-effective-access",
    },
    {
        name: "basil: the runtime given GenerateDataKey on its catalog keys",
        stack: "basil",
        edit: r =>
            editStatement(find(r, ROLE_POLICY, "basil-runtime-access"), "policy", "BasilBrokerInPlaceOps", s => {
                s.Action = [...(s.Action as string[]), "kms:GenerateDataKey"];
            }),
        refused: /BasilBrokerInPlaceOps.*allows kms:GenerateDataKey/,
        policy: "custody-effective-access",
    },
    {
        name: "basil: the runtime's key/* with only the kms:RequestAlias alias/basil/* condition",
        stack: "basil",
        edit: r =>
            editStatement(find(r, ROLE_POLICY, "basil-runtime-access"), "policy", "BasilBrokerInPlaceOps", s => {
                s.Resource = `arn:aws:kms:us-east-1:${BASIL}:key/*`;
            }),
        refused: /BasilBrokerInPlaceOps.*on arn:aws:kms:us-east-1:111122223333:key\/\*/,
        policy: "custody-effective-access",
    },
    {
        name: "basil: a catalog key policy naming the runtime for ReEncryptFrom",
        stack: "basil",
        edit: r =>
            addStatements(find(r, KEY, "basil-key-payload-aead"), "policy", {
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${BASIL}:role/basil-agent` },
                Action: "kms:ReEncrypt*",
                Resource: "*",
            }),
        refused: /role basil-agent → kms:ReEncryptFrom, kms:ReEncryptTo on key alias\/basil\/payload-aead/,
        policy: "custody-effective-access",
    },
    {
        name: "basil: the provisioner's CreateKey request-tag condition StringEqualsIfExists (passes without the tag)",
        stack: "basil",
        edit: r =>
            editStatement(find(r, ROLE_POLICY, "basil-provisioner-access"), "policy", "BasilCreateKeys", s => {
                s.Condition = { StringEqualsIfExists: { "aws:RequestTag/basil-managed": "true" } };
            }),
        refused:
            /BasilCreateKeys.*allows kms:CreateKey on \*.*The model allows kms:CreateKey only with StringEquals aws:RequestTag\/basil-managed = true/,
        policy: "custody-effective-access",
    },
    {
        name: 'basil: the provisioner\'s CreateKey request-tag condition ForAnyValue:StringLike "*" (any value of the tag)',
        stack: "basil",
        edit: r =>
            editStatement(find(r, ROLE_POLICY, "basil-provisioner-access"), "policy", "BasilCreateKeys", s => {
                s.Condition = { "ForAnyValue:StringLike": { "aws:RequestTag/basil-managed": "*" } };
            }),
        refused:
            /BasilCreateKeys.*allows kms:CreateKey on \*.*The model allows kms:CreateKey only with StringEquals aws:RequestTag\/basil-managed = true/,
        policy: "custody-effective-access",
    },
    {
        name: 'basil: the provisioner\'s CreateKey request-tag condition StringLike "t*"',
        stack: "basil",
        edit: r =>
            editStatement(find(r, ROLE_POLICY, "basil-provisioner-access"), "policy", "BasilCreateKeys", s => {
                s.Condition = { StringLike: { "aws:RequestTag/basil-managed": "t*" } };
            }),
        refused:
            /BasilCreateKeys.*allows kms:CreateKey on \*.*The model allows kms:CreateKey only with StringEquals aws:RequestTag\/basil-managed = true/,
        policy: "custody-effective-access",
    },
    {
        name: "basil: the provisioner's CreateKey request-tag condition absent (the seed's own statement)",
        stack: "basil",
        edit: r =>
            editStatement(find(r, ROLE_POLICY, "basil-provisioner-access"), "policy", "BasilCreateKeys", s => {
                delete s.Condition;
            }),
        refused:
            /BasilCreateKeys.*allows kms:CreateKey on \*.*The model allows kms:CreateKey only with StringEquals aws:RequestTag\/basil-managed = true/,
        policy: "custody-effective-access",
    },
    // ---- trust-domain key manager.
    {
        name: "trust-domain: the key manager given kms:UpdateAlias",
        stack: "trust-domain",
        edit: r =>
            addStatements(find(r, ROLE_POLICY, "trust-domain-role-access"), "policy", {
                Effect: "Allow",
                Action: "kms:UpdateAlias",
                Resource: "*",
            }),
        refused: /allows kms:UpdateAlias/,
        policy: "custody-effective-access",
    },
    {
        name: "trust-domain: the key manager given CreateGrant for AWS resources only",
        stack: "trust-domain",
        edit: r =>
            addStatements(find(r, ROLE_POLICY, "trust-domain-role-access"), "policy", {
                Effect: "Allow",
                Action: "kms:CreateGrant",
                Resource: "*",
                Condition: { Bool: { "kms:GrantIsForAWSResource": "true" } },
            }),
        refused: /allows kms:CreateGrant/,
        policy: "custody-effective-access",
    },
    {
        name: "trust-domain: the key manager given ReplicateKey and ImportKeyMaterial",
        stack: "trust-domain",
        edit: r =>
            addStatements(find(r, ROLE_POLICY, "trust-domain-role-access"), "policy", {
                Effect: "Allow",
                Action: ["kms:ReplicateKey", "kms:ImportKeyMaterial"],
                Resource: "arn:aws:kms:us-east-1:444444444444:key/*",
            }),
        refused: /allows kms:ImportKeyMaterial, kms:ReplicateKey/,
        policy: "custody-effective-access",
    },
    {
        name: "trust-domain: the seed's statement rewritten as kms:* with an aws:RequestTag condition",
        stack: "trust-domain",
        edit: r =>
            editStatement(find(r, ROLE_POLICY, "trust-domain-role-access"), "policy", "TrustDomainKeyManager", s => {
                s.Action = "kms:*";
                s.Condition = { StringEquals: { "aws:RequestTag/spirl-managed": "true" } };
            }),
        refused: /TrustDomainKeyManager.*allows .*kms:Decrypt/,
        policy: "custody-effective-access",
    },
];

const secure: Case[] = [
    {
        name: "the signer's key statements narrowed by an encryption-context condition",
        edit: r => {
            for (const i of [1, 2, 3])
                editStatement(share(r, i), "policy", "AllowSignerRole", s => {
                    s.Condition = { StringEquals: { "kms:EncryptionContext:purpose": "shamir-share" } };
                });
        },
    },
    {
        name: "the signer's identity statement narrowed by aws:SourceVpce",
        edit: r =>
            editStatement(find(r, ROLE_POLICY, "signer-role-access"), "policy", "KMSShareKeyWrap", s => {
                s.Condition = { StringEquals: { "aws:SourceVpce": "vpce-0123456789abcdef0" } };
            }),
    },
    {
        name: "the signer's permissions moved from the RolePolicy into the role's inlinePolicies",
        edit: r => {
            const rp = find(r, ROLE_POLICY, "signer-role-access");
            setProp(find(r, ROLE, "signer-role"), "inlinePolicies", [{ name: "access", policy: prop(rp, "policy") }]);
            r.splice(r.indexOf(rp), 1);
        },
    },
    {
        name: "a permissions boundary (a stack Policy allowing kms:* and dynamodb:*) on the signer's role",
        edit: r => {
            add(r, cmk(r), POLICY, "boundary", {
                name: "custody-boundary",
                arn: `arn:aws:iam::${PRIMARY}:policy/custody-boundary`,
                policy: doc({ Effect: "Allow", Action: ["kms:*", "dynamodb:*"], Resource: "*" }),
            });
            setProp(
                find(r, ROLE, "signer-role"),
                "permissionsBoundary",
                `arn:aws:iam::${PRIMARY}:policy/custody-boundary`,
            );
        },
    },
    {
        name: "share keys with an extra cost-center tag and tables CMK with a 90-day rotation period",
        edit: r => {
            for (const i of [1, 2, 3])
                setProp(share(r, i), "tags", { ...(prop(share(r, i), "tags") as object), "cost-center": "custody" });
            setProp(cmk(r), "rotationPeriodInDays", 90);
        },
    },
    {
        name: "share-1's policy as a separate KeyPolicy resource (the key's own policy property left unset)",
        edit: r => {
            const key = share(r, 1);
            const policy = prop(key, "policy");
            delete key.inputs.policy;
            if (key.outputs) delete key.outputs.policy;
            add(r, key, "aws:kms/keyPolicy:KeyPolicy", "share-1-policy", { keyId: idOf(key), policy });
        },
    },
    {
        name: "an unrelated key in the stack (root delegation only) for logs",
        edit: r =>
            r.push(
                keyLike(
                    cmk(r),
                    "logs-key",
                    "5f2b0c1e-0000-4000-8000-000000000001",
                    doc({
                        Sid: "EnableIAMDelegation",
                        Effect: "Allow",
                        Principal: { AWS: `arn:aws:iam::${PRIMARY}:root` },
                        Action: "kms:*",
                        Resource: "*",
                    }),
                ),
            ),
    },
    {
        name: "an unrelated key with its own unrelated role (a log shipper allowed Encrypt/GenerateDataKey on it only)",
        edit: r => {
            const key = keyLike(
                cmk(r),
                "logs-key",
                "5f2b0c1e-0000-4000-8000-000000000001",
                doc({
                    Sid: "EnableIAMDelegation",
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${PRIMARY}:root` },
                    Action: "kms:*",
                    Resource: "*",
                }),
            );
            r.push(key);
            serviceRole(r, cmk(r), "log-shipper", PRIMARY, "firehose.amazonaws.com", {
                Effect: "Allow",
                Action: ["kms:Encrypt", "kms:GenerateDataKey"],
                Resource: arnOf(key),
            });
        },
    },
    {
        // Named with the metadata-only set operations.keyAudit (custody:operations in the stack config), the one set
        // besides the ring's that may name a share key.
        name: "an audit role named in the model reads the share keys' metadata (DescribeKey, GetKeyPolicy)",
        edit: r => {
            for (const i of [1, 2, 3])
                addStatements(share(r, i), "policy", {
                    Sid: "Audit",
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${PRIMARY}:role/custody-audit` },
                    Action: ["kms:DescribeKey", "kms:GetKeyPolicy"],
                    Resource: "*",
                });
        },
        model: m => {
            const signer = m.workloads.find((w: { name: string }) => w.name === "signer");
            m.workloads.push({
                name: "key-audit",
                subjects: [{ principal: `arn:aws:iam::${PRIMARY}:role/custody-audit` }],
                kind: "operations",
                allow: [
                    {
                        accessSet: "operations.keyAudit",
                        on: signer.allow.find((e: { accessSet: string }) => e.accessSet === "signer.shareWrap").on,
                    },
                ],
            });
        },
    },
    {
        name: "basil: the runtime's policy as a managed Policy + RolePolicyAttachment",
        stack: "basil",
        edit: r => {
            const rp = find(r, ROLE_POLICY, "basil-runtime-access");
            add(r, rp, POLICY, "basil-runtime-managed", {
                name: "BasilKmsRuntime",
                arn: `arn:aws:iam::${BASIL}:policy/BasilKmsRuntime`,
                policy: prop(rp, "policy"),
            });
            add(r, rp, "aws:iam/rolePolicyAttachment:RolePolicyAttachment", "basil-runtime-att", {
                role: "basil-agent",
                policyArn: `arn:aws:iam::${BASIL}:policy/BasilKmsRuntime`,
            });
            r.splice(r.indexOf(rp), 1);
        },
    },
    {
        name: "basil: the provisioner's CreateKey also requires an owner request tag",
        stack: "basil",
        edit: r =>
            editStatement(find(r, ROLE_POLICY, "basil-provisioner-access"), "policy", "BasilCreateKeys", s => {
                s.Condition = {
                    StringEquals: { "aws:RequestTag/basil-managed": "true", "aws:RequestTag/owner": "platform" },
                };
            }),
    },
    {
        name: "basil: catalog keys without an explicit policy (KMS's default key policy: the account's root delegation)",
        stack: "basil",
        edit: r => {
            for (const name of ["basil-key-payload-aead", "basil-key-jwt-signing-primary"]) {
                const key = find(r, KEY, name);
                delete key.inputs.policy;
                if (key.outputs) delete key.outputs.policy;
            }
        },
    },
    {
        name: "cross-account: the data key without an explicit policy (KMS's default key policy)",
        stack: "cross-account",
        edit: r => {
            const key = find(r, KEY, "cross-account-key");
            delete key.inputs.policy;
            if (key.outputs) delete key.outputs.policy;
        },
    },
    {
        name: "basil: the provisioner's TagResource conditions spelled with StringLike (no wildcard) and narrowed by region",
        stack: "basil",
        edit: r =>
            editStatement(find(r, ROLE_POLICY, "basil-provisioner-access"), "policy", "BasilTagKeysOnCreate", s => {
                s.Condition = {
                    StringLike: { "aws:RequestTag/basil-managed": "true" },
                    "ForAllValues:StringLike": { "aws:TagKeys": ["basil-managed"] },
                    StringEquals: { "aws:RequestedRegion": "us-east-1" },
                };
            }),
    },
    {
        name: "basil: each catalog key's policy also names the runtime for its operations, by alias/basil/* (key policy beside IAM)",
        stack: "basil",
        edit: r => {
            for (const name of ["basil-key-payload-aead", "basil-key-jwt-signing-primary"])
                addStatements(find(r, KEY, name), "policy", {
                    Sid: "BasilRuntime",
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${BASIL}:role/basil-agent` },
                    Action: [
                        "kms:Sign",
                        "kms:Verify",
                        "kms:GetPublicKey",
                        "kms:DescribeKey",
                        "kms:Encrypt",
                        "kms:Decrypt",
                    ],
                    Resource: "*",
                    Condition: { "ForAnyValue:StringLike": { "kms:RequestAlias": "alias/basil/*" } },
                });
        },
    },
    {
        name: "tables CMK with deletionWindowInDays unset (AWS's default, 30 days)",
        edit: r => {
            delete cmk(r).inputs.deletionWindowInDays;
            if (cmk(r).outputs) delete cmk(r).outputs!.deletionWindowInDays;
        },
    },
    {
        name: "trust-domain: the key manager's statement narrowed by aws:RequestedRegion",
        stack: "trust-domain",
        edit: r =>
            editStatement(find(r, ROLE_POLICY, "trust-domain-role-access"), "policy", "TrustDomainKeyManager", s => {
                s.Condition = { StringEquals: { "aws:RequestedRegion": "us-east-1" } };
            }),
    },
    {
        name: "cross-account: the data key's policy also names the access role for Decrypt",
        stack: "cross-account",
        edit: r =>
            addStatements(find(r, KEY, "cross-account-key"), "policy", {
                Sid: "AccessRole",
                Effect: "Allow",
                Principal: { AWS: "arn:aws:iam::666666666666:role/accountb-instance-role-dynamodb" },
                Action: "kms:Decrypt",
                Resource: "*",
            }),
    },
];

const stackOf = (c: Case) => c.stack ?? "prod";
describe("allowlist: red-team round 2 on KMS keys", () => {
    for (const c of insecure) {
        (c.skip ? it.skip : it)(`refuses: ${stackOf(c)}: ${c.name}`, async () => {
            const r = await stackResources(stackOf(c));
            c.edit(r);
            assertRefused(await runWholePack(stackOf(c), r), c.refused ?? /./, c.policy);
        });
    }
    for (const c of secure) {
        (c.skip ? it.skip : it)(`accepts: ${stackOf(c)}: ${c.name}`, async () => {
            const r = await stackResources(stackOf(c));
            c.edit(r);
            assertClean(c.model ? await runWithModel(stackOf(c), r, c.model) : await runWholePack(stackOf(c), r));
        });
    }
});
