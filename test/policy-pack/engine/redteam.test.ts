// A red-team round of my own on the committed stacks, beyond issue 9's list: each insecure variant must be
// refused by the allowlist, naming its path.
import {
    addStatements,
    assertRefused,
    doc,
    find,
    prop,
    resourceLike,
    Resources,
    runUnder,
    setProp,
    stackResources,
} from "./support";

const PRIMARY = "111111111111";
const SIGNER_ARN = `arn:aws:iam::${PRIMARY}:role/custody-prod-signer`;
const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";

type Case = { name: string; stack?: string; edit: (r: Resources) => void; refused: RegExp; policy: string };

const cases: Case[] = [
    {
        name: "a Lambda role of the stack with dynamodb:* on the anti-slashing table",
        edit: r => {
            const like = find(r, ROLE, "signer-role");
            r.push(
                resourceLike(like, ROLE, "janitor", {
                    name: "janitor",
                    arn: `arn:aws:iam::${PRIMARY}:role/janitor`,
                    assumeRolePolicy: doc({
                        Effect: "Allow",
                        Principal: { Service: "lambda.amazonaws.com" },
                        Action: "sts:AssumeRole",
                    }),
                    inlinePolicies: [
                        {
                            name: "all",
                            policy: doc({
                                Effect: "Allow",
                                Action: "dynamodb:*",
                                Resource: `arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/custody-prod-anti-slashing`,
                            }),
                        },
                    ],
                }),
            );
        },
        refused:
            /^role janitor → statement #1 of inline policy all of role janitor allows dynamodb:AssociateTableReplica, dynamodb:BatchGetItem, .* and \d+ more on .*table\/custody-prod-anti-slashing, reaching table custody-prod-anti-slashing: no workload of the custody model has this identity \(who can become it: service lambda.amazonaws.com → sts:AssumeRole \(trust statement 1 of janitor/,
        policy: "custody-effective-access",
    },
    {
        name: "the signer's key-policy statement turned into NotAction kms:Decrypt",
        edit: r => {
            const key = find(r, KEY, "signer-shares-share-2");
            const policy = JSON.parse(prop(key, "policy") as string);
            delete policy.Statement[1].Action;
            policy.Statement[1].NotAction = "kms:Decrypt";
            setProp(key, "policy", JSON.stringify(policy));
        },
        refused:
            /^role custody-prod-signer → kms:CancelKeyDeletion, kms:CreateAlias, kms:CreateGrant, .* on key alias\/custody-infra\/prod\/share-2 \(statement "AllowSignerRole"/,
        policy: "custody-effective-access",
    },
    {
        name: '"*" + aws:PrincipalArn naming the signer and an outsider',
        edit: r =>
            addStatements(find(r, ROLE, "signer-role"), "assumeRolePolicy", {
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: "sts:AssumeRole",
                Condition: { ArnEquals: { "aws:PrincipalArn": [SIGNER_ARN, `arn:aws:iam::${PRIMARY}:role/attacker`] } },
            }),
        refused:
            /^arn:aws:iam::111111111111:role\/attacker \(outside this stack\) → sts:AssumeRole \(trust statement 2 of custody-prod-signer: "\*" pinned by aws:PrincipalArn/,
        policy: "custody-effective-access",
    },
    {
        name: "a table's inline resourcePolicy naming a foreign account",
        edit: r =>
            setProp(
                find(r, "aws:dynamodb/table:Table", "signer-tables-keystore"),
                "resourcePolicy",
                doc({
                    Effect: "Allow",
                    Principal: { AWS: "arn:aws:iam::999999999999:root" },
                    Action: "dynamodb:GetItem",
                    Resource: "*",
                }),
            ),
        refused:
            /^account 999999999999 .* → dynamodb:GetItem on table custody-prod-keystore \(statement 1 of resourcePolicy of table custody-prod-keystore/,
        policy: "custody-effective-access",
    },
    {
        name: "a KMS grant giving the signer CreateGrant on its share",
        edit: r => {
            const key = find(r, KEY, "signer-shares-share-1");
            r.push(
                resourceLike(key, "aws:kms/grant:Grant", "regrant", {
                    name: "regrant",
                    keyId: prop(key, "keyId"),
                    granteePrincipal: SIGNER_ARN,
                    operations: ["CreateGrant", "Decrypt"],
                }),
            );
        },
        refused:
            /^role custody-prod-signer → kms:CreateGrant on key alias\/custody-infra\/prod\/share-1 \(kms Grant regrant\)/,
        policy: "custody-effective-access",
    },
    {
        name: "EC2 added to the signer's trust",
        edit: r =>
            addStatements(find(r, ROLE, "signer-role"), "assumeRolePolicy", {
                Effect: "Allow",
                Principal: { Service: "ec2.amazonaws.com" },
                Action: "sts:AssumeRole",
            }),
        refused: /^EC2 instances of account 111111111111 → sts:AssumeRole \(trust statement 2 of custody-prod-signer/,
        policy: "custody-effective-access",
    },
    {
        name: "an aws-auth patch mapping an outside role to system:masters",
        edit: r =>
            r.push(
                resourceLike(
                    find(r, "kubernetes:core/v1:ServiceAccount", "signer-sa"),
                    "kubernetes:core/v1:ConfigMapPatch",
                    "aws-auth",
                    {
                        metadata: { name: "aws-auth", namespace: "kube-system" },
                        data: {
                            mapRoles: `- rolearn: arn:aws:iam::${PRIMARY}:role/ops\n  username: ops\n  groups:\n    - system:masters\n`,
                        },
                    },
                ),
            ),
        refused:
            /^arn:aws:iam::111111111111:role\/ops \(outside this stack\) → aws-auth mapRoles \(group system:masters\) → acts as ServiceAccount validators\/containment-chamber/,
        policy: "custody-effective-access",
    },
    {
        name: "a group of the stack allowed Decrypt on every key of a share account",
        edit: r => {
            const like = find(r, KEY, "signer-shares-share-2");
            r.push(
                resourceLike(like, "aws:iam/groupPolicy:GroupPolicy", "ops-group", {
                    group: "ops",
                    policy: doc({
                        Effect: "Allow",
                        Action: "kms:Decrypt",
                        Resource: "arn:aws:kms:eu-central-1:222222222222:key/*",
                    }),
                }),
            );
        },
        refused:
            /^group ops → statement #1 of GroupPolicy ops-group allows kms:Decrypt on arn:aws:kms:eu-central-1:222222222222:key\/\*, reaching key alias\/custody-infra\/prod\/share-2: no workload/,
        policy: "custody-effective-access",
    },
    {
        name: 'the cross-account access role trusting "*" with only an external id',
        stack: "cross-account",
        edit: r =>
            addStatements(find(r, ROLE, "cross-account-access"), "assumeRolePolicy", {
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: "sts:AssumeRole",
                Condition: { StringEquals: { "sts:ExternalId": "custody-cross-account-example" } },
            }),
        refused:
            /^anyone \("\*" without a condition naming the caller\) → sts:AssumeRole \(trust statement 2 of accountb-instance-role-dynamodb/,
        policy: "custody-effective-access",
    },
    {
        name: 'Basil\'s runtime allowed kms:CreateKey ("the broker never needs to create a key")',
        stack: "basil",
        edit: r =>
            addStatements(find(r, "aws:iam/rolePolicy:RolePolicy", "basil-runtime-access"), "policy", {
                Effect: "Allow",
                Action: "kms:CreateKey",
                Resource: "*",
            }),
        refused:
            /^role basil-agent → statement #2 of RolePolicy basil-agent-access allows kms:CreateKey on \*: not in workload basil-runtime's allow entries/,
        policy: "custody-effective-access",
    },
];

describe("allowlist: red-team round (insecure variants beyond issue 9's list)", () => {
    for (const c of cases) {
        it(c.name, async () => {
            const stack = c.stack ?? "prod";
            const r = await stackResources(stack);
            c.edit(r);
            assertRefused(await runUnder(stack, r), c.refused, c.policy);
        });
    }
});
