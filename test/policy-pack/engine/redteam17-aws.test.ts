// Red-team round 17 (final measuring round, fresh eyes) on the AWS side of every stack: policy-grammar shapes (a
// Statement object, "?" and service wildcards, condition-key case, policy variables in condition values, duplicate
// Sids), DynamoDB PartiQL/stream/ABAC reads, alias deletion, key replication, Pod Identity tag lists, resource policies
// on external tables. Insecure variants the whole pack must refuse, secure variants it must accept. No miss found.
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
const ROOT = `arn:aws:iam::${PRIMARY}:root`;
const SIGNER = `arn:aws:iam::${PRIMARY}:role/custody-prod-signer`;
const ATTACKER = `arn:aws:iam::${PRIMARY}:role/attacker`;
const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const TABLE = "aws:dynamodb/table:Table";
const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
const KEYSTORE = `arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/custody-prod-keystore`;

type Statement = Record<string, unknown>;

const share = (r: Resources, i: number) => find(r, KEY, `signer-shares-share-${i}`);
const signerPolicy = (r: Resources) => find(r, ROLE_POLICY, "signer-role-access");

/** Edits every statement of a JSON policy property. */
function editStatements(r: AnalyzerResourceInput, key: string, edit: (s: Statement[]) => Statement[]): void {
    const d = JSON.parse(prop(r, key) as string) as { Statement: Statement[] };
    d.Statement = edit(d.Statement);
    setProp(r, key, JSON.stringify(d));
}

/** A role of the stack next to `like`, trusted by a service, with one inline policy. */
function serviceRole(r: Resources, like: AnalyzerResourceInput, name: string, ...statements: object[]): void {
    r.push(
        resourceLike(like, ROLE, name, {
            name,
            arn: `arn:aws:iam::${PRIMARY}:role/${name}`,
            assumeRolePolicy: doc({
                Effect: "Allow",
                Principal: { Service: "lambda.amazonaws.com" },
                Action: "sts:AssumeRole",
            }),
            inlinePolicies: [{ name: "p", policy: doc(...statements) }],
        }),
    );
}

type Case = {
    name: string;
    stack?: string;
    edit: (r: Resources) => void;
    refused?: RegExp;
    policy?: string;
    skip?: string;
};

