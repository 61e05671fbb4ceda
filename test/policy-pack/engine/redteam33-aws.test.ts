// Red-team round 33 on the AWS level (fresh eyes), beyond guard Denies: who can become the runtime roles (trust
// principals and condition forms), transitive power (grants, replica keys, access keys), key-policy delegation of
// CreateGrant, DynamoDB retention settings, and condition-key spellings. Insecure variants the whole pack must refuse
// (each with the path message it must name), secure variants it must accept.
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
const ATTACKER = `arn:aws:iam::${PRIMARY}:role/attacker`;
const ACCOUNT_A = "666666666666";
const ACCOUNT_B = "777777777777";
const CALLER = `arn:aws:iam::${ACCOUNT_B}:role/instance-role`;
const CLUSTER = `arn:aws:eks:eu-west-1:${PRIMARY}:cluster/prod-validators`;
const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const TABLE = "aws:dynamodb/table:Table";

type Statement = Record<string, any>;
type Doc = { Statement: Statement[] };

/** Edits a JSON policy property in place. */
function editDoc(r: AnalyzerResourceInput, key: string, edit: (d: Doc) => void): void {
    const d = JSON.parse(prop(r, key) as string) as Doc;
    edit(d);
    setProp(r, key, JSON.stringify(d));
}

const share = (r: Resources, i: number) => find(r, KEY, `signer-shares-share-${i}`);
const cmk = (r: Resources) => find(r, KEY, "signer-tables-cmk");
const signerRole = (r: Resources) => find(r, ROLE, "signer-role");
const accessRole = (r: Resources) => find(r, ROLE, "cross-account-access");

