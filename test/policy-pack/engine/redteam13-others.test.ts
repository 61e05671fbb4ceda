// Red-team round 13 (fresh eyes) on the AWS side of the non-signer stacks: Basil's broker and provisioner, the
// trust-domain key manager, Curity on DynamoDB and the cross-account DynamoDB+KMS access. Insecure variants the whole
// pack must refuse (each with the path message it must name), secure variants a careful team would write that it must
// accept. Docs checked: IAM policy evaluation of Deny with NotAction/NotResource (IAM User Guide, "IAM JSON policy
// elements: NotAction" / "NotResource"); aws:PrincipalOrgPaths and aws:SourceVpce (IAM User Guide, "AWS global
// condition context keys": SourceVpce restricts the network path, not the principal); DynamoDB point-in-time restore
// needs RestoreTableToPointInTime on the source table (amazondynamodb/latest/developerguide/backuprestore_IAM.html),
// so a restore granted only on its target is no path and is not a case here; manual KMS key rotation keeps the original
// key decrypting what it encrypted (kms/latest/developerguide/rotate-keys-manually.html).
import { strict as assert } from "assert";
import type { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import {
    addStatements,
    assertClean,
    assertRefused,
    doc,
    find,
    prop,
    Resources,
    runWholePack,
    setProp,
    stackResources,
} from "./support";
import { add, editDoc, roleBeside as role } from "./variantBuilders";

const BASIL = "111122223333";
const IDENTITY = "444444444444";
const CURITY = "555555555555";
const ACCOUNT_A = "666666666666";
const ACCOUNT_B = "777777777777";
const FOREIGN = "999999999999";
const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const ALIAS = "aws:kms/alias:Alias";
const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
const ACCESS = `arn:aws:iam::${ACCOUNT_A}:role/accountb-instance-role-dynamodb`;
const CALLER = `arn:aws:iam::${ACCOUNT_B}:role/instance-role`;
const TD_KEYS = `arn:aws:kms:us-east-1:${IDENTITY}:key/*`;
const CURITY_USERS = `arn:aws:dynamodb:eu-west-1:${CURITY}:table/curity-users`;

const ec2 = { Principal: { Service: "ec2.amazonaws.com" } };

const tdRole = (r: Resources) => find(r, ROLE, "trust-domain-role");
const tdPolicy = (r: Resources) => find(r, ROLE_POLICY, "trust-domain-role-access");
const provisioner = (r: Resources) => find(r, ROLE, "basil-provisioner");
const runtimePolicy = (r: Resources) => find(r, ROLE_POLICY, "basil-runtime-access");
const payloadKey = (r: Resources) => find(r, KEY, "basil-key-payload-aead");
const curityRole = (r: Resources) => find(r, ROLE, "curity-role");
const dataKey = (r: Resources) => find(r, KEY, "cross-account-key");
const accessRole = (r: Resources) => find(r, ROLE, "cross-account-access");
const accessPolicy = (r: Resources) => find(r, ROLE_POLICY, "cross-account-access-access");
const callerRole = (r: Resources) => find(r, ROLE, "cross-account-caller");

/** A new stack key next to `like` with a fixed id and the given key policy. */
function newKey(r: Resources, like: AnalyzerResourceInput, name: string, keyId: string, policy: string): string {
    const [, , , region, account] = (prop(like, "arn") as string).split(":");
    const arn = `arn:aws:kms:${region}:${account}:key/${keyId}`;
    add(r, like, KEY, name, {
        arn,
        keyId,
        customerMasterKeySpec: prop(like, "customerMasterKeySpec"),
        keyUsage: prop(like, "keyUsage"),
        deletionWindowInDays: 30,
        enableKeyRotation: prop(like, "enableKeyRotation"),
        description: `${name} (red-team 13)`,
        policy,
    });
    r[r.length - 1].options = { protect: true, retainOnDelete: true };
    return arn;
}
const rootDelegation = (account: string) => ({
    Sid: "EnableIAMDelegation",
    Effect: "Allow",
    Principal: { AWS: `arn:aws:iam::${account}:root` },
    Action: "kms:*",
    Resource: "*",
});

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
    // ---- trust-domain: the server discovers its keys by tag (tag:GetResources), signs with them, and its keys are
    // key/* of its account and region.
    {
        name: "an EC2 build role allowed kms:CreateKey and TagResource with the server's discovery tags (team=identity): the server would adopt a key the builder made and controls",
        stack: "trust-domain",
        edit: r => {
            role(r, tdRole(r), IDENTITY, "key-builder", ec2, {
                Effect: "Allow",
                Action: ["kms:CreateKey", "kms:TagResource"],
                Resource: "*",
                Condition: { StringEquals: { "aws:RequestTag/team": "identity" } },
            });
        },
        refused: /key-builder/,
        policy: "custody-effective-access",
    },
    {
        name: "an EC2 role allowed kms:* on *, with a 'guard' Deny of NotAction kms:Sign (the Deny spares Sign on every key)",
        stack: "trust-domain",
        edit: r => {
            role(
                r,
                tdRole(r),
                IDENTITY,
                "signing-probe",
                ec2,
                { Effect: "Allow", Action: "kms:*", Resource: "*" },
                { Effect: "Deny", NotAction: "kms:Sign", Resource: "*" },
            );
        },
        refused: /signing-probe.*kms:Sign|kms:Sign.*signing-probe/,
    },
    {
        name: "an EC2 role allowed kms:Sign on *, with a Deny of Sign on NotResource key/* of the identity account (the Deny spares exactly the server's keys)",
        stack: "trust-domain",
        edit: r => {
            role(
                r,
                tdRole(r),
                IDENTITY,
                "signing-probe",
                ec2,
                { Effect: "Allow", Action: "kms:Sign", Resource: "*" },
                { Effect: "Deny", Action: "kms:Sign", NotResource: TD_KEYS },
            );
        },
        refused: /signing-probe/,
    },
    {
        name: "an EC2 role allowed kms:Sign on arn:aws:kms:us-east-?:444444444444:key/* (a one-character region wildcard)",
        stack: "trust-domain",
        edit: r => {
            role(r, tdRole(r), IDENTITY, "signing-probe", ec2, {
                Effect: "Allow",
                Action: "kms:Sign",
                Resource: `arn:aws:kms:us-east-?:${IDENTITY}:key/*`,
            });
        },
        refused: /signing-probe/,
    },
    {
        name: "an EC2 role allowed kms:Sign on arn:aws:kms:us-east-1:444444444444:* (a resource-type wildcard: key/* included)",
        stack: "trust-domain",
        edit: r => {
            role(r, tdRole(r), IDENTITY, "signing-probe", ec2, {
                Effect: "Allow",
                Action: "kms:Sign",
                Resource: `arn:aws:kms:us-east-1:${IDENTITY}:*`,
            });
        },
        refused: /signing-probe/,
    },
    {
        name: "the server's trust gains a statement for the account root with a trust Deny of every principal not like role/spirl-* (every spirl-* role of the account)",
        stack: "trust-domain",
        edit: r =>
            editDoc(tdRole(r), "assumeRolePolicy", d => {
                d.Statement.push(
                    { Effect: "Allow", Principal: { AWS: `arn:aws:iam::${IDENTITY}:root` }, Action: "sts:AssumeRole" },
                    {
                        Effect: "Deny",
                        Principal: { AWS: "*" },
                        Action: "sts:AssumeRole",
                        Condition: { StringNotLike: { "aws:PrincipalArn": `arn:aws:iam::${IDENTITY}:role/spirl-*` } },
                    },
                );
            }),
        refused: /trust-domain-server/,
    },
    // ---- basil.
    {
        name: "provisioner trust: the account root, narrowed by a trust Deny of every principal not like role/platform-* (every platform-* role becomes the provisioner)",
        stack: "basil",
        edit: r =>
            editDoc(provisioner(r), "assumeRolePolicy", d => {
                d.Statement.push(
                    { Effect: "Allow", Principal: { AWS: `arn:aws:iam::${BASIL}:root` }, Action: "sts:AssumeRole" },
                    {
                        Effect: "Deny",
                        Principal: { AWS: "*" },
                        Action: "sts:AssumeRole",
                        Condition: { StringNotLike: { "aws:PrincipalArn": `arn:aws:iam::${BASIL}:role/platform-*` } },
                    },
                );
            }),
        refused: /basil-provisioner/,
        policy: "custody-effective-access",
    },
    {
        name: "payload key rotated by re-pointing alias/basil/payload-aead at a new stack key; the old key (still in the broker's grant, still holding every ciphertext) lets an outside account Decrypt",
        stack: "basil",
        edit: r => {
            const old = payloadKey(r);
            const fresh = newKey(
                r,
                old,
                "basil-key-payload-aead-v2",
                "2b8b1c0e-7f37-4a63-9a0b-3d2f4e5a6b7c",
                doc(rootDelegation(BASIL)),
            );
            const alias = find(r, ALIAS, "basil-key-payload-aead-alias");
            setProp(alias, "targetKeyId", fresh.split("/")[1]);
            setProp(alias, "targetKeyArn", fresh);
            editDoc(runtimePolicy(r), "policy", d => {
                (d.Statement[0].Resource as string[]).push(fresh);
            });
            editDoc(old, "policy", d => {
                d.Statement.push({
                    Sid: "Escrow",
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${FOREIGN}:root` },
                    Action: "kms:Decrypt",
                    Resource: "*",
                });
            });
        },
        refused: /999999999999/,
        policy: "custody-effective-access",
    },
    // ---- cross-account.
    {
        name: 'the data key\'s policy admits every principal of an organizational unit for Decrypt ("*" + ForAnyValue:StringLike aws:PrincipalOrgPaths)',
        stack: "cross-account",
        edit: r =>
            editDoc(dataKey(r), "policy", d => {
                d.Statement.push({
                    Sid: "OuDecrypt",
                    Effect: "Allow",
                    Principal: { AWS: "*" },
                    Action: "kms:Decrypt",
                    Resource: "*",
                    Condition: {
                        "ForAnyValue:StringLike": { "aws:PrincipalOrgPaths": "o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/*" },
                    },
                });
            }),
        refused: /OuDecrypt/,
        policy: "custody-effective-access",
    },
    {
        name: "a stack IAM user of account B with an access key, named in the access role's trust beside the instance role (long-lived keys become the access role)",
        stack: "cross-account",
        edit: r => {
            const user = `arn:aws:iam::${ACCOUNT_B}:user/batch-reader`;
            add(r, callerRole(r), "aws:iam/user:User", "batch-reader", { name: "batch-reader", arn: user });
            add(r, callerRole(r), "aws:iam/accessKey:AccessKey", "batch-reader-key", { user: "batch-reader" });
            add(r, callerRole(r), "aws:iam/userPolicy:UserPolicy", "batch-reader-assume", {
                user: "batch-reader",
                name: "assume",
                policy: doc({ Effect: "Allow", Action: "sts:AssumeRole", Resource: ACCESS }),
            });
            editDoc(accessRole(r), "assumeRolePolicy", d => {
                d.Statement[0].Principal = { AWS: [CALLER, user] };
            });
        },
        refused: /batch-reader/,
    },
    {
        name: "the data key rotated by re-pointing its alias at a new stack key; the old key (still in the access role's grant) lets account B's root Decrypt",
        stack: "cross-account",
        edit: r => {
            const old = dataKey(r);
            const fresh = newKey(
                r,
                old,
                "cross-account-key-v2",
                "5e6f7a8b-1c2d-4e3f-8a9b-0c1d2e3f4a5b",
                doc(rootDelegation(ACCOUNT_A)),
            );
            const alias = find(r, ALIAS, "cross-account-key-alias");
            setProp(alias, "targetKeyId", fresh);
            setProp(alias, "targetKeyArn", fresh);
            editDoc(accessPolicy(r), "policy", d => {
                d.Statement[0].Resource = [prop(old, "arn"), fresh];
            });
            editDoc(old, "policy", d => {
                d.Statement.push({
                    Sid: "AccountBDecrypt",
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${ACCOUNT_B}:root` },
                    Action: "kms:Decrypt",
                    Resource: "*",
                });
            });
        },
        // Refused by the defence-in-depth kms-key-policy-safe (the whole account B); custody-effective-access, which
        // keeps the old key custody after the alias moves, names the path too (rotation13.test.ts).
        refused: /AccountBDecrypt.*777777777777:root/,
        policy: "kms-key-policy-safe",
    },
    {
        name: "the data key rotated by re-pointing its alias at a new stack key (the access role granted only the new one); the old key, which still decrypts every earlier ciphertext, lets a reporting role of account B Decrypt",
        stack: "cross-account",
        edit: r => {
            const old = dataKey(r);
            const fresh = newKey(
                r,
                old,
                "cross-account-key-v2",
                "5e6f7a8b-1c2d-4e3f-8a9b-0c1d2e3f4a5b",
                doc(rootDelegation(ACCOUNT_A)),
            );
            const alias = find(r, ALIAS, "cross-account-key-alias");
            setProp(alias, "targetKeyId", fresh);
            setProp(alias, "targetKeyArn", fresh);
            editDoc(accessPolicy(r), "policy", d => {
                d.Statement[0].Resource = fresh;
            });
            editDoc(old, "policy", d => {
                d.Statement.push({
                    Sid: "ReportingDecrypt",
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${ACCOUNT_B}:role/reporting` },
                    Action: "kms:Decrypt",
                    Resource: "*",
                });
            });
        },
        refused: /reporting/,
        policy: "custody-effective-access",
    },
    // ---- curity.
    {
        name: 'a ResourcePolicy on curity-users admitting "*" pinned only by aws:SourceVpce (every principal of any account reaching that endpoint)',
        stack: "curity",
        edit: r => {
            add(r, curityRole(r), "aws:dynamodb/resourcePolicy:ResourcePolicy", "curity-users-vpce", {
                resourceArn: CURITY_USERS,
                policy: doc({
                    Effect: "Allow",
                    Principal: "*",
                    Action: ["dynamodb:GetItem", "dynamodb:Query"],
                    Resource: CURITY_USERS,
                    Condition: { StringEquals: { "aws:SourceVpce": "vpce-0a1b2c3d4e5f60718" } },
                }),
            });
        },
        refused: /curity-users/,
    },
];

const secure: Case[] = [
    {
        name: "account B's instance role ships its own logs to one log group (CreateLogStream, PutLogEvents)",
        stack: "cross-account",
        edit: r => {
            const group = `arn:aws:logs:us-east-1:${ACCOUNT_B}:log-group:/custody/cross-account/reader`;
            add(r, callerRole(r), "aws:cloudwatch/logGroup:LogGroup", "reader-logs", {
                name: "/custody/cross-account/reader",
                arn: group,
                retentionInDays: 90,
            });
            addStatements(find(r, ROLE_POLICY, "cross-account-caller-access"), "policy", {
                Sid: "OwnLogs",
                Effect: "Allow",
                Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
                Resource: `${group}:*`,
            });
        },
    },
    {
        name: "the access role's Decrypt pinned to my-table's application encryption context (kms:EncryptionContext:table)",
        stack: "cross-account",
        edit: r =>
            editDoc(accessPolicy(r), "policy", d => {
                d.Statement[0].Condition = { StringEquals: { "kms:EncryptionContext:table": "my-table" } };
            }),
    },
    {
        name: "an AWS Config managed rule in the identity account flagging KMS keys pending deletion (KMS_CMK_NOT_SCHEDULED_FOR_DELETION)",
        stack: "trust-domain",
        edit: r => {
            add(r, tdRole(r), "aws:cfg/rule:Rule", "kms-not-pending-deletion", {
                name: "kms-cmk-not-scheduled-for-deletion",
                arn: `arn:aws:config:us-east-1:${IDENTITY}:config-rule/config-rule-abc123`,
                source: { owner: "AWS", sourceIdentifier: "KMS_CMK_NOT_SCHEDULED_FOR_DELETION" },
                scope: { complianceResourceTypes: ["AWS::KMS::Key"] },
            });
        },
    },
    {
        name: "a second instance profile for account B's instance role (a blue/green launch template; same instances of B)",
        stack: "cross-account",
        edit: r => {
            add(r, callerRole(r), "aws:iam/instanceProfile:InstanceProfile", "cross-account-caller-profile-green", {
                name: "instance-role-green",
                arn: `arn:aws:iam::${ACCOUNT_B}:instance-profile/instance-role-green`,
                role: "instance-role",
            });
        },
    },
    {
        name: "the access role's table statement split: GetItem on my-table, Query and Scan on my-table and its indexes",
        stack: "cross-account",
        edit: r =>
            editDoc(accessPolicy(r), "policy", d => {
                const t = `arn:aws:dynamodb:us-east-1:${ACCOUNT_A}:table/my-table`;
                d.Statement = [
                    d.Statement[0],
                    { Sid: "Get", Effect: "Allow", Action: "dynamodb:GetItem", Resource: t },
                    {
                        Sid: "QueryScan",
                        Effect: "Allow",
                        Action: ["dynamodb:Query", "dynamodb:Scan"],
                        Resource: [t, `${t}/index/*`],
                    },
                ];
            }),
    },
    {
        name: "the data key's policy guards Decrypt: a Deny of every principal but the access role (ArnNotEquals aws:PrincipalArn), AWS services exempt",
        stack: "cross-account",
        edit: r =>
            editDoc(dataKey(r), "policy", d => {
                d.Statement.push({
                    Sid: "OnlyTheAccessRoleDecrypts",
                    Effect: "Deny",
                    Principal: { AWS: "*" },
                    Action: "kms:Decrypt",
                    Resource: "*",
                    Condition: {
                        ArnNotEquals: { "aws:PrincipalArn": ACCESS },
                        Bool: { "aws:PrincipalIsAWSService": "false" },
                    },
                });
            }),
    },
    {
        name: "the key manager's statements also pinned to its own account (aws:ResourceAccount 444444444444)",
        stack: "trust-domain",
        edit: r =>
            editDoc(tdPolicy(r), "policy", d => {
                d.Statement[0].Condition = { StringEquals: { "aws:ResourceAccount": IDENTITY } };
            }),
    },
    {
        name: "Application Auto Scaling on curity-users' read and write capacity (service-linked role, target tracking)",
        stack: "curity",
        edit: r => {
            for (const dim of ["Read", "Write"]) {
                add(r, curityRole(r), "aws:appautoscaling/target:Target", `curity-users-${dim.toLowerCase()}`, {
                    serviceNamespace: "dynamodb",
                    resourceId: "table/curity-users",
                    scalableDimension: `dynamodb:table:${dim}CapacityUnits`,
                    minCapacity: 5,
                    maxCapacity: 100,
                });
                add(r, curityRole(r), "aws:appautoscaling/policy:Policy", `curity-users-${dim.toLowerCase()}-tt`, {
                    name: `curity-users-${dim.toLowerCase()}`,
                    policyType: "TargetTrackingScaling",
                    serviceNamespace: "dynamodb",
                    resourceId: "table/curity-users",
                    scalableDimension: `dynamodb:table:${dim}CapacityUnits`,
                    targetTrackingScalingPolicyConfiguration: {
                        targetValue: 70,
                        predefinedMetricSpecification: {
                            predefinedMetricType: `DynamoDB${dim}CapacityUtilization`,
                        },
                    },
                });
            }
        },
    },
];

describe("allowlist: red-team round 13 on the non-signer stacks (AWS side)", () => {
    for (const c of insecure) {
        (c.skip ? it.skip : it)(`refuses: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            assertRefused(await runWholePack(c.stack, r), c.refused ?? /./, c.policy);
        });
    }
    for (const c of secure) {
        (c.skip ? it.skip : it)(`accepts: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            assertClean(await runWholePack(c.stack, r));
        });
    }
    it("keeps its fixtures' assumptions", async () => {
        const r = await stackResources("cross-account");
        assert.equal(prop(callerRole(r), "arn"), CALLER);
    });
});