const insecure: Case[] = [
    {
        name: "share-1's key policy written with Statement as a single object (valid grammar) naming the root and an outside role for kms:*",
        edit: r =>
            setProp(
                share(r, 1),
                "policy",
                JSON.stringify({
                    Version: "2012-10-17",
                    Statement: {
                        Sid: "AdminAndSigner",
                        Effect: "Allow",
                        Principal: { AWS: [ROOT, ATTACKER] },
                        Action: "kms:*",
                        Resource: "*",
                    },
                }),
            ),
        refused: /signer-shares-share-1: arn:aws:iam::111111111111:role\/attacker/,
        policy: "share-custody",
    },
    {
        name: 'a Lambda role allowed "kms:Decr?pt" (a single-character wildcard in the action) on key/* of the account',
        edit: r =>
            serviceRole(r, signerPolicy(r), "report-fn", {
                Effect: "Allow",
                Action: "kms:Decr?pt",
                Resource: `arn:aws:kms:eu-west-1:${PRIMARY}:key/*`,
            }),
        refused: /role report-fn is allowed kms:Decrypt on signer-shares-share-1/,
        policy: "share-custody",
    },
    {
        name: 'a Lambda role allowed Decrypt on key/????????-803a-* (the "?" wildcard spelling share-1\'s key id)',
        edit: r =>
            serviceRole(r, signerPolicy(r), "report-fn", {
                Effect: "Allow",
                Action: "kms:Decrypt",
                Resource: `arn:aws:kms:eu-west-1:${PRIMARY}:key/????????-803a-*`,
            }),
        refused: /role report-fn is allowed kms:Decrypt on signer-shares-share-1/,
        policy: "share-custody",
    },
    {
        name: 'share-1\'s key policy: "*" may Decrypt when StringLike aws:PrincipalArn is role/custody-prod-signe? (also custody-prod-signex)',
        edit: r =>
            addStatements(share(r, 1), "policy", {
                Effect: "Allow",
                Principal: "*",
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { StringLike: { "aws:PrincipalArn": `arn:aws:iam::${PRIMARY}:role/custody-prod-signe?` } },
            }),
        refused: /signer-shares-share-1 also lets "\*" decrypt its share/,
        policy: "share-custody",
    },
    {
        name: "a Lambda role allowed dynamodb:PartiQLSelect on the keystore (a read by SQL)",
        edit: r =>
            serviceRole(r, signerPolicy(r), "report-fn", {
                Effect: "Allow",
                Action: "dynamodb:PartiQLSelect",
                Resource: KEYSTORE,
            }),
        refused: /role report-fn → .*dynamodb:PartiQLSelect on .*reaching table custody-prod-keystore/,
        policy: "custody-effective-access",
    },
    {
        name: "the keystore's stream turned on (NEW_IMAGE) and a Lambda role allowed GetRecords/GetShardIterator on its streams",
        edit: r => {
            const t = find(r, TABLE, "signer-tables-keystore");
            setProp(t, "streamEnabled", true);
            setProp(t, "streamViewType", "NEW_IMAGE");
            setProp(t, "streamArn", `${KEYSTORE}/stream/2026-12-02T00:00:00.000`);
            serviceRole(r, signerPolicy(r), "report-fn", {
                Effect: "Allow",
                Action: ["dynamodb:GetRecords", "dynamodb:GetShardIterator", "dynamodb:DescribeStream"],
                Resource: `${KEYSTORE}/stream/*`,
            });
        },
        refused: /role report-fn → .*dynamodb:GetRecords.*reaching table custody-prod-keystore/,
        policy: "custody-effective-access",
    },
    {
        name: 'share-2\'s key policy: "*" may Decrypt when StringEquals on a mixed-case aws:PrincipalAccount (condition keys are case-insensitive: the whole account)',
        edit: r =>
            addStatements(share(r, 2), "policy", {
                Effect: "Allow",
                Principal: "*",
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { StringEquals: { "AWS:PrincipalAccount": "222222222222" } },
            }),
        refused: /signer-shares-share-2 also lets "\*" decrypt its share/,
        policy: "share-custody",
    },
    {
        name: "share-1's key policy: a second statement with the same Sid as the signer's, for an outside role",
        edit: r =>
            addStatements(share(r, 1), "policy", {
                Sid: "AllowSignerRole",
                Effect: "Allow",
                Principal: { AWS: ATTACKER },
                Action: ["kms:Encrypt", "kms:Decrypt"],
                Resource: "*",
            }),
        refused: /signer-shares-share-1 also lets arn:aws:iam::111111111111:role\/attacker decrypt its share/,
        policy: "share-custody",
    },
    {
        name: "a Lambda role allowed kms:ReEncryptFrom on key/* (turns share ciphertext into ciphertext under its own key)",
        edit: r =>
            serviceRole(r, signerPolicy(r), "report-fn", {
                Effect: "Allow",
                Action: ["kms:ReEncryptFrom", "kms:ReEncryptTo"],
                Resource: "*",
            }),
        refused: /role report-fn is allowed kms:ReEncryptFrom, kms:ReEncryptTo on signer-shares-share-1/,
        policy: "share-custody",
    },
    {
        name: "curity: a Lambda role allowed PartiQLSelect on table/curity-* of every region",
        stack: "curity",
        edit: r => {
            const like = find(r, ROLE_POLICY, "curity-role-access");
            const table = JSON.stringify(JSON.parse(prop(like, "policy") as string)).match(
                /arn:aws:dynamodb:[^:]*:(\d{12}):table\/[^"*]+/,
            );
            const account = table ? table[1] : PRIMARY;
            r.push(
                resourceLike(like, ROLE, "report-fn", {
                    name: "report-fn",
                    arn: `arn:aws:iam::${account}:role/report-fn`,
                    assumeRolePolicy: doc({
                        Effect: "Allow",
                        Principal: { Service: "lambda.amazonaws.com" },
                        Action: "sts:AssumeRole",
                    }),
                    inlinePolicies: [
                        {
                            name: "p",
                            policy: doc({
                                Effect: "Allow",
                                Action: "dynamodb:PartiQLSelect",
                                Resource: `arn:aws:dynamodb:*:${account}:table/curity-*`,
                            }),
                        },
                    ],
                }),
            );
        },
        refused: /role report-fn → .*dynamodb:PartiQLSelect on arn:aws:dynamodb:\*:555555555555:table\/curity-\*/,
        policy: "custody-effective-access",
    },
    {
        name: 'cross-account: the data key lets "*" Decrypt when ArnEquals aws:PrincipalArn is arn:aws:iam::${aws:PrincipalAccount}:role/accountb-instance-role-dynamodb (that role name in ANY account)',
        stack: "cross-account",
        edit: r =>
            addStatements(find(r, KEY, "cross-account-key"), "policy", {
                Effect: "Allow",
                Principal: "*",
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: {
                    ArnEquals: {
                        "aws:PrincipalArn": "arn:aws:iam::${aws:PrincipalAccount}:role/accountb-instance-role-dynamodb",
                    },
                },
            }),
        refused:
            /\$\{aws:PrincipalAccount\}:role\/accountb-instance-role-dynamodb \(outside this stack\) → kms:Decrypt on key alias\/custody-infra\/cross-account\/cross-account-data/,
        policy: "custody-effective-access",
    },
    {
        name: 'basil: the payload key lets "*" Decrypt until a date (DateLessThan aws:CurrentTime 2099-01-01: every principal of every account today)',
        stack: "basil",
        edit: r =>
            addStatements(find(r, KEY, "basil-key-payload-aead"), "policy", {
                Effect: "Allow",
                Principal: "*",
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { DateLessThan: { "aws:CurrentTime": "2099-01-01T00:00:00Z" } },
            }),
        refused: /anyone .*→ kms:Decrypt on key alias\/basil\/payload-aead/,
        policy: "custody-effective-access",
    },
    {
        name: 'basil: the JWT key lets "*" Sign when Bool aws:MultiFactorAuthPresent is true (any MFA session of any account)',
        stack: "basil",
        edit: r =>
            addStatements(find(r, KEY, "basil-key-jwt-signing-primary"), "policy", {
                Effect: "Allow",
                Principal: "*",
                Action: "kms:Sign",
                Resource: "*",
                Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } },
            }),
        refused: /anyone .*→ kms:Sign on key alias\/basil\/jwt-signing-primary/,
        policy: "custody-effective-access",
    },
    {
        name: 'basil: the JWT key lets "*" Sign when StringEquals aws:PrincipalType is AssumedRole (every role session of every account)',
        stack: "basil",
        edit: r =>
            addStatements(find(r, KEY, "basil-key-jwt-signing-primary"), "policy", {
                Effect: "Allow",
                Principal: "*",
                Action: "kms:Sign",
                Resource: "*",
                Condition: { StringEquals: { "aws:PrincipalType": "AssumedRole" } },
            }),
        refused: /anyone .*→ kms:Sign on key alias\/basil\/jwt-signing-primary/,
        policy: "custody-effective-access",
    },
    {
        name: "trust-domain: the key manager also given kms:ReplicateKey (copies a multi-Region signing key into another Region under a policy it writes)",
        stack: "trust-domain",
        edit: r =>
            editStatements(find(r, ROLE_POLICY, "trust-domain-role-access"), "policy", ss =>
                ss.map(s =>
                    s.Sid === "TrustDomainKeyManager"
                        ? { ...s, Action: [...(s.Action as string[]), "kms:ReplicateKey"] }
                        : s,
                ),
            ),
        refused: /allows kms:GetPublicKey, kms:ReplicateKey, .*not in workload trust-domain's allow entries/,
        policy: "custody-effective-access",
    },
    {
        name: "cross-account: the access role's table reads widened to the prefix table/my-table* (also my-table-archive, my-table2)",
        stack: "cross-account",
        edit: r =>
            editStatements(find(r, ROLE_POLICY, "cross-account-access-access"), "policy", ss =>
                ss.map(s =>
                    s.Sid === "ReadAccountATable"
                        ? { ...s, Resource: ["arn:aws:dynamodb:us-east-1:666666666666:table/my-table*"] }
                        : s,
                ),
            ),
        refused: /role accountb-instance-role-dynamodb.*table\/my-table\*/,
        policy: "custody-effective-access",
    },
    {
        name: "basil: the provisioner given kms:DeleteAlias on alias/basil/* and key/* beside its CreateAlias (delete + recreate = repoint a catalog alias at a key whose policy it wrote)",
        stack: "basil",
        edit: r =>
            addStatements(find(r, ROLE_POLICY, "basil-provisioner-access"), "policy", {
                Sid: "BasilRetireAliases",
                Effect: "Allow",
                Action: "kms:DeleteAlias",
                Resource: [
                    "arn:aws:kms:us-east-1:111122223333:alias/basil/*",
                    "arn:aws:kms:us-east-1:111122223333:key/*",
                ],
            }),
        refused:
            /role basil-provisioner → .*kms:DeleteAlias.*reaching key alias\/basil\/jwt-signing-primary, key alias\/basil\/payload-aead/,
        policy: "custody-effective-access",
    },
    {
        name: "a Lambda role allowed GetItem/Query/Scan on every table of the account tagged owner=platform-custody (DynamoDB ABAC by aws:ResourceTag: the keystore carries that tag)",
        edit: r =>
            serviceRole(r, signerPolicy(r), "report-fn", {
                Effect: "Allow",
                Action: ["dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan"],
                Resource: `arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/*`,
                Condition: { StringEquals: { "aws:ResourceTag/owner": "platform-custody" } },
            }),
        refused:
            /role report-fn → .*dynamodb:GetItem, dynamodb:Query, dynamodb:Scan on .*table\/\*, reaching .*table custody-prod-keystore/,
        policy: "custody-effective-access",
    },
    {
        name: "pod-identity: the trust's namespace pin given a second value (validators-canary): the canary namespace's containment-chamber becomes the signer",
        stack: "pod-identity",
        edit: r =>
            editStatements(find(r, ROLE, "signer-role"), "assumeRolePolicy", ss =>
                ss.map(s => {
                    const c = JSON.parse(JSON.stringify(s.Condition)) as Record<string, Record<string, unknown>>;
                    c.StringEquals["aws:RequestTag/kubernetes-namespace"] = ["validators", "validators-canary"];
                    return { ...s, Condition: c };
                }),
            ),
        refused: /ServiceAccount validators-canary\/containment-chamber \(EKS Pod Identity/,
        policy: "custody-effective-access",
    },
    {
        name: "cross-account: a ResourcePolicy on my-table (account A) letting account B's instance-role Query it directly, bypassing the access role and its external id",
        stack: "cross-account",
        edit: r => {
            const like = find(r, ROLE_POLICY, "cross-account-access-access");
            r.push(
                resourceLike(like, "aws:dynamodb/resourcePolicy:ResourcePolicy", "my-table-policy", {
                    resourceArn: "arn:aws:dynamodb:us-east-1:666666666666:table/my-table",
                    policy: doc({
                        Effect: "Allow",
                        Principal: { AWS: "arn:aws:iam::777777777777:role/instance-role" },
                        Action: ["dynamodb:GetItem", "dynamodb:Query"],
                        Resource: "arn:aws:dynamodb:us-east-1:666666666666:table/my-table",
                    }),
                }),
            );
        },
        refused: /role instance-role → dynamodb:GetItem, dynamodb:Query on table my-table/,
        policy: "custody-effective-access",
    },
    {
        name: 'a Lambda role allowed Action "*:*" on Resource "arn:*:*:*:*:*" (every action of every service, spelled with a service wildcard)',
        stack: "basil",
        edit: r =>
            serviceRole(r, find(r, ROLE_POLICY, "basil-runtime-access"), "report-fn", {
                Effect: "Allow",
                Action: "*:*",
                Resource: "arn:*:*:*:*:*",
            }),
        refused: /role report-fn → iam:UpdateAssumeRolePolicy .*rewrites who may assume basil-agent/,
        policy: "custody-effective-access",
    },
    {
        name: 'basil: a Lambda role allowed "km?:*Key*" on Resource "arn:aws:kms:*:*:*" (ScheduleKeyDeletion, PutKeyPolicy, DisableKey on the catalog keys)',
        stack: "basil",
        edit: r =>
            serviceRole(r, find(r, ROLE_POLICY, "basil-runtime-access"), "report-fn", {
                Effect: "Allow",
                Action: "km?:*Key*",
                Resource: "arn:aws:kms:*:*:*",
            }),
        refused:
            /role report-fn → .*kms:CancelKeyDeletion, .* on arn:aws:kms:\*:\*:\*, reaching key alias\/basil\/jwt-signing-primary, key alias\/basil\/payload-aead/,
        policy: "custody-effective-access",
    },
    {
        name: "basil: the payload key lets the DynamoDB service principal (dynamodb.amazonaws.com, any customer's tables) Decrypt without a source pin",
        stack: "basil",
        edit: r =>
            addStatements(find(r, KEY, "basil-key-payload-aead"), "policy", {
                Effect: "Allow",
                Principal: { Service: "dynamodb.amazonaws.com" },
                Action: ["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey*"],
                Resource: "*",
            }),
        refused: /service dynamodb\.amazonaws\.com → kms:Decrypt, kms:Encrypt.* on key alias\/basil\/payload-aead/,
        policy: "custody-effective-access",
    },
];

