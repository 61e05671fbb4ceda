// Round 8 fixes (h6): attachments whose target is unknown during a preview, and zero-ETL copies of custody tables.
//
// A RolePolicy, RolePolicyAttachment, PolicyAttachment, kms.Grant, kms.KeyPolicy or DynamoDB ResourcePolicy whose
// role, policy, key or table is the unknown output of a resource that is not one (a random.RandomShuffle's result)
// used to link to nothing and vanish during the preview that gates the change (stack policies run at preview:
// pulumi/docs#11508; outputs are unknown during the preview that creates them: Pulumi docs, "Inputs and outputs").
// The pack now refuses each as unverifiable, naming where the value comes from and how to make it followable
// (reference the role/key/table resource itself); a reference the engine can follow through propertyDependencies
// (or one dependency of the kind) is judged as before. A zero-ETL integration (aws.redshift.Integration and its
// kin) of a custody table is a copy judged like an export: its target stays in the table's account.
//
// Insecure neighbours must be refused (policy and path message); secure neighbours must be clean.
import type { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { aws } from "./variantBuilders";
import {
    assertClean,
    assertRefused,
    doc,
    find,
    resourceLike,
    Resources,
    runWholePack,
    stackResources,
} from "./support";

const BASIL = "111122223333";
const CURITY = "555555555555";
const OTHER = "999988887777";
const A = "666666666666";
const PROD = "111111111111";
/** The prod signer role (its ARN is unknown in a first preview; its name is set by the program). */
const PROD_SIGNER = `arn:aws:iam::${PROD}:role/custody-prod-signer`;
const ROLE = "aws:iam/role:Role";
const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
const KEY = "aws:kms/key:Key";
const GRANT = "aws:kms/grant:Grant";
const EFFECTIVE = "custody-effective-access";
const TABLES = "custody-tables";
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const CURITY_USERS = `arn:aws:dynamodb:eu-west-1:${CURITY}:table/curity-users`;
const MY_TABLE = `arn:aws:dynamodb:us-east-1:${A}:table/my-table`;
const REDSHIFT_INTEGRATION = "aws:redshift/integration:Integration";
/** Grants nothing: refused only when the pack cannot tell which role it attaches to. */
const DENY_ONLY = doc({ Effect: "Deny", Action: "kms:ScheduleKeyDeletion", Resource: "*" });

/** A resource like `like` whose `unknown` properties are unknown, each depending on the given resources. */
function withUnknowns(
    r: Resources,
    like: AnalyzerResourceInput,
    type: string,
    name: string,
    inputs: Record<string, unknown>,
    unknown: Record<string, AnalyzerResourceInput[]>,
    dependencies?: AnalyzerResourceInput[],
): AnalyzerResourceInput {
    const all = { ...inputs };
    for (const k of Object.keys(unknown)) all[k] = UNKNOWN;
    const deps = dependencies ?? Object.values(unknown).flat();
    const res = {
        ...resourceLike(like, type, name, all),
        propertyDependencies: Object.fromEntries(
            Object.entries(unknown)
                .filter(([, on]) => on.length > 0)
                .map(([k, on]) => [k, on.map(d => d.urn)]),
        ),
        dependencies: [...new Set(deps.map(d => d.urn))],
    } as AnalyzerResourceInput;
    r.push(res);
    return res;
}
/** A random provider resource of the stack (its result unknown until `up`). */
function random(r: Resources, like: AnalyzerResourceInput, kind: "RandomShuffle" | "RandomString", name: string) {
    const stackPrefix = like.urn.split("::").slice(0, 2).join("::");
    const type = `random:index/${kind[0].toLowerCase()}${kind.slice(1)}:${kind}`;
    const res = {
        urn: `${stackPrefix}::${type}::${name}`,
        type,
        name,
        inputs: {},
        outputs: { result: UNKNOWN, results: UNKNOWN },
    } as unknown as AnalyzerResourceInput;
    r.push(res);
    return res;
}
/** A KMS key of the stack beside `like` (its ARN and id unknown in a first preview). */
function stackKey(r: Resources, like: AnalyzerResourceInput, name: string, account: string): AnalyzerResourceInput {
    const key = resourceLike(
        like,
        KEY,
        name,
        {
            description: "CloudWatch Logs encryption",
            customerMasterKeySpec: "SYMMETRIC_DEFAULT",
            keyUsage: "ENCRYPT_DECRYPT",
            deletionWindowInDays: 30,
            enableKeyRotation: true,
            arn: UNKNOWN,
            keyId: UNKNOWN,
            policy: doc({
                Sid: "EnableIAMDelegation",
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${account}:root` },
                Action: "kms:*",
                Resource: "*",
            }),
        },
        { options: { protect: true, retainOnDelete: true } } as Partial<AnalyzerResourceInput>,
    );
    r.push(key);
    return key;
}

type Case = {
    name: string;
    stack: string;
    preview?: boolean;
    edit: (r: Resources) => void;
    refused?: RegExp;
    policy?: string;
};

const insecure: Case[] = [
    {
        stack: "basil",
        preview: true,
        // No propertyDependencies for `role` (a hand-built plan: the engine records one for every output that flows
        // in) and two roles among its dependencies: linked to both (over-approximated), so judged on each.
        name: "a RolePolicy whose role is unknown, with no propertyDependencies and both roles among its dependencies, allowing kms:* on *",
        edit: r => {
            const runtime = find(r, ROLE, "basil-runtime");
            const provisioner = find(r, ROLE, "basil-provisioner");
            withUnknowns(
                r,
                runtime,
                ROLE_POLICY,
                "ambiguous-access",
                { name: "ambiguous-access", policy: doc({ Effect: "Allow", Action: "kms:*", Resource: "*" }) },
                { role: [] },
                [runtime, provisioner],
            );
        },
        refused: /^role basil-(agent|provisioner) → statement #1 of RolePolicy ambiguous-access allows kms:/,
        policy: EFFECTIVE,
    },
    {
        stack: "basil",
        name: "a RolePolicy whose role comes from a RandomShuffle (unknown), granting nothing (a Deny only): still unverifiable",
        edit: r => {
            const runtime = find(r, ROLE, "basil-runtime");
            const pick = random(r, runtime, "RandomShuffle", "which-guard");
            withUnknowns(
                r,
                runtime,
                ROLE_POLICY,
                "shuffled-guard",
                { name: "shuffled-guard", policy: DENY_ONLY },
                {
                    role: [pick],
                },
            );
        },
        refused:
            /RolePolicy shuffled-guard: its role is unknown during this preview and comes from the output of random:index\/randomShuffle:RandomShuffle which-guard[\s\S]*Reference the role resource itself/,
        policy: EFFECTIVE,
    },
    {
        stack: "basil",
        name: "a PolicyAttachment whose roles list mixes basil-agent with a RandomShuffle's result (unknown)",
        edit: r => {
            const runtime = find(r, ROLE, "basil-runtime");
            const pick = random(r, runtime, "RandomShuffle", "which-roles");
            const res = withUnknowns(
                r,
                runtime,
                "aws:iam/policyAttachment:PolicyAttachment",
                "shuffled-attachment",
                { name: "shuffled-attachment", policyArn: "arn:aws:iam::aws:policy/AWSKeyManagementServicePowerUser" },
                { roles: [pick] },
            );
            (res.inputs as Record<string, unknown>).roles = ["basil-agent", UNKNOWN];
        },
        refused:
            /PolicyAttachment shuffled-attachment \(attaching arn:aws:iam::aws:policy\/AWSKeyManagementServicePowerUser\): its roles is unknown[\s\S]*random:index\/randomShuffle:RandomShuffle which-roles/,
        policy: EFFECTIVE,
    },
    {
        stack: "basil",
        name: "a RolePolicyAttachment on basil-provisioner whose policyArn is a RandomShuffle of [AdministratorAccess] (unknown)",
        edit: r => {
            const provisioner = find(r, ROLE, "basil-provisioner");
            const pick = random(r, provisioner, "RandomShuffle", "which-policy");
            withUnknowns(
                r,
                provisioner,
                "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
                "shuffled-policy",
                { role: "basil-provisioner" },
                { policyArn: [pick] },
            );
        },
        refused:
            /RolePolicyAttachment shuffled-policy: its policyArn is unknown[\s\S]*not from an aws\.iam\.Policy[\s\S]*policyArn: myPolicy\.arn/,
        policy: EFFECTIVE,
    },
    {
        stack: "curity",
        name: "a DynamoDB ResourcePolicy whose resourceArn is a RandomShuffle of [curity-users] (unknown), admitting another account",
        edit: r => {
            const role = find(r, ROLE, "curity-role");
            const pick = random(r, role, "RandomShuffle", "which-table");
            withUnknowns(
                r,
                role,
                "aws:dynamodb/resourcePolicy:ResourcePolicy",
                "shuffled-table-policy",
                {
                    policy: doc({
                        Effect: "Allow",
                        Principal: { AWS: `arn:aws:iam::${OTHER}:root` },
                        Action: "dynamodb:Scan",
                        Resource: "*",
                    }),
                },
                { resourceArn: [pick] },
            );
        },
        refused: /ResourcePolicy shuffled-table-policy: its resourceArn is unknown[\s\S]*not from a DynamoDB table/,
        policy: EFFECTIVE,
    },
    {
        stack: "prod",
        preview: true,
        name: "a kms.Grant on a logs CMK of the stack whose keyId is a RandomShuffle of [the key's ARN] (unknown): unverifiable",
        edit: r => {
            const like = find(r, KEY, "signer-tables-cmk");
            stackKey(r, like, "signer-logs-cmk", PROD);
            const pick = random(r, like, "RandomShuffle", "which-logs-key");
            withUnknowns(
                r,
                like,
                GRANT,
                "logs-grant",
                { name: "logs-grant", granteePrincipal: PROD_SIGNER, operations: ["Encrypt"] },
                { keyId: [pick] },
            );
        },
        refused: /Grant logs-grant \(granting Encrypt to [^)]*\): its keyId is unknown[\s\S]*keyId: myKey\.arn/,
        policy: EFFECTIVE,
    },
    {
        stack: "curity",
        name: "a zero-ETL integration of curity-users whose target is unknown and follows no resource of the stack (owner unknown)",
        edit: r => {
            const role = find(r, ROLE, "curity-role");
            const pick = random(r, role, "RandomShuffle", "which-warehouse");
            withUnknowns(
                r,
                role,
                REDSHIFT_INTEGRATION,
                "users-anywhere",
                { integrationName: "users-anywhere", sourceArn: CURITY_USERS },
                { targetArn: [pick] },
            );
        },
        refused:
            /Integration users-anywhere → arn:aws:dynamodb:eu-west-1:555555555555:table\/curity-users[\s\S]*whose account cannot be told/,
        policy: TABLES,
    },
    {
        stack: "curity",
        name: "a Glue zero-ETL integration (aws-native) of curity-users into another account's Lakehouse catalog",
        edit: r =>
            aws(
                r,
                "aws-native:glue:Integration",
                "users-lakehouse",
                {
                    integrationName: "users-lakehouse",
                    sourceArn: CURITY_USERS,
                    targetArn: `arn:aws:glue:eu-west-1:${OTHER}:catalog`,
                },
                "curity-role",
            ),
        refused:
            /Integration users-lakehouse → [\s\S]*curity-users[\s\S]*of account 999988887777, outside the custody accounts/,
        policy: TABLES,
    },
    {
        stack: "curity",
        name: "a zero-ETL integration whose source is a RandomShuffle of [curity-users] (unknown) into another account's warehouse",
        edit: r => {
            const role = find(r, ROLE, "curity-role");
            const pick = random(r, role, "RandomShuffle", "which-source");
            withUnknowns(
                r,
                role,
                REDSHIFT_INTEGRATION,
                "shuffled-source",
                {
                    integrationName: "shuffled-source",
                    targetArn: `arn:aws:redshift-serverless:eu-west-1:${OTHER}:namespace/6f1d2c3b-4a5e-4f60-9d8c-7b6a5e4d3c2b`,
                },
                { sourceArn: [pick] },
            );
        },
        refused: /Integration shuffled-source → a table unknown during this preview[\s\S]*of account 999988887777/,
        policy: TABLES,
    },
];

const secure: Case[] = [
    {
        stack: "basil",
        preview: true,
        name: "a RolePolicy (a Deny only) whose role is unknown with no propertyDependencies and both roles among its dependencies",
        edit: r => {
            const runtime = find(r, ROLE, "basil-runtime");
            const provisioner = find(r, ROLE, "basil-provisioner");
            withUnknowns(
                r,
                runtime,
                ROLE_POLICY,
                "ambiguous-guard",
                { name: "ambiguous-guard", policy: DENY_ONLY },
                { role: [] },
                [runtime, provisioner],
            );
        },
    },
    {
        stack: "basil",
        preview: true,
        name: "a RolePolicy whose role is unknown but depends on the runtime Role (and a RandomString suffix)",
        edit: r => {
            const runtime = find(r, ROLE, "basil-runtime");
            const suffix = random(r, runtime, "RandomString", "suffix");
            withUnknowns(
                r,
                runtime,
                ROLE_POLICY,
                "runtime-guard",
                { name: "runtime-guard", policy: DENY_ONLY },
                {
                    role: [runtime, suffix],
                },
            );
        },
    },
    {
        stack: "basil",
        preview: true,
        name: "a RolePolicyAttachment whose role and policyArn are unknown outputs of the runtime Role and a Policy of the stack",
        edit: r => {
            const runtime = find(r, ROLE, "basil-runtime");
            const policy = resourceLike(runtime, "aws:iam/policy:Policy", "runtime-guard-policy", {
                name: "runtime-guard-policy",
                arn: UNKNOWN,
                policy: DENY_ONLY,
            });
            r.push(policy);
            withUnknowns(
                r,
                runtime,
                "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
                "runtime-guard-attach",
                {},
                {
                    role: [runtime],
                    policyArn: [policy],
                },
            );
        },
    },
    {
        stack: "prod",
        preview: true,
        name: "a logs CMK of the stack and a kms.Grant whose keyId is the key's ARN (unknown, followed through its dependency)",
        edit: r => {
            const like = find(r, KEY, "signer-tables-cmk");
            const key = stackKey(r, like, "signer-logs-cmk", PROD);
            withUnknowns(
                r,
                like,
                GRANT,
                "logs-grant",
                { name: "logs-grant", granteePrincipal: PROD_SIGNER, operations: ["Encrypt"] },
                { keyId: [key] },
            );
        },
    },
    {
        stack: "basil",
        preview: true,
        name: "a KeyPolicy whose keyId is the jwt key's id (unknown, followed through its dependency) restating the root delegation",
        edit: r => {
            const key = find(r, KEY, "basil-key-jwt-signing-primary");
            withUnknowns(
                r,
                key,
                "aws:kms/keyPolicy:KeyPolicy",
                "jwt-key-policy",
                {
                    policy: doc({
                        Sid: "EnableIAMDelegation",
                        Effect: "Allow",
                        Principal: { AWS: `arn:aws:iam::${BASIL}:root` },
                        Action: "kms:*",
                        Resource: "*",
                    }),
                },
                { keyId: [key] },
            );
        },
    },
    {
        stack: "curity",
        preview: true,
        name: "a zero-ETL integration of curity-users into a Redshift Serverless namespace the stack creates in curity's account (ARN unknown)",
        edit: r => {
            const role = find(r, ROLE, "curity-role");
            const ns = resourceLike(role, "aws:redshiftserverless/namespace:Namespace", "analytics", {
                namespaceName: "analytics",
                arn: UNKNOWN,
            });
            r.push(ns);
            withUnknowns(
                r,
                role,
                REDSHIFT_INTEGRATION,
                "users-analytics",
                { integrationName: "users-analytics", sourceArn: CURITY_USERS },
                { targetArn: [ns] },
            );
        },
    },
    {
        stack: "cross-account",
        name: "a zero-ETL integration of my-table into a Redshift Serverless namespace of account A (the table's own)",
        edit: r =>
            aws(
                r,
                REDSHIFT_INTEGRATION,
                "my-table-analytics",
                {
                    integrationName: "my-table-analytics",
                    sourceArn: MY_TABLE,
                    targetArn: `arn:aws:redshift-serverless:us-east-1:${A}:namespace/6f1d2c3b-4a5e-4f60-9d8c-7b6a5e4d3c2b`,
                    arn: `arn:aws:redshift:us-east-1:${A}:integration:0c1d2e3f-4a5b-6c7d-8e9f-a0b1c2d3e4f5`,
                },
                "cross-account-access",
            ),
    },
];

describe("allowlist: unresolvable preview targets and zero-ETL copies (round 8 fixes)", () => {
    for (const c of insecure) {
        it(`refuses: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            assertRefused(await runWholePack(c.stack, r), c.refused!, c.policy);
        });
    }
    for (const c of secure) {
        it(`accepts: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            assertClean(await runWholePack(c.stack, r));
        });
    }
});
