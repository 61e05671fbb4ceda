// Red-team round 26 on the AWS level (fresh eyes): tag-based access (ABAC) beside the tagging right itself, a
// ForAllValues condition on a key the caller may not send, a DynamoDB stream's own resource policy, a Cognito
// federated trust, policy-version rollback, the Pulumi AWS v7 per-resource `region` (a resource managed in another
// Region than its provider's, also during a first preview), the separate GlobalSecondaryIndex resource, and secure
// variants a careful platform team writes (exclusive inline/managed policy ownership, TagSession beside IRSA, a GSI or
// a tag as their own resources). Insecure variants the whole pack must refuse (each with the path message it must
// name), secure variants it must accept.
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
const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const TABLE = "aws:dynamodb/table:Table";
const RESOURCE_POLICY = "aws:dynamodb/resourcePolicy:ResourcePolicy";
const GSI = "aws:dynamodb/globalSecondaryIndex:GlobalSecondaryIndex";
const OPS_ADMIN = `arn:aws:iam::${PRIMARY}:role/ops-admin`;

const signerRole = (r: Resources) => find(r, ROLE, "signer-role");
const add = (r: Resources, like: AnalyzerResourceInput, type: string, name: string, inputs: Record<string, unknown>) =>
    r.push(resourceLike(like, type, name, inputs));

/** A role of the stack next to `like`, trusted by Lambda (pinned to its account), with one inline policy. */
function lambdaRole(r: Resources, like: AnalyzerResourceInput, name: string, ...statements: object[]): void {
    add(r, like, ROLE, name, {
        name,
        arn: `arn:aws:iam::${PRIMARY}:role/${name}`,
        assumeRolePolicy: doc({
            Effect: "Allow",
            Principal: { Service: "lambda.amazonaws.com" },
            Action: "sts:AssumeRole",
            Condition: { StringEquals: { "aws:SourceAccount": PRIMARY } },
        }),
        inlinePolicies: [{ name: "access", policy: doc(...statements) }],
    });
}

/**
 * A copy of `like`'s AWS provider (same account and credentials) configured for `region`: with Pulumi AWS v7 a
 * resource on it may still be managed in another Region through its own top-level `region` (Pulumi registry, "Enhanced
 * Region Support": "manage a resource in a Region different from the one specified in the provider configuration").
 */
function providerIn(like: AnalyzerResourceInput, region: string): AnalyzerResourceInput["provider"] {
    const p = JSON.parse(JSON.stringify(like.provider)) as {
        urn: string;
        name: string;
        inputs: Record<string, unknown>;
    };
    p.urn = p.urn.replace(/::aws-signer$/, `::aws-signer-${region}`);
    p.name = `aws-signer-${region}`;
    p.inputs = { ...p.inputs, region };
    return p as unknown as AnalyzerResourceInput["provider"];
}

/** A rotated-out share key (kept to decrypt old wraps), its policy also letting ops-admin decrypt. */
function previousShareKey(r: Resources, known: boolean): AnalyzerResourceInput {
    const share1 = find(r, KEY, "signer-shares-share-1");
    const policy = doc(
        {
            Sid: "Root",
            Effect: "Allow",
            Principal: { AWS: `arn:aws:iam::${PRIMARY}:root` },
            Action: "kms:*",
            Resource: "*",
        },
        { Sid: "Ops", Effect: "Allow", Principal: { AWS: OPS_ADMIN }, Action: "kms:Decrypt", Resource: "*" },
    );
    const inputs = {
        description: "Shamir share 1 (rotated out)",
        enableKeyRotation: true,
        deletionWindowInDays: 30,
        region: "eu-west-1",
        policy,
    };
    const ids = known
        ? {
              arn: `arn:aws:kms:eu-west-1:${PRIMARY}:key/0b0b0b0b-1111-2222-3333-444444444444`,
              keyId: "0b0b0b0b-1111-2222-3333-444444444444",
          }
        : {};
    const key = resourceLike(share1, KEY, "share-1-previous", { ...inputs, ...ids });
    if (!known) key.outputs = { region: "eu-west-1", policy };
    (key as unknown as { options: Record<string, unknown> }).options = {
        ...((share1 as unknown as { options?: Record<string, unknown> }).options ?? {}),
        protect: true,
    };
    key.provider = providerIn(share1, "us-west-2");
    r.push(key);
    return key;
}

