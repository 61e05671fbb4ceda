// Red-team round 28 on the AWS level (fresh eyes): web identity trusts of the public providers AWS federates without an
// IAM OIDC provider (Login with Amazon, Facebook) pinned only by their app id, a single-character wildcard in an
// aws:PrincipalArn pin, network-only pins on a key policy, a trust statement written with NotAction, and secure
// variants a careful platform team writes (guard Denies on keys and tables, an aud guard on the IRSA trust, encryption
// context pins). Insecure variants the whole pack must refuse (each with the path message it must name), secure
// variants it must accept.
import {
    addStatements,
    assertClean,
    assertRefused,
    doc,
    find,
    resourceLike,
    Resources,
    runWholePack,
    stackResources,
} from "./support";

const PRIMARY = "111111111111";
const SIGNER = `arn:aws:iam::${PRIMARY}:role/custody-prod-signer`;
const ATTACKER = `arn:aws:iam::${PRIMARY}:role/attacker`;
const ISSUER = "oidc.eks.eu-west-1.amazonaws.com/id/A1B2C3D4E5F60718293A4B5C6D7E8F90";
const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const TABLE = "aws:dynamodb/table:Table";
const RESOURCE_POLICY = "aws:dynamodb/resourcePolicy:ResourcePolicy";

const signerRole = (r: Resources) => find(r, ROLE, "signer-role");
const share = (r: Resources, i: number) => find(r, KEY, `signer-shares-share-${i}`);

type Case = { name: string; stack?: string; edit: (r: Resources) => void; refused?: RegExp; skip?: string };

