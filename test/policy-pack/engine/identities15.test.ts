// Neighbours of round 15's same-named IAM users and groups across the accounts of the cross-account stack, and of
// the StringEqualsIgnoreCase aws:PrincipalArn pin of a trusted account's root. IAM user, group and role names are
// unique within the account, not across accounts, and are not distinguished by case (IAM User Guide, "IAM
// identifiers"); a Deny binds only the identity its policy is attached to (IAM User Guide, "Policy evaluation
// logic"); an ...IfExists or negated operator does not pin the key (IAM User Guide, "IAM JSON policy elements:
// Condition operators").
import type { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import {
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

const ACCOUNT_A = "666666666666";
const ACCOUNT_B = "777777777777";
const ROLE = "aws:iam/role:Role";
const MY_TABLE = `arn:aws:dynamodb:us-east-1:${ACCOUNT_A}:table/my-table`;
const A_KEYS = `arn:aws:kms:us-east-1:${ACCOUNT_A}:key/*`;

type Statement = Record<string, unknown>;

const accessRole = (r: Resources) => find(r, ROLE, "cross-account-access");
const callerRole = (r: Resources) => find(r, ROLE, "cross-account-caller");

const add = (r: Resources, like: AnalyzerResourceInput, type: string, name: string, inputs: Record<string, unknown>) =>
    r.push(resourceLike(like, type, name, inputs));

/** An IAM user or group resource next to `like` (same provider, so same account). */
function principal(
    r: Resources,
    like: AnalyzerResourceInput,
    kind: "user" | "group",
    account: string,
    resName: string,
    name: string,
): void {
    add(r, like, kind === "user" ? "aws:iam/user:User" : "aws:iam/group:Group", resName, {
        name,
        arn: `arn:aws:iam::${account}:${kind}/${name}`,
    });
}

/** An inline UserPolicy/GroupPolicy next to `like` naming the identity `name`. */
function inline(
    r: Resources,
    like: AnalyzerResourceInput,
    kind: "user" | "group",
    resName: string,
    name: string,
    ...statements: object[]
): void {
    add(r, like, kind === "user" ? "aws:iam/userPolicy:UserPolicy" : "aws:iam/groupPolicy:GroupPolicy", resName, {
        name: resName,
        [kind]: name,
        policy: doc(...statements),
    });
}

/** A managed Policy next to `like` in `account`; returns its ARN. */
function managed(r: Resources, like: AnalyzerResourceInput, account: string, name: string, ...statements: object[]) {
    const arn = `arn:aws:iam::${account}:policy/${name}`;
    add(r, like, "aws:iam/policy:Policy", name, { name, arn, policy: doc(...statements) });
    return arn;
}

const DENY_DYNAMO = { Effect: "Deny", Action: "dynamodb:*", Resource: "*" };
const DENY_ALL = { Effect: "Deny", Action: "*", Resource: "*" };
const ALLOW_DYNAMO = { Effect: "Allow", Action: "dynamodb:*", Resource: MY_TABLE };
const ALLOW_READ_DECRYPT = [
    { Effect: "Allow", Action: ["dynamodb:Scan", "dynamodb:GetItem"], Resource: MY_TABLE },
    { Effect: "Allow", Action: "kms:Decrypt", Resource: A_KEYS },
];

function editTrust(r: Resources, edit: (s: Statement) => void): void {
    const role = accessRole(r);
    const d = JSON.parse(prop(role, "assumeRolePolicy") as string) as { Statement: Statement[] };
    edit(d.Statement[0]);
    setProp(role, "assumeRolePolicy", JSON.stringify(d));
}

type Case = { name: string; edit: (r: Resources) => void; refused?: RegExp; policy?: string };

const insecure: Case[] = [
    {
        name: "A's user reporting allowed dynamodb:* on my-table; B's namesake (no User resource) denied by a managed Policy of B attached with UserPolicyAttachment",
        edit: r => {
            principal(r, accessRole(r), "user", ACCOUNT_A, "reporting-a", "reporting");
            inline(r, accessRole(r), "user", "reporting-a-allow", "reporting", ALLOW_DYNAMO);
            const deny = managed(r, callerRole(r), ACCOUNT_B, "deny-dynamo", DENY_DYNAMO);
            add(r, callerRole(r), "aws:iam/userPolicyAttachment:UserPolicyAttachment", "reporting-b-deny", {
                user: "reporting",
                policyArn: deny,
            });
        },
        refused: /user reporting/,
        policy: "custody-effective-access",
    },
    {
        name: "no User resources: A's UserPolicy allows dynamodb:* to reporting, B's UserPolicy denies dynamodb:* to REPORTING",
        edit: r => {
            inline(r, accessRole(r), "user", "reporting-a-allow", "reporting", ALLOW_DYNAMO);
            inline(r, callerRole(r), "user", "reporting-b-deny", "REPORTING", DENY_DYNAMO);
        },
        refused: /user reporting/,
        policy: "custody-effective-access",
    },
    {
        name: "B's namesake user created first, its Deny by UserPolicyAttachmentsExclusive of a managed Policy of B",
        edit: r => {
            principal(r, callerRole(r), "user", ACCOUNT_B, "reporting-b", "reporting");
            principal(r, accessRole(r), "user", ACCOUNT_A, "reporting-a", "reporting");
            const deny = managed(r, callerRole(r), ACCOUNT_B, "deny-all", DENY_ALL);
            add(r, callerRole(r), "aws:iam/userPolicyAttachmentsExclusive:UserPolicyAttachmentsExclusive", "b-x", {
                userName: "reporting",
                policyArns: [deny],
            });
            inline(r, accessRole(r), "user", "reporting-a-allow", "reporting", ALLOW_DYNAMO);
        },
        refused: /user reporting/,
        policy: "custody-effective-access",
    },
    {
        name: "A's group analysts reads my-table and decrypts; B's group Analysts denied everything by PolicyAttachment.groups",
        edit: r => {
            principal(r, accessRole(r), "group", ACCOUNT_A, "analysts-a", "analysts");
            inline(r, accessRole(r), "group", "analysts-a-read", "analysts", ...ALLOW_READ_DECRYPT);
            principal(r, callerRole(r), "group", ACCOUNT_B, "analysts-b", "Analysts");
            const deny = managed(r, callerRole(r), ACCOUNT_B, "deny-all", DENY_ALL);
            add(r, callerRole(r), "aws:iam/policyAttachment:PolicyAttachment", "analysts-b-deny", {
                name: "analysts-b-deny",
                groups: ["Analysts"],
                policyArn: deny,
            });
        },
        refused: /group analysts/,
        policy: "custody-effective-access",
    },
    {
        name: "A's group analysts reads my-table through a managed Policy of A (GroupPolicyAttachment); B's namesake denied by GroupPolicy",
        edit: r => {
            principal(r, callerRole(r), "group", ACCOUNT_B, "analysts-b", "analysts");
            inline(r, callerRole(r), "group", "analysts-b-deny", "analysts", DENY_ALL);
            principal(r, accessRole(r), "group", ACCOUNT_A, "analysts-a", "analysts");
            const read = managed(r, accessRole(r), ACCOUNT_A, "read-my-table", ...ALLOW_READ_DECRYPT);
            add(r, accessRole(r), "aws:iam/groupPolicyAttachment:GroupPolicyAttachment", "analysts-a-read", {
                group: "analysts",
                policyArn: read,
            });
        },
        refused: /group analysts/,
        policy: "custody-effective-access",
    },
    {
        name: "the access role's trust of B's root with StringEqualsIgnoreCaseIfExists aws:PrincipalArn (passes without the key: the whole account)",
        edit: r =>
            editTrust(r, s => {
                s.Principal = { AWS: `arn:aws:iam::${ACCOUNT_B}:root` };
                s.Condition = {
                    StringEquals: { "sts:ExternalId": "custody-cross-account-example" },
                    StringEqualsIgnoreCaseIfExists: {
                        "aws:PrincipalArn": `arn:aws:iam::${ACCOUNT_B}:role/instance-role`,
                    },
                };
            }),
        refused: /whole account 777777777777/,
        policy: "role-trust-pinned",
    },
    {
        name: "the access role's trust of B's root with StringNotEqualsIgnoreCase aws:PrincipalArn (excludes one role, admits the rest of B)",
        edit: r =>
            editTrust(r, s => {
                s.Principal = { AWS: `arn:aws:iam::${ACCOUNT_B}:root` };
                s.Condition = {
                    StringEquals: { "sts:ExternalId": "custody-cross-account-example" },
                    StringNotEqualsIgnoreCase: { "aws:PrincipalArn": `arn:aws:iam::${ACCOUNT_B}:role/other-role` },
                };
            }),
        refused: /whole account 777777777777/,
        policy: "role-trust-pinned",
    },
];

const secure: Case[] = [
    {
        name: "one user reporting of A: a UserPolicy allows dynamodb:* on my-table, a managed Policy of A (attached by the name spelled Reporting) denies it",
        edit: r => {
            principal(r, accessRole(r), "user", ACCOUNT_A, "reporting-a", "reporting");
            inline(r, accessRole(r), "user", "reporting-a-allow", "reporting", ALLOW_DYNAMO);
            const deny = managed(r, accessRole(r), ACCOUNT_A, "deny-dynamo", DENY_DYNAMO);
            add(r, accessRole(r), "aws:iam/userPolicyAttachment:UserPolicyAttachment", "reporting-a-deny", {
                user: "Reporting",
                policyArn: deny,
            });
        },
    },
    {
        name: "one group analysts of A allowed reads and decrypt, denied everything by a GroupPolicy of A; B's namesake with CloudWatch reads only",
        edit: r => {
            principal(r, accessRole(r), "group", ACCOUNT_A, "analysts-a", "analysts");
            inline(r, accessRole(r), "group", "analysts-a-read", "analysts", ...ALLOW_READ_DECRYPT);
            inline(r, accessRole(r), "group", "analysts-a-deny", "ANALYSTS", DENY_ALL);
            principal(r, callerRole(r), "group", ACCOUNT_B, "analysts-b", "analysts");
            inline(r, callerRole(r), "group", "analysts-b-cw", "analysts", {
                Effect: "Allow",
                Action: ["cloudwatch:GetMetricData", "cloudwatch:ListMetrics"],
                Resource: "*",
            });
        },
    },
    {
        name: "the access role's trust of B's root with StringEqualsIgnoreCase aws:PrincipalArn spelling the role Instance-Role",
        edit: r =>
            editTrust(r, s => {
                s.Principal = { AWS: `arn:aws:iam::${ACCOUNT_B}:root` };
                s.Condition = {
                    StringEquals: { "sts:ExternalId": "custody-cross-account-example" },
                    StringEqualsIgnoreCase: { "aws:PrincipalArn": `arn:aws:iam::${ACCOUNT_B}:role/Instance-Role` },
                };
            }),
    },
];

describe("allowlist: IAM users and groups are per account; StringEqualsIgnoreCase pins (round 15 neighbours)", () => {
    for (const c of insecure) {
        it(`refuses: cross-account: ${c.name}`, async () => {
            const r = await stackResources("cross-account");
            c.edit(r);
            assertRefused(await runWholePack("cross-account", r), c.refused!, c.policy);
        });
    }
    for (const c of secure) {
        it(`accepts: cross-account: ${c.name}`, async () => {
            const r = await stackResources("cross-account");
            c.edit(r);
            assertClean(await runWholePack("cross-account", r));
        });
    }
});