/** A role of the stack next to `like`, trusted by a service, with one inline policy. */
function serviceRole(
    r: Resources,
    like: AnalyzerResourceInput,
    name: string,
    service: string,
    ...statements: object[]
) {
    r.push(
        resourceLike(like, ROLE, name, {
            name,
            arn: `arn:aws:iam::${PRIMARY}:role/${name}`,
            assumeRolePolicy: doc({ Effect: "Allow", Principal: { Service: service }, Action: "sts:AssumeRole" }),
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
        name: "share-1's key policy lets the signer kms:CreateGrant limited only by ForAllValues:StringEquals kms:GrantOperations [Decrypt] (no grantee pin: it can hand Decrypt to anyone)",
        edit: r =>
            addStatements(share(r, 1), "policy", {
                Sid: "SignerDelegatesDecrypt",
                Effect: "Allow",
                Principal: { AWS: SIGNER },
                Action: "kms:CreateGrant",
                Resource: "*",
                Condition: { "ForAllValues:StringEquals": { "kms:GrantOperations": ["Decrypt"] } },
            }),
        refused: /role custody-prod-signer → kms:CreateGrant on key alias\/custody-infra\/prod\/share-1/,
    },
    {
        name: "share-1's key policy admits the bare account id with StringLike aws:PrincipalArn role/custody-prod-signe? (a single-character wildcard: custody-prod-signex matches)",
        edit: r =>
            addStatements(share(r, 1), "policy", {
                Effect: "Allow",
                Principal: { AWS: PRIMARY },
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { StringLike: { "aws:PrincipalArn": `arn:aws:iam::${PRIMARY}:role/custody-prod-signe?` } },
            }),
        refused: /share-1 also lets arn:aws:iam::111111111111:root decrypt its share/,
    },
    {
        name: "a stack reporting role (EC2) allowed iam:CreateAccessKey on user/* of the signer account (becomes any IAM user, admins included)",
        edit: r =>
            serviceRole(r, signerRole(r), "reporting", "ec2.amazonaws.com", {
                Effect: "Allow",
                Action: "iam:CreateAccessKey",
                Resource: `arn:aws:iam::${PRIMARY}:user/*`,
            }),
        refused: /role reporting .*iam:CreateAccessKey/,
    },
    {
        name: "share-1 made multi-Region and replicated with @pulumi/aws 7's per-resource region (us-west-2) under a policy letting an outside role Decrypt",
        edit: r => {
            setProp(share(r, 1), "multiRegion", true);
            const arn = prop(share(r, 1), "arn") as string;
            const keyId = arn.split("/")[1];
            r.push(
                resourceLike(share(r, 1), "aws:kms/replicaKey:ReplicaKey", "share-1-replica", {
                    region: "us-west-2",
                    primaryKeyArn: arn,
                    description: "share-1 replica",
                    deletionWindowInDays: 30,
                    policy: doc(
                        {
                            Effect: "Allow",
                            Principal: { AWS: `arn:aws:iam::${PRIMARY}:root` },
                            Action: "kms:*",
                            Resource: "*",
                        },
                        { Effect: "Allow", Principal: { AWS: ATTACKER }, Action: "kms:Decrypt", Resource: "*" },
                    ),
                    arn: `arn:aws:kms:us-west-2:${PRIMARY}:key/${keyId}`,
                    keyId,
                }),
            );
        },
        refused: /role\/attacker \(outside this stack\) → kms:Decrypt on key share-1-replica/,
    },
    {
        name: "a Grant on the tables CMK to an outside role for Decrypt/GenerateDataKey, constrained to the keystore's DynamoDB context, the signer as retiring principal",
        edit: r =>
            r.push(
                resourceLike(cmk(r), "aws:kms/grant:Grant", "cmk-grant", {
                    keyId: prop(cmk(r), "arn"),
                    granteePrincipal: ATTACKER,
                    retiringPrincipal: SIGNER,
                    operations: ["Decrypt", "GenerateDataKey"],
                    constraints: [{ encryptionContextSubset: { "aws:dynamodb:tableName": "custody-prod-keystore" } }],
                }),
            ),
        refused:
            /role\/attacker \(outside this stack\) → kms:Decrypt, kms:GenerateDataKey on key alias\/custody-infra\/prod\/signer-tables \(kms Grant cmk-grant\)/,
    },
    {
        name: "the access role trusts B's root pinned by ArnLike ec2:SourceInstanceARN (any instance of B, whatever role it carries) and the external id",
        stack: "cross-account",
        edit: r =>
            editDoc(accessRole(r), "assumeRolePolicy", d => {
                d.Statement[0].Principal = { AWS: `arn:aws:iam::${ACCOUNT_B}:root` };
                d.Statement[0].Condition.ArnLike = {
                    "ec2:SourceInstanceARN": `arn:aws:ec2:*:${ACCOUNT_B}:instance/*`,
                };
            }),
        refused: /account 777777777777 \(any identity its IAM policies allow\) → sts:AssumeRole/,
    },
    {
        name: "the cluster pin moved to ArnLike aws:SourceArn cluster/prod-validators* (any cluster named prod-validators-<x>), namespace and ServiceAccount tags kept",
        stack: "pod-identity",
        edit: r =>
            editDoc(signerRole(r), "assumeRolePolicy", d => {
                const c = d.Statement[0].Condition;
                delete c.StringEquals["aws:RequestTag/eks-cluster-arn"];
                c.ArnLike = { "aws:SourceArn": `${CLUSTER}*` };
                c.StringEquals["aws:SourceAccount"] = PRIMARY;
            }),
        refused: /trusts pods\.eks\.amazonaws\.com but does not pin the cluster/,
    },
    {
        name: "the tables CMK's DynamoDB statement keeps kms:ViaService but kms:CallerAccount moves to StringEqualsIfExists (DynamoDB always sends it; still any principal of the account)",
        edit: r =>
            editDoc(cmk(r), "policy", d => {
                const s = d.Statement[1];
                s.Principal = { AWS: "*" };
                s.Condition = {
                    StringEqualsIfExists: { "kms:CallerAccount": [PRIMARY, ACCOUNT_A] },
                    StringEquals: { "kms:ViaService": "dynamodb.eu-west-1.amazonaws.com" },
                };
            }),
        refused: /allows "\*" without a condition pinning the caller to the key's account 111111111111/,
    },
    {
        name: "the IRSA trust's sub pin written StringLike system:serviceaccount:validators:containment-chamber? (one character more or less: containment-chambers)",
        edit: r =>
            editDoc(signerRole(r), "assumeRolePolicy", d => {
                const c = d.Statement[0].Condition;
                const sub = Object.keys(c.StringEquals).find(k => k.endsWith(":sub"))!;
                delete c.StringEquals[sub];
                c.StringLike = { [sub]: "system:serviceaccount:validators:containment-chambe?" };
            }),
        refused: /:sub uses StringLike; only StringEquals pins one exact value/,
    },
    {
        name: 'the keystore\'s DynamoDB ResourcePolicy lets "*" GetItem/Query when StringEquals aws:SourceVpce names one VPC endpoint (every principal that can route through it)',
        edit: r => {
            const t = find(r, TABLE, "signer-tables-keystore");
            r.push(
                resourceLike(t, "aws:dynamodb/resourcePolicy:ResourcePolicy", "keystore-vpce", {
                    resourceArn: prop(t, "arn"),
                    policy: doc({
                        Effect: "Allow",
                        Principal: "*",
                        Action: ["dynamodb:GetItem", "dynamodb:Query"],
                        Resource: prop(t, "arn"),
                        Condition: { StringEquals: { "aws:SourceVpce": "vpce-0123456789abcdef0" } },
                    }),
                }),
            );
        },
        refused:
            /anyone \("\*" without a condition naming the caller\) → dynamodb:GetItem, dynamodb:Query on table custody-prod-keystore/,
    },
    {
        name: "the Pod Identity pins reused for an outside role: a trust statement naming it (sts:AssumeRole, sts:TagSession) with the same three aws:RequestTag pins, which the caller sets itself",
        stack: "pod-identity",
        edit: r =>
            editDoc(signerRole(r), "assumeRolePolicy", d => {
                d.Statement.push({
                    ...JSON.parse(JSON.stringify(d.Statement[0])),
                    Principal: { AWS: ATTACKER },
                });
            }),
        refused: /role\/attacker/,
    },
];

const secure: Case[] = [
    {
        name: "the tables CMK's DynamoDB statement with its condition keys spelled KMS:CallerAccount / KMS:ViaService (condition key names are case-insensitive)",
        edit: r =>
            editDoc(cmk(r), "policy", d => {
                d.Statement[1].Condition = {
                    StringEquals: {
                        "KMS:CallerAccount": PRIMARY,
                        "KMS:ViaService": "dynamodb.eu-west-1.amazonaws.com",
                    },
                };
            }),
    },
    {
        name: "the trust's three pins with the key prefix spelled AWS:RequestTag/ (case-insensitive key names)",
        stack: "pod-identity",
        edit: r =>
            editDoc(signerRole(r), "assumeRolePolicy", d => {
                const eq = d.Statement[0].Condition.StringEquals;
                for (const k of Object.keys(eq)) {
                    eq[k.replace(/^aws:/, "AWS:")] = eq[k];
                    delete eq[k];
                }
            }),
    },
    {
        name: "every share key's AllowSignerRole also pinned by aws:PrincipalType AssumedRole and aws:PrincipalAccount (both true for the signer's sessions)",
        edit: r => {
            for (const i of [1, 2, 3])
                editDoc(share(r, i), "policy", d => {
                    const s = d.Statement.find(x => x.Sid === "AllowSignerRole")!;
                    s.Condition = {
                        StringEquals: { "aws:PrincipalType": "AssumedRole", "aws:PrincipalAccount": PRIMARY },
                    };
                });
        },
    },
    {
        name: "the keystore with deletion protection and point-in-time recovery kept 35 days (recoveryPeriodInDays)",
        edit: r => {
            const t = find(r, TABLE, "signer-tables-keystore");
            setProp(t, "deletionProtectionEnabled", true);
            setProp(t, "pointInTimeRecovery", { enabled: true, recoveryPeriodInDays: 35 });
        },
    },
    {
        name: "the signer's keystore statement narrowed by ForAllValues:StringEquals dynamodb:Attributes and StringEqualsIfExists dynamodb:Select SPECIFIC_ATTRIBUTES",
        edit: r =>
            editDoc(find(r, "aws:iam/rolePolicy:RolePolicy", "signer-role-access"), "policy", d => {
                const s = d.Statement.find(x => x.Sid === "DynamoDBKeySource")!;
                s.Condition = {
                    "ForAllValues:StringEquals": { "dynamodb:Attributes": ["pk", "sk", "share", "version"] },
                    StringEqualsIfExists: { "dynamodb:Select": "SPECIFIC_ATTRIBUTES" },
                };
            }),
    },
    {
        name: "the access role's trust also pinned by aws:PrincipalAccount and ArnEquals aws:PrincipalArn (the caller itself)",
        stack: "cross-account",
        edit: r =>
            editDoc(accessRole(r), "assumeRolePolicy", d => {
                d.Statement[0].Condition.StringEquals["aws:PrincipalAccount"] = ACCOUNT_B;
                d.Statement[0].Condition.ArnEquals = { "aws:PrincipalArn": CALLER };
            }),
    },
    {
        name: "the access role's trust adds a Deny of sts:AssumeRole to everyone when sts:ExternalId is absent (Null true)",
        stack: "cross-account",
        edit: r =>
            addStatements(accessRole(r), "assumeRolePolicy", {
                Effect: "Deny",
                Principal: { AWS: "*" },
                Action: "sts:AssumeRole",
                Condition: { Null: { "sts:ExternalId": "true" } },
            }),
    },
    {
        name: "the provisioner's break-glass trust written as the account root pinned by ArnEquals aws:PrincipalArn role/platform-break-glass (only that role)",
        stack: "basil",
        edit: r =>
            editDoc(find(r, ROLE, "basil-provisioner"), "assumeRolePolicy", d => {
                d.Statement[0].Principal = { AWS: "arn:aws:iam::111122223333:root" };
                d.Statement[0].Condition = {
                    ArnEquals: { "aws:PrincipalArn": "arn:aws:iam::111122223333:role/platform-break-glass" },
                };
            }),
    },
];

const stackOf = (c: Case) => c.stack ?? "prod";

describe("allowlist: red-team round 33 on the AWS level", () => {
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
            assertClean(await runWholePack(stackOf(c), r));
        });
    }
});