const secure: Case[] = [
    {
        name: "basil: the provisioner's break-glass trust also requires MFA (Bool aws:MultiFactorAuthPresent true)",
        stack: "basil",
        edit: r =>
            editStatements(find(r, ROLE, "basil-provisioner"), "assumeRolePolicy", ss =>
                ss.map(s =>
                    JSON.stringify(s.Principal).includes("platform-break-glass")
                        ? { ...s, Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } } }
                        : s,
                ),
            ),
    },
    {
        name: "share-1's key policy hardened with a Deny of PutKeyPolicy/ScheduleKeyDeletion/DisableKey to all but a deployer role (StringNotEquals aws:PrincipalArn)",
        edit: r =>
            addStatements(share(r, 1), "policy", {
                Sid: "OnlyDeployerManages",
                Effect: "Deny",
                Principal: "*",
                Action: ["kms:PutKeyPolicy", "kms:ScheduleKeyDeletion", "kms:DisableKey"],
                Resource: "*",
                Condition: { StringNotEquals: { "aws:PrincipalArn": `arn:aws:iam::${PRIMARY}:role/custody-deployer` } },
            }),
    },
    {
        name: "the keystore's SSE key named by its bare key id (DynamoDB accepts a key id, ARN, alias name or alias ARN; it reports the key ARN back)",
        edit: r => {
            const t = find(r, TABLE, "signer-tables-keystore");
            const sse = prop(t, "serverSideEncryption") as { enabled: boolean; kmsKeyArn: string };
            t.inputs = {
                ...t.inputs,
                serverSideEncryption: { ...sse, kmsKeyArn: sse.kmsKeyArn.replace(/^.*key\//, "") },
            };
        },
    },
    {
        name: "trust-domain: the key manager's CreateKey limited to ECC_NIST_P256 signing keys (kms:KeySpec, kms:KeyUsage) in its own statement",
        stack: "trust-domain",
        edit: r =>
            editStatements(find(r, ROLE_POLICY, "trust-domain-role-access"), "policy", ss =>
                ss.flatMap(s =>
                    s.Sid === "TrustDomainKeyManager"
                        ? [
                              { ...s, Action: (s.Action as string[]).filter(a => a !== "kms:CreateKey") },
                              {
                                  Sid: "TrustDomainCreateSigningKeys",
                                  Effect: "Allow",
                                  Action: "kms:CreateKey",
                                  Resource: "*",
                                  Condition: {
                                      StringEquals: { "kms:KeySpec": "ECC_NIST_P256", "kms:KeyUsage": "SIGN_VERIFY" },
                                  },
                              },
                          ]
                        : [s],
                ),
            ),
    },
    {
        name: "cross-account: the access role's Decrypt only through DynamoDB (kms:ViaService dynamodb.us-east-1.amazonaws.com)",
        stack: "cross-account",
        edit: r =>
            editStatements(find(r, ROLE_POLICY, "cross-account-access-access"), "policy", ss =>
                ss.map(s =>
                    s.Sid === "DecryptWithAccountAKey"
                        ? {
                              ...s,
                              Condition: { StringEquals: { "kms:ViaService": "dynamodb.us-east-1.amazonaws.com" } },
                          }
                        : s,
                ),
            ),
    },
    {
        name: "basil: the runtime's statement split per key (Sign/Verify/GetPublicKey on the JWT key, Encrypt/Decrypt on the payload key), alias condition kept",
        stack: "basil",
        edit: r =>
            editStatements(find(r, ROLE_POLICY, "basil-runtime-access"), "policy", ss =>
                ss.flatMap(s => {
                    const [jwt, payload] = s.Resource as string[];
                    return [
                        {
                            ...s,
                            Sid: "BasilJwt",
                            Action: ["kms:Sign", "kms:Verify", "kms:GetPublicKey", "kms:DescribeKey"],
                            Resource: jwt,
                        },
                        {
                            ...s,
                            Sid: "BasilPayload",
                            Action: ["kms:Encrypt", "kms:Decrypt", "kms:DescribeKey"],
                            Resource: payload,
                        },
                    ];
                }),
            ),
    },
    {
        name: "cross-account: the caller's AssumeRole statement also requires the access role's external id (sts:ExternalId)",
        stack: "cross-account",
        edit: r =>
            editStatements(find(r, ROLE_POLICY, "cross-account-caller-access"), "policy", ss =>
                ss.map(s => ({
                    ...s,
                    Condition: { StringEquals: { "sts:ExternalId": "custody-cross-account-example" } },
                })),
            ),
    },
    {
        name: "trust-domain: the key manager's statement narrowed by kms:SigningAlgorithm (ECDSA_SHA_256 only, IfExists for the non-signing actions)",
        stack: "trust-domain",
        edit: r =>
            editStatements(find(r, ROLE_POLICY, "trust-domain-role-access"), "policy", ss =>
                ss.map(s =>
                    s.Sid === "TrustDomainKeyManager"
                        ? { ...s, Condition: { StringEqualsIfExists: { "kms:SigningAlgorithm": "ECDSA_SHA_256" } } }
                        : s,
                ),
            ),
    },
    {
        name: "basil: the payload key hardened with a Deny of Decrypt to every principal but the runtime basil-agent (StringNotEquals aws:PrincipalArn)",
        stack: "basil",
        edit: r =>
            addStatements(find(r, KEY, "basil-key-payload-aead"), "policy", {
                Sid: "OnlyRuntimeDecrypts",
                Effect: "Deny",
                Principal: "*",
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { StringNotEquals: { "aws:PrincipalArn": "arn:aws:iam::111122223333:role/basil-agent" } },
            }),
    },
    {
        name: "share-1's root delegation naming the account by its bare id (111111111111, the same principal)",
        edit: r =>
            editStatements(share(r, 1), "policy", ss =>
                ss.map(s => (s.Sid === "EnableIAMDelegation" ? { ...s, Principal: { AWS: PRIMARY } } : s)),
            ),
    },
    {
        name: "share-1's signer statement narrowed by an upper-case condition key (AWS:PRINCIPALARN equals the signer)",
        edit: r =>
            editStatements(share(r, 1), "policy", ss =>
                ss.map(s =>
                    s.Sid === "AllowSignerRole"
                        ? { ...s, Condition: { StringEquals: { "AWS:PRINCIPALARN": SIGNER } } }
                        : s,
                ),
            ),
    },
    {
        name: "share-1's key policy hardened with a Deny of every call over plain HTTP (Bool aws:SecureTransport false)",
        edit: r =>
            addStatements(share(r, 1), "policy", {
                Sid: "DenyInsecureTransport",
                Effect: "Deny",
                Principal: "*",
                Action: "kms:*",
                Resource: "*",
                Condition: { Bool: { "aws:SecureTransport": "false" } },
            }),
    },
    {
        name: "the signer's policy guarded by its own Deny of kms:* on NotResource its three share keys",
        edit: r => {
            const keys = (
                JSON.parse(prop(signerPolicy(r), "policy") as string) as { Statement: Statement[] }
            ).Statement.find(s => s.Sid === "KMSShareKeyWrap")!.Resource;
            addStatements(signerPolicy(r), "policy", {
                Sid: "OnlyShareKeys",
                Effect: "Deny",
                Action: "kms:*",
                NotResource: keys,
            });
        },
    },
    {
        name: "signer-state moved to the Standard-IA table class",
        edit: r => setProp(find(r, TABLE, "signer-tables-signer-state"), "tableClass", "STANDARD_INFREQUENT_ACCESS"),
    },
    {
        name: "share-1's signer statement split in two (Encrypt and Decrypt under their own Sids)",
        edit: r =>
            editStatements(share(r, 1), "policy", ss =>
                ss.flatMap(s =>
                    s.Sid === "AllowSignerRole"
                        ? [
                              { ...s, Sid: "AllowSignerEncrypt", Action: "kms:Encrypt" },
                              { ...s, Sid: "AllowSignerDecrypt", Action: ["kms:Decrypt"] },
                          ]
                        : [s],
                ),
            ),
    },
];

describe("red team 17: AWS side", () => {
    describe("insecure variants are refused", () => {
        for (const c of insecure) {
            (c.skip ? it.skip : it)(c.name, async () => {
                const r = await stackResources(c.stack ?? "prod");
                c.edit(r);
                const ds = await runWholePack(c.stack ?? "prod", r);
                assertRefused(ds, c.refused!, c.policy);
            });
        }
    });
    describe("secure variants are accepted", () => {
        for (const c of secure) {
            (c.skip ? it.skip : it)(c.name, async () => {
                const r = await stackResources(c.stack ?? "prod");
                c.edit(r);
                assertClean(await runWholePack(c.stack ?? "prod", r));
            });
        }
    });
});