const insecure: Case[] = [
    {
        name: "the signer's trust also admits Login with Amazon web identities pinned only by the app id (www.amazon.com:app_id: every Amazon customer signing in to that app)",
        edit: r =>
            addStatements(signerRole(r), "assumeRolePolicy", {
                Effect: "Allow",
                Principal: { Federated: "www.amazon.com" },
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: { StringEquals: { "www.amazon.com:app_id": "amzn1.application-oa2-client.0123456789" } },
            }),
        refused: /www\.amazon\.com/,
    },
    {
        name: "the signer's trust also admits Facebook web identities pinned only by the app id (graph.facebook.com:app_id)",
        edit: r =>
            addStatements(signerRole(r), "assumeRolePolicy", {
                Effect: "Allow",
                Principal: { Federated: "graph.facebook.com" },
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: { StringEquals: { "graph.facebook.com:app_id": "123456789012345" } },
            }),
        refused: /graph\.facebook\.com/,
    },
    {
        name: 'share-1: "*" may Decrypt when ArnLike aws:PrincipalArn role/custody-prod-signe? (a single-character wildcard: custody-prod-signeX too)',
        edit: r =>
            addStatements(share(r, 1), "policy", {
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { ArnLike: { "aws:PrincipalArn": `arn:aws:iam::${PRIMARY}:role/custody-prod-signe?` } },
            }),
        refused: /custody-prod-signe\?.* → kms:Decrypt on key alias\/custody-infra\/prod\/share-1/,
    },
    {
        name: 'share-3 (account 333333333333): "*" may Decrypt from one VPC endpoint only (aws:SourceVpce pins a network, not a principal)',
        edit: r =>
            addStatements(share(r, 3), "policy", {
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { StringEquals: { "aws:SourceVpce": "vpce-0123456789abcdef0" } },
            }),
        refused: /anyone.* → kms:Decrypt on key alias\/custody-infra\/prod\/share-3/,
    },
    {
        name: "the signer's trust gains a statement for an outside role written with NotAction sts:AssumeRoleWithSAML (NotAction admits sts:AssumeRole)",
        edit: r =>
            addStatements(signerRole(r), "assumeRolePolicy", {
                Effect: "Allow",
                Principal: { AWS: ATTACKER },
                NotAction: ["sts:AssumeRoleWithSAML", "sts:AssumeRoleWithWebIdentity"],
            }),
        refused: /role\/attacker/,
    },
    {
        name: "the keystore's table policy (ResourcePolicy) lets an outside role Query the status index only (table/.../index/*: the index projects the whole item)",
        edit: r => {
            const t = find(r, TABLE, "signer-tables-keystore");
            r.push(
                resourceLike(t, RESOURCE_POLICY, "keystore-index-policy", {
                    resourceArn: `arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/custody-prod-keystore`,
                    policy: doc({
                        Effect: "Allow",
                        Principal: { AWS: "arn:aws:iam::999999999999:role/reporting" },
                        Action: "dynamodb:Query",
                        Resource: `arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/custody-prod-keystore/index/*`,
                    }),
                }),
            );
        },
        refused: /reporting.* → dynamodb:Query on table custody-prod-keystore/,
    },
    {
        name: "the signer's trust: the IRSA subject pinned with StringLike on a sub ending in * (validators:containment-chamber* also admits containment-chamber-debug)",
        edit: r =>
            addStatements(signerRole(r), "assumeRolePolicy", {
                Effect: "Allow",
                Principal: { Federated: `arn:aws:iam::${PRIMARY}:oidc-provider/${ISSUER}` },
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: {
                    StringLike: { [`${ISSUER}:sub`]: "system:serviceaccount:validators:containment-chamber*" },
                    StringEquals: { [`${ISSUER}:aud`]: "sts.amazonaws.com" },
                },
            }),
        refused: /containment-chamber\*|every token|oidc/i,
    },
    {
        name: 'the signer-state table\'s inline resourcePolicy: "*" of the account may Scan when aws:PrincipalTag/team is custody (whoever tags a principal)',
        edit: r => {
            const t = find(r, TABLE, "signer-tables-signer-state");
            const p = doc({
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${PRIMARY}:root` },
                Action: "dynamodb:Scan",
                Resource: `arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/custody-prod-signer-state`,
                Condition: { StringEquals: { "aws:PrincipalTag/team": "custody" } },
            });
            t.inputs = { ...t.inputs, resourcePolicy: p };
            if (t.outputs) t.outputs = { ...t.outputs, resourcePolicy: p };
        },
        refused: /dynamodb:Scan on table custody-prod-signer-state/,
    },
    {
        name: 'the jwt signing key lets "*" Sign pinned only by the signing algorithm and message type (kms:SigningAlgorithm, kms:MessageType pin a request, not a principal)',
        stack: "basil",
        edit: r =>
            addStatements(find(r, KEY, "basil-key-jwt-signing-primary"), "policy", {
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: "kms:Sign",
                Resource: "*",
                Condition: {
                    StringEquals: { "kms:SigningAlgorithm": "ECDSA_SHA_256", "kms:MessageType": "DIGEST" },
                },
            }),
        refused: /anyone.* → kms:Sign on key alias\/basil\/jwt-signing-primary/,
    },
];

const secure: Case[] = [
    {
        name: "share-1 guarded: Deny every principal but the signer and the account root any kms: action (ArnNotEquals aws:PrincipalArn, not for AWS services)",
        edit: r =>
            addStatements(share(r, 1), "policy", {
                Sid: "OnlySignerOrRoot",
                Effect: "Deny",
                Principal: { AWS: "*" },
                Action: ["kms:Decrypt", "kms:Encrypt", "kms:ReEncrypt*"],
                Resource: "*",
                Condition: {
                    ArnNotEquals: { "aws:PrincipalArn": [SIGNER, `arn:aws:iam::${PRIMARY}:root`] },
                    Bool: { "aws:PrincipalIsAWSService": "false" },
                },
            }),
    },
    {
        name: "the signer's trust: a guard Deny on web identity tokens whose aud is not sts.amazonaws.com",
        edit: r =>
            addStatements(signerRole(r), "assumeRolePolicy", {
                Effect: "Deny",
                Principal: { Federated: `arn:aws:iam::${PRIMARY}:oidc-provider/${ISSUER}` },
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: { StringNotEquals: { [`${ISSUER}:aud`]: "sts.amazonaws.com" } },
            }),
    },
    {
        name: "share-2's signer statement narrowed by an encryption context pin (StringEquals kms:EncryptionContext:custody:share)",
        edit: r =>
            addStatements(share(r, 2), "policy", {
                Sid: "SignerWithContext",
                Effect: "Allow",
                Principal: { AWS: SIGNER },
                Action: ["kms:Encrypt", "kms:Decrypt"],
                Resource: "*",
                Condition: { StringEquals: { "kms:EncryptionContext:custody:share": "2" } },
            }),
    },
    {
        name: "the keystore's table policy (ResourcePolicy): Deny everyone but the signer and the deployer data-plane reads (StringNotEquals aws:PrincipalArn)",
        edit: r => {
            const t = find(r, TABLE, "signer-tables-keystore");
            r.push(
                resourceLike(t, RESOURCE_POLICY, "keystore-guard-policy", {
                    resourceArn: `arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/custody-prod-keystore`,
                    policy: doc({
                        Sid: "OnlySigner",
                        Effect: "Deny",
                        Principal: "*",
                        Action: ["dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:BatchGetItem"],
                        Resource: [
                            `arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/custody-prod-keystore`,
                            `arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/custody-prod-keystore/index/*`,
                        ],
                        Condition: { StringNotEquals: { "aws:PrincipalArn": SIGNER } },
                    }),
                }),
            );
        },
    },
    {
        name: "the tables CMK guarded: Deny Decrypt unless called through DynamoDB in eu-west-1 (StringNotEquals kms:ViaService), AWS services excepted",
        edit: r =>
            addStatements(find(r, KEY, "signer-tables-cmk"), "policy", {
                Sid: "OnlyThroughDynamoDB",
                Effect: "Deny",
                Principal: { AWS: "*" },
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: {
                    StringNotEquals: { "kms:ViaService": "dynamodb.eu-west-1.amazonaws.com" },
                    Bool: { "aws:PrincipalIsAWSService": "false" },
                },
            }),
    },
];

const stackOf = (c: Case) => c.stack ?? "prod";
describe("allowlist: red-team round 28 on the AWS level", () => {
    for (const c of insecure) {
        (c.skip ? it.skip : it)(`refuses: ${stackOf(c)}: ${c.name}`, async () => {
            const r = await stackResources(stackOf(c));
            c.edit(r);
            assertRefused(await runWholePack(stackOf(c), r), c.refused ?? /./);
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
