// Red-team round 15 (final, fresh eyes) on the AWS side of the non-signer stacks: Basil's broker and provisioner,
// the trust-domain key manager, Curity on DynamoDB and the cross-account DynamoDB+KMS access. Insecure variants the
// whole pack must refuse (each with the path message it must name), secure variants a careful team would write that
// it must accept. Docs checked: IAM user and group names are unique per account, not across accounts, and an
// identity policy applies only to the identity of its own account (IAM User Guide, "IAM identifiers": "friendly
// names ... unique within the account"; "IAM JSON policy evaluation logic": a Deny applies to the identity it is
// attached to); cross-account access to a table without a resource policy is impossible, same-account access needs
// only the identity policy (IAM User Guide, "Cross-account policy evaluation logic"); policy variables are resolved
// in the Condition element's string operators (IAM User Guide, "IAM policy elements: Variables and tags", "Where you
// can use policy variables"), aws:PrincipalAccount is the caller's own account.
import type { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { describeVariants, doc, find, Resources } from "./support";
import { add, editDoc, roleBeside as role } from "./variantBuilders";

const BASIL = "111122223333";
const IDENTITY = "444444444444";
const CURITY = "555555555555";
const ACCOUNT_A = "666666666666";
const ACCOUNT_B = "777777777777";
const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
const USER = "aws:iam/user:User";
const USER_POLICY = "aws:iam/userPolicy:UserPolicy";
const GROUP = "aws:iam/group:Group";
const GROUP_POLICY = "aws:iam/groupPolicy:GroupPolicy";
const POLICY = "aws:iam/policy:Policy";

/** An IAM user (or group) of the stack next to `like`, under resource name `resName`, IAM name `name`. */
function identity(
    r: Resources,
    like: AnalyzerResourceInput,
    kind: "user" | "group",
    account: string,
    resName: string,
    name: string,
    ...statements: object[]
): void {
    add(r, like, kind === "user" ? USER : GROUP, resName, {
        name,
        arn: `arn:aws:iam::${account}:${kind}/${name}`,
    });
    if (statements.length > 0)
        add(r, like, kind === "user" ? USER_POLICY : GROUP_POLICY, `${resName}-policy`, {
            name: `${name}-policy`,
            [kind]: name,
            policy: doc(...statements),
        });
}

const tdRole = (r: Resources) => find(r, ROLE, "trust-domain-role");
const runtimeRole = (r: Resources) => find(r, ROLE, "basil-runtime");
const provisionerRole = (r: Resources) => find(r, ROLE, "basil-provisioner");
const runtimePolicy = (r: Resources) => find(r, ROLE_POLICY, "basil-runtime-access");
const provisionerPolicy = (r: Resources) => find(r, ROLE_POLICY, "basil-provisioner-access");
const curityRole = (r: Resources) => find(r, ROLE, "curity-role");
const curityPolicy = (r: Resources) => find(r, ROLE_POLICY, "curity-role-access");
const dataKey = (r: Resources) => find(r, KEY, "cross-account-key");
const accessRole = (r: Resources) => find(r, ROLE, "cross-account-access");
const callerRole = (r: Resources) => find(r, ROLE, "cross-account-caller");
const callerPolicy = (r: Resources) => find(r, ROLE_POLICY, "cross-account-caller-access");

const MY_TABLE = `arn:aws:dynamodb:us-east-1:${ACCOUNT_A}:table/my-table`;
const CURITY_TABLES = `arn:aws:dynamodb:eu-west-1:${CURITY}:table/curity-*`;
const TD_KEYS = `arn:aws:kms:us-east-1:${IDENTITY}:key/*`;
const BASIL_KEYS = `arn:aws:kms:us-east-1:${BASIL}:key/*`;

type Case = {
    name: string;
    stack: string;
    preview?: boolean;
    edit: (r: Resources) => void;
    refused?: RegExp;
    policy?: string;
    /** A known miss: "MISS: <why>". */
    skip?: string;
};

const insecure: Case[] = [
    // ---- same-named IAM users/groups in the two accounts of the cross-account stack.
    {
        name: "cross-account: an IAM user reporting in account B (no policy) and a user reporting in account A allowed Scan/GetItem/PutItem/DeleteItem on my-table",
        stack: "cross-account",
        edit: r => {
            identity(r, callerRole(r), "user", ACCOUNT_B, "reporting-b", "reporting");
            identity(r, accessRole(r), "user", ACCOUNT_A, "reporting-a", "reporting", {
                Effect: "Allow",
                Action: ["dynamodb:Scan", "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:DeleteItem"],
                Resource: MY_TABLE,
            });
        },
        refused: /reporting/,
    },
    {
        name: "cross-account: a user reporting in account A allowed dynamodb:* on my-table, and a namesake user in account B carrying an unconditional Deny of dynamodb:*",
        stack: "cross-account",
        edit: r => {
            identity(r, accessRole(r), "user", ACCOUNT_A, "reporting-a", "reporting", {
                Effect: "Allow",
                Action: "dynamodb:*",
                Resource: MY_TABLE,
            });
            identity(r, callerRole(r), "user", ACCOUNT_B, "reporting-b", "reporting", {
                Effect: "Deny",
                Action: "dynamodb:*",
                Resource: "*",
            });
        },
        refused: /reporting/,
    },
    {
        name: "cross-account: a group analysts in account B and a group analysts in account A allowed Scan on my-table and Decrypt on the data key",
        stack: "cross-account",
        edit: r => {
            identity(r, callerRole(r), "group", ACCOUNT_B, "analysts-b", "analysts");
            identity(
                r,
                accessRole(r),
                "group",
                ACCOUNT_A,
                "analysts-a",
                "analysts",
                { Effect: "Allow", Action: ["dynamodb:Scan", "dynamodb:GetItem"], Resource: MY_TABLE },
                { Effect: "Allow", Action: "kms:Decrypt", Resource: `arn:aws:kms:us-east-1:${ACCOUNT_A}:key/*` },
            );
        },
        refused: /analysts/,
    },
    {
        name: "cross-account: a managed Policy in account A (Scan on my-table) attached to user reporting of A, a namesake user of B created first",
        stack: "cross-account",
        edit: r => {
            identity(r, callerRole(r), "user", ACCOUNT_B, "reporting-b", "reporting");
            identity(r, accessRole(r), "user", ACCOUNT_A, "reporting-a", "reporting");
            const arn = `arn:aws:iam::${ACCOUNT_A}:policy/my-table-reader`;
            add(r, accessRole(r), POLICY, "my-table-reader", {
                name: "my-table-reader",
                arn,
                policy: doc({ Effect: "Allow", Action: ["dynamodb:Scan", "dynamodb:Query"], Resource: MY_TABLE }),
            });
            add(r, accessRole(r), "aws:iam/userPolicyAttachment:UserPolicyAttachment", "reporting-a-reader", {
                user: "reporting",
                policyArn: arn,
            });
        },
        refused: /reporting/,
    },
    {
        name: "cross-account: a group analysts in account A allowed Scan and Decrypt on my-table and the data key, and a namesake group in account B carrying an unconditional Deny of everything",
        stack: "cross-account",
        edit: r => {
            identity(
                r,
                accessRole(r),
                "group",
                ACCOUNT_A,
                "analysts-a",
                "analysts",
                { Effect: "Allow", Action: ["dynamodb:Scan", "dynamodb:GetItem"], Resource: MY_TABLE },
                { Effect: "Allow", Action: "kms:Decrypt", Resource: `arn:aws:kms:us-east-1:${ACCOUNT_A}:key/*` },
            );
            identity(r, callerRole(r), "group", ACCOUNT_B, "analysts-b", "analysts", {
                Effect: "Deny",
                Action: "*",
                Resource: "*",
            });
        },
        refused: /analysts/,
    },
    // ---- policy variables in the trust's caller pin.
    {
        name: 'cross-account: the access role trusting "*" pinned by aws:PrincipalArn arn:aws:iam::${aws:PrincipalAccount}:role/instance-role (any account\'s instance-role)',
        stack: "cross-account",
        edit: r =>
            editDoc(accessRole(r), "assumeRolePolicy", d => {
                d.Statement[0].Principal = { AWS: "*" };
                d.Statement[0].Condition = {
                    StringEquals: {
                        "sts:ExternalId": "custody-cross-account-example",
                        "aws:PrincipalArn": "arn:aws:iam::${aws:PrincipalAccount}:role/instance-role",
                    },
                };
            }),
        refused: /accountb-instance-role-dynamodb|anyone|PrincipalAccount/,
    },
    {
        name: 'basil: the provisioner trusting "*" pinned by ArnEquals aws:PrincipalArn arn:aws:iam::${aws:PrincipalAccount}:role/platform-break-glass',
        stack: "basil",
        edit: r =>
            editDoc(provisionerRole(r), "assumeRolePolicy", d => {
                d.Statement[0].Principal = { AWS: "*" };
                d.Statement[0].Condition = {
                    ArnEquals: { "aws:PrincipalArn": "arn:aws:iam::${aws:PrincipalAccount}:role/platform-break-glass" },
                };
            }),
        refused: /basil-provisioner/,
    },
    {
        name: "curity: the IRSA trust's sub pinned with a policy variable (system:serviceaccount:${aws:PrincipalTag/ns}:dynamo-sa)",
        stack: "curity",
        edit: r =>
            editDoc(curityRole(r), "assumeRolePolicy", d => {
                const c = d.Statement[0].Condition as Record<string, Record<string, string>>;
                const subKey = Object.keys(c.StringEquals).find(k => k.endsWith(":sub"))!;
                c.StringEquals[subKey] = "system:serviceaccount:${aws:PrincipalTag/ns}:dynamo-sa";
            }),
        refused: /curity-dynamo-irsa/,
    },
    // ---- same-named identities in one account, other shapes.
    {
        name: "trust-domain: a user named like the server role (trust-domain-server) allowed kms:Sign on the account's keys",
        stack: "trust-domain",
        edit: r =>
            identity(r, tdRole(r), "user", IDENTITY, "td-user", "trust-domain-server", {
                Effect: "Allow",
                Action: ["kms:Sign", "kms:GetPublicKey"],
                Resource: TD_KEYS,
            }),
        refused: /trust-domain-server/,
    },
    {
        name: "basil: a group basil-agent (the runtime role's name) allowed kms:Sign on key/* by the catalog alias",
        stack: "basil",
        edit: r =>
            identity(r, runtimeRole(r), "group", BASIL, "basil-agent-group", "basil-agent", {
                Effect: "Allow",
                Action: ["kms:Sign", "kms:Decrypt"],
                Resource: BASIL_KEYS,
                Condition: { "ForAnyValue:StringLike": { "kms:RequestAlias": "alias/basil/*" } },
            }),
        refused: /basil-agent/,
    },
    {
        name: "curity: a user curity-dynamo-irsa (the role's name) allowed Scan on curity-*",
        stack: "curity",
        edit: r =>
            identity(r, curityRole(r), "user", CURITY, "curity-user", "curity-dynamo-irsa", {
                Effect: "Allow",
                Action: ["dynamodb:Scan"],
                Resource: CURITY_TABLES,
            }),
        refused: /curity-dynamo-irsa/,
    },
    {
        name: "cross-account: account B's caller role allowed AssumeRole on a second account-A role (same prefix) that trusts it and may write my-table",
        stack: "cross-account",
        edit: r => {
            editDoc(callerPolicy(r), "policy", d => {
                d.Statement[0].Resource = `arn:aws:iam::${ACCOUNT_A}:role/accountb-instance-role-*`;
            });
            role(
                r,
                accessRole(r),
                ACCOUNT_A,
                "accountb-instance-role-writer",
                { Principal: { AWS: `arn:aws:iam::${ACCOUNT_B}:role/instance-role` } },
                { Effect: "Allow", Action: ["dynamodb:PutItem", "dynamodb:DeleteItem"], Resource: MY_TABLE },
            );
        },
        refused: /accountb-instance-role-writer|instance-role/,
    },
    {
        name: "cross-account: the data key's policy admits account B's root for Decrypt and a stack user of B is allowed Decrypt on it (skips the access role)",
        stack: "cross-account",
        edit: r => {
            editDoc(dataKey(r), "policy", d => {
                d.Statement.push({
                    Sid: "AccountB",
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${ACCOUNT_B}:root` },
                    Action: "kms:Decrypt",
                    Resource: "*",
                });
            });
            identity(r, callerRole(r), "user", ACCOUNT_B, "decrypter", "decrypter", {
                Effect: "Allow",
                Action: "kms:Decrypt",
                Resource: `arn:aws:kms:us-east-1:${ACCOUNT_A}:key/*`,
            });
        },
        refused: /decrypter|777777777777/,
    },
];

const secure: Case[] = [
    {
        name: "cross-account: account B's operators group (same name as nothing in A) allowed only CloudWatch reads and ec2:Describe*",
        stack: "cross-account",
        edit: r =>
            identity(r, callerRole(r), "group", ACCOUNT_B, "operators-b", "operators", {
                Effect: "Allow",
                Action: ["cloudwatch:GetMetricData", "cloudwatch:ListMetrics", "ec2:DescribeInstances"],
                Resource: "*",
            }),
    },
    {
        name: "cross-account: a user reporting in account B allowed Scan on B's own reports table, and a namesake user in A with no policy",
        stack: "cross-account",
        edit: r => {
            identity(r, callerRole(r), "user", ACCOUNT_B, "reporting-b", "reporting", {
                Effect: "Allow",
                Action: ["dynamodb:Scan", "dynamodb:GetItem"],
                Resource: `arn:aws:dynamodb:us-east-1:${ACCOUNT_B}:table/reports`,
            });
            identity(r, accessRole(r), "user", ACCOUNT_A, "reporting-a", "reporting");
        },
    },
    {
        name: "cross-account: the access role's trust pins the caller by its account root and StringEqualsIgnoreCase aws:PrincipalArn (IAM role names are case-insensitive)",
        stack: "cross-account",
        edit: r =>
            editDoc(accessRole(r), "assumeRolePolicy", d => {
                d.Statement[0].Principal = { AWS: `arn:aws:iam::${ACCOUNT_B}:root` };
                d.Statement[0].Condition = {
                    StringEquals: { "sts:ExternalId": "custody-cross-account-example" },
                    StringEqualsIgnoreCase: { "aws:PrincipalArn": `arn:aws:iam::${ACCOUNT_B}:role/instance-role` },
                };
            }),
    },
    {
        name: "cross-account: the data key's policy names the access role explicitly for Decrypt beside the root delegation",
        stack: "cross-account",
        edit: r =>
            editDoc(dataKey(r), "policy", d => {
                d.Statement.push({
                    Sid: "AccessRoleDecrypt",
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${ACCOUNT_A}:role/accountb-instance-role-dynamodb` },
                    Action: "kms:Decrypt",
                    Resource: "*",
                });
            }),
    },
    {
        name: "basil: the provisioner's CreateAlias narrowed to the alias/basil/* aliases and keys tagged basil-managed=true (aws:ResourceTag)",
        stack: "basil",
        edit: r =>
            editDoc(provisionerPolicy(r), "policy", d => {
                const s = d.Statement.find(x => x.Sid === "BasilCreateAliases")!;
                d.Statement = d.Statement.filter(x => x !== s);
                d.Statement.push(
                    {
                        Sid: "AliasSide",
                        Effect: "Allow",
                        Action: "kms:CreateAlias",
                        Resource: `arn:aws:kms:us-east-1:${BASIL}:alias/basil/*`,
                    },
                    {
                        Sid: "KeySide",
                        Effect: "Allow",
                        Action: "kms:CreateAlias",
                        Resource: BASIL_KEYS,
                        Condition: { StringEquals: { "aws:ResourceTag/basil-managed": "true" } },
                    },
                );
            }),
    },
    {
        name: "basil: the runtime's statement split per key, each pinned to its own alias (kms:RequestAlias StringEquals)",
        stack: "basil",
        edit: r =>
            editDoc(runtimePolicy(r), "policy", d => {
                const s = d.Statement[0];
                const [jwt, payload] = s.Resource as string[];
                d.Statement = [
                    {
                        Sid: "Jwt",
                        Effect: "Allow",
                        Action: ["kms:Sign", "kms:Verify", "kms:GetPublicKey", "kms:DescribeKey"],
                        Resource: jwt,
                        Condition: { StringEquals: { "kms:RequestAlias": "alias/basil/jwt-signing-primary" } },
                    },
                    {
                        Sid: "Payload",
                        Effect: "Allow",
                        Action: ["kms:Encrypt", "kms:Decrypt", "kms:DescribeKey"],
                        Resource: payload,
                        Condition: { StringEquals: { "kms:RequestAlias": "alias/basil/payload-aead" } },
                    },
                ];
            }),
    },
    {
        name: "trust-domain: the server's Sign, GetPublicKey, ScheduleKeyDeletion and TagResource narrowed to keys tagged team=identity (aws:ResourceTag), CreateKey only with that request tag",
        stack: "trust-domain",
        edit: r =>
            editDoc(find(r, ROLE_POLICY, "trust-domain-role-access"), "policy", d => {
                d.Statement[0] = {
                    Sid: "CreateTagged",
                    Effect: "Allow",
                    Action: ["kms:CreateKey", "kms:TagResource"],
                    Resource: "*",
                    Condition: { StringEquals: { "aws:RequestTag/team": "identity" } },
                };
                d.Statement.push({
                    Sid: "UseTagged",
                    Effect: "Allow",
                    Action: ["kms:Sign", "kms:GetPublicKey", "kms:ScheduleKeyDeletion"],
                    Resource: TD_KEYS,
                    Condition: { StringEquals: { "aws:ResourceTag/team": "identity" } },
                });
            }),
    },
    {
        name: "curity: the Curity role's reads and writes limited to its own tables' items through the DynamoDB VPC endpoint (aws:SourceVpce) with a guard Deny elsewhere",
        stack: "curity",
        edit: r =>
            editDoc(curityPolicy(r), "policy", d => {
                d.Statement.push({
                    Sid: "OnlyViaEndpoint",
                    Effect: "Deny",
                    Action: "dynamodb:*",
                    Resource: "*",
                    Condition: { StringNotEquals: { "aws:SourceVpce": "vpce-0123456789abcdef0" } },
                });
            }),
    },
];

describeVariants("allowlist: red-team round 15 on the non-signer stacks (AWS side)", insecure, secure);