type Case = { stack: string; name: string; preview?: boolean; edit: (r: Resources) => void; refused?: RegExp };

const insecure: Case[] = [
    {
        stack: "prod",
        name: "a Lambda role allowed kms:Decrypt on key/* only for keys tagged team=reports (no share carries it) and kms:TagResource (team only) on key/*: it tags share-1 team=reports, then decrypts",
        edit: r =>
            lambdaRole(
                r,
                signerRole(r),
                "custody-prod-reports",
                {
                    Effect: "Allow",
                    Action: "kms:Decrypt",
                    Resource: `arn:aws:kms:eu-west-1:${PRIMARY}:key/*`,
                    Condition: { StringEquals: { "aws:ResourceTag/team": "reports" } },
                },
                {
                    Effect: "Allow",
                    Action: "kms:TagResource",
                    Resource: `arn:aws:kms:eu-west-1:${PRIMARY}:key/*`,
                    Condition: { "ForAllValues:StringEquals": { "aws:TagKeys": ["team"] } },
                },
            ),
        refused: /role custody-prod-reports → statement #2 .* allows kms:TagResource .*reaching .*share-1/,
    },
    {
        stack: "prod",
        name: "a Lambda role allowed GetItem/Query on table/* tagged team=reports (DynamoDB ABAC; no custody table carries it) and dynamodb:TagResource on table/*",
        edit: r =>
            lambdaRole(
                r,
                signerRole(r),
                "custody-prod-reports",
                {
                    Effect: "Allow",
                    Action: ["dynamodb:GetItem", "dynamodb:Query"],
                    Resource: `arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/*`,
                    Condition: { StringEquals: { "aws:ResourceTag/team": "reports" } },
                },
                {
                    Effect: "Allow",
                    Action: "dynamodb:TagResource",
                    Resource: `arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/*`,
                },
            ),
        refused:
            /role custody-prod-reports → statement #2 .* allows dynamodb:TagResource .*reaching .*table custody-prod-keystore/,
    },
    {
        // IAM User Guide, "Single-valued vs. multivalued context keys": ForAllValues returns true when the request has
        // no such key; a direct call carries no aws:CalledVia.
        stack: "prod",
        name: 'share-1\'s key policy lets "*" Decrypt when ForAllValues:StringEquals aws:CalledVia is [dynamodb.amazonaws.com] (true for every direct call, which has no aws:CalledVia)',
        edit: r =>
            addStatements(find(r, KEY, "signer-shares-share-1"), "policy", {
                Sid: "ThroughDynamoDB",
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { "ForAllValues:StringEquals": { "aws:CalledVia": ["dynamodb.amazonaws.com"] } },
            }),
        refused: /anyone .*→ kms:Decrypt on key alias\/custody-infra\/prod\/share-1 \(statement "ThroughDynamoDB"/,
    },
    {
        // DynamoDB developer guide, "DynamoDB resource-based policy examples": "Resource-based policy for a stream".
        stack: "prod",
        name: "the keystore's stream turned on (NEW_IMAGE) with a ResourcePolicy on the stream's ARN letting account 999999999999 read its records",
        edit: r => {
            const t = find(r, TABLE, "signer-tables-keystore");
            const stream = `${prop(t, "arn") as string}/stream/2025-01-01T00:00:00.000`;
            setProp(t, "streamEnabled", true);
            setProp(t, "streamViewType", "NEW_IMAGE");
            setProp(t, "streamArn", stream);
            add(r, t, RESOURCE_POLICY, "keystore-stream", {
                resourceArn: stream,
                policy: doc({
                    Effect: "Allow",
                    Principal: { AWS: "arn:aws:iam::999999999999:root" },
                    Action: ["dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator"],
                    Resource: stream,
                }),
            });
        },
        refused:
            /account 999999999999 .*→ dynamodb:DescribeStream, dynamodb:GetRecords, dynamodb:GetShardIterator on table custody-prod-keystore/,
    },
    {
        stack: "prod",
        name: "the signer's trust adds Cognito identity pools (cognito-identity.amazonaws.com, an unauthenticated identity of one pool)",
        edit: r =>
            addStatements(signerRole(r), "assumeRolePolicy", {
                Effect: "Allow",
                Principal: { Federated: "cognito-identity.amazonaws.com" },
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: {
                    StringEquals: {
                        "cognito-identity.amazonaws.com:aud": "eu-west-1:11111111-2222-3333-4444-555555555555",
                    },
                    "ForAnyValue:StringLike": { "cognito-identity.amazonaws.com:amr": "unauthenticated" },
                },
            }),
        refused:
            /federated principal cognito-identity\.amazonaws\.com → sts:AssumeRoleWithWebIdentity .*→ role custody-prod-signer/,
    },
    {
        // IAM API Reference, SetDefaultPolicyVersion: any of the policy's (up to five) stored versions becomes the one
        // in force; the pack sees only the version the stack writes.
        stack: "prod",
        name: "a Lambda role allowed only iam:SetDefaultPolicyVersion on a managed policy of the stack attached to the signer (an older, wider version becomes the one in force)",
        edit: r => {
            const s = signerRole(r);
            const arn = `arn:aws:iam::${PRIMARY}:policy/custody-prod-signer-extra`;
            add(r, s, "aws:iam/policy:Policy", "signer-extra", {
                name: "custody-prod-signer-extra",
                arn,
                policy: doc({
                    Effect: "Allow",
                    Action: "dynamodb:DescribeTable",
                    Resource: `arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/custody-prod-keystore`,
                }),
            });
            add(r, s, "aws:iam/rolePolicyAttachment:RolePolicyAttachment", "signer-extra", {
                role: "custody-prod-signer",
                policyArn: arn,
            });
            lambdaRole(r, s, "custody-prod-policy-rollback", {
                Effect: "Allow",
                Action: "iam:SetDefaultPolicyVersion",
                Resource: arn,
            });
        },
        refused: /role custody-prod-policy-rollback → statement #1 .* allows iam:SetDefaultPolicyVersion/,
    },
    {
        // Pulumi registry, aws.dynamodb.GlobalSecondaryIndex: an index added to an existing table as its own resource.
        stack: "prod",
        name: "a GSI (projection ALL) added to anti-slashing as an aws.dynamodb.GlobalSecondaryIndex resource, and a Lambda role allowed Query on its indexes",
        edit: r => {
            const t = find(r, TABLE, "signer-tables-anti-slashing");
            add(r, t, GSI, "anti-slashing-by-pubkey", {
                tableName: "custody-prod-anti-slashing",
                indexName: "by-pubkey",
                keySchemas: [{ attributeName: "pubkey", attributeType: "S", keyType: "HASH" }],
                projection: { projectionType: "ALL" },
                arn: `${prop(t, "arn") as string}/index/by-pubkey`,
            });
            lambdaRole(r, t, "custody-prod-slot-report", {
                Effect: "Allow",
                Action: "dynamodb:Query",
                Resource: `${prop(t, "arn") as string}/index/*`,
            });
        },
        refused:
            /role custody-prod-slot-report → .*allows dynamodb:Query on .*custody-prod-anti-slashing\/index\/\*, reaching table custody-prod-anti-slashing/,
    },
    {
        stack: "prod",
        preview: true,
        name: "first preview: a rotated-out share key (protected) on a us-west-2 provider managed in eu-west-1 by its own region, its policy letting ops-admin Decrypt (ARN unknown)",
        edit: r => {
            previousShareKey(r, false);
        },
        refused: /role\/ops-admin \(outside this stack\) → kms:Decrypt on key share-1-previous/,
    },
    {
        stack: "prod",
        name: "the same rotated-out key after up (ARN in eu-west-1, provider in us-west-2)",
        edit: r => {
            previousShareKey(r, true);
        },
        refused: /role\/ops-admin \(outside this stack\) → kms:Decrypt on key share-1-previous/,
    },
    {
        stack: "prod",
        preview: true,
        name: "first preview: a keystore ResourcePolicy on a us-west-2 provider managed in eu-west-1 by its own region (resourceArn from the table, unknown) letting ops-admin GetItem/Query",
        edit: r => {
            const t = find(r, TABLE, "signer-tables-keystore");
            const policy = doc({
                Effect: "Allow",
                Principal: { AWS: OPS_ADMIN },
                Action: ["dynamodb:GetItem", "dynamodb:Query"],
                Resource: "*",
            });
            const rp = resourceLike(t, RESOURCE_POLICY, "keystore-policy", { region: "eu-west-1", policy });
            rp.outputs = { region: "eu-west-1", policy };
            rp.provider = providerIn(t, "us-west-2");
            const withDeps = rp as AnalyzerResourceInput & {
                dependencies?: string[];
                propertyDependencies?: Record<string, string[]>;
            };
            withDeps.dependencies = [t.urn];
            withDeps.propertyDependencies = { resourceArn: [t.urn] };
            r.push(rp);
        },
        refused:
            /role\/ops-admin \(outside this stack\) → dynamodb:GetItem, dynamodb:Query on table custody-prod-keystore/,
    },
];

const secure: Case[] = [
    {
        // Pulumi registry, aws.iam.RolePoliciesExclusive: IAM removes every inline policy not listed.
        stack: "prod",
        name: "the signer's inline policies owned exclusively (RolePoliciesExclusive listing only custody-prod-signer-access)",
        edit: r =>
            add(r, signerRole(r), "aws:iam/rolePoliciesExclusive:RolePoliciesExclusive", "signer-inline-only", {
                roleName: "custody-prod-signer",
                policyNames: ["custody-prod-signer-access"],
            }),
    },
    {
        stack: "prod",
        name: "no managed policy on the signer, enforced (RolePolicyAttachmentsExclusive with an empty policyArns)",
        edit: r =>
            add(
                r,
                signerRole(r),
                "aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive",
                "signer-no-managed",
                { roleName: "custody-prod-signer", policyArns: [] },
            ),
    },
    {
        // IAM User Guide, "Passing session tags using AssumeRoleWithWebIdentity": the trust must allow sts:TagSession.
        stack: "prod",
        name: "the signer's IRSA trust statement also allowing sts:TagSession (session tags from the token; conditions kept)",
        edit: r => {
            const s = signerRole(r);
            const d = JSON.parse(prop(s, "assumeRolePolicy") as string) as { Statement: Record<string, unknown>[] };
            d.Statement[0].Action = ["sts:AssumeRoleWithWebIdentity", "sts:TagSession"];
            setProp(s, "assumeRolePolicy", JSON.stringify(d));
        },
    },
    {
        stack: "prod",
        name: "a KEYS_ONLY GSI added to the keystore as an aws.dynamodb.GlobalSecondaryIndex resource (the signer's index reads already cover index/*)",
        edit: r => {
            const t = find(r, TABLE, "signer-tables-keystore");
            add(r, t, GSI, "keystore-by-status", {
                tableName: "custody-prod-keystore",
                indexName: "by-status",
                keySchemas: [{ attributeName: "status_shard", attributeType: "S", keyType: "HASH" }],
                projection: { projectionType: "KEYS_ONLY" },
                arn: `${prop(t, "arn") as string}/index/by-status`,
            });
        },
    },
    {
        stack: "prod",
        name: "a data-classification tag on the keystore as its own aws.dynamodb.Tag resource",
        edit: r => {
            const t = find(r, TABLE, "signer-tables-keystore");
            add(r, t, "aws:dynamodb/tag:Tag", "keystore-classification", {
                resourceArn: prop(t, "arn") as string,
                key: "data-classification",
                value: "restricted",
            });
        },
    },
    {
        stack: "prod",
        name: "share-1's alias managed through a us-west-2 provider with its own region eu-west-1 (Pulumi AWS v7; the same alias)",
        edit: r => {
            const a = find(r, "aws:kms/alias:Alias", "signer-shares-share-1-alias");
            a.provider = providerIn(a, "us-west-2");
            setProp(a, "region", "eu-west-1");
        },
    },
];

describe("red-team round 26: AWS (ABAC, conditions, stream policies, per-resource region)", () => {
    for (const c of insecure) {
        it(`refuses: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack, c.preview);
            c.edit(r);
            assertRefused(await runWholePack(c.stack, r), c.refused as RegExp);
        });
    }
    for (const c of secure) {
        it(`accepts: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack, c.preview);
            c.edit(r);
            assertClean(await runWholePack(c.stack, r));
        });
    }
});
