// Red-team round 25 on the AWS level (fresh eyes): ARN condition operators (ArnEquals/ArnNotEquals take wildcards
// exactly as ArnLike/ArnNotLike do), key-policy and table-policy Denies, trust Denies, and secure variants in the
// shape a `pulumi stack export` (or a careful platform team) writes. Insecure variants the whole pack must refuse
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
const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const TABLE = "aws:dynamodb/table:Table";
const ACCOUNT_B = "777777777777";
type Statement = Record<string, unknown>;

const signerRole = (r: Resources) => find(r, ROLE, "signer-role");
const share = (r: Resources, i: number) => find(r, KEY, `signer-shares-share-${i}`);
const arnOf = (x: AnalyzerResourceInput) => prop(x, "arn") as string;
const add = (r: Resources, like: AnalyzerResourceInput, type: string, name: string, inputs: Record<string, unknown>) =>
    r.push(resourceLike(like, type, name, inputs));

/** A role of the stack next to `like`, trusted by Lambda (pinned to its account), with one inline policy. */
function lambdaRole(r: Resources, like: AnalyzerResourceInput, name: string, account: string, ...statements: object[]) {
    add(r, like, ROLE, name, {
        name,
        arn: `arn:aws:iam::${account}:role/${name}`,
        assumeRolePolicy: doc({
            Effect: "Allow",
            Principal: { Service: "lambda.amazonaws.com" },
            Action: "sts:AssumeRole",
            Condition: { StringEquals: { "aws:SourceAccount": account } },
        }),
        inlinePolicies: [{ name: "access", policy: doc(...statements) }],
    });
}

/**
 * The access role's trust: the caller and an outside successor role, with a guard Deny under `operator` on
 * aws:PrincipalArn = `values` (by default the caller and role/instance-role-*).
 */
function blueGreenTrust(
    r: Resources,
    operator: string,
    values = [`arn:aws:iam::${ACCOUNT_B}:role/instance-role`, `arn:aws:iam::${ACCOUNT_B}:role/instance-role-*`],
): void {
    const role = find(r, ROLE, "cross-account-access");
    const [allow] = (JSON.parse(prop(role, "assumeRolePolicy") as string) as { Statement: Statement[] }).Statement;
    allow.Principal = {
        AWS: [`arn:aws:iam::${ACCOUNT_B}:role/instance-role`, `arn:aws:iam::${ACCOUNT_B}:role/instance-role-green`],
    };
    setProp(
        role,
        "assumeRolePolicy",
        doc(allow, {
            Sid: "OnlyInstanceRoles",
            Effect: "Deny",
            Principal: { AWS: "*" },
            Action: "sts:AssumeRole",
            Condition: { [operator]: { "aws:PrincipalArn": values } },
        }),
    );
}

type Case = {
    name: string;
    stack?: string;
    edit: (r: Resources) => void;
    refused?: RegExp;
    policy?: string;
    skip?: boolean;
};

const insecure: Case[] = [
    {
        // ArnNotEquals takes wildcards exactly as ArnNotLike does (IAM User Guide, "Condition operators", ARN
        // condition operators: "Each of the six colon-delimited components of the ARN is checked separately and each
        // can include multi-character match wildcards (*) or single-character match wildcards (?)"; the project's own
        // @cloud-copilot/iam-simulate: ArnNotEquals.matches = ArnNotLike.matches). custody-prod-reporter matches
        // role/custody-prod-*, so the guard Deny does NOT apply to it and the root delegation + its own Allow lets it
        // Decrypt share 1.
        name: "prod: share 1's key policy guards Decrypt with a Deny unless ArnNotEquals aws:PrincipalArn role/custody-prod-* (a wildcard), and a stack Lambda role custody-prod-reporter is allowed Decrypt on share 1",
        edit: r => {
            addStatements(share(r, 1), "policy", {
                Sid: "OnlyCustodyRoles",
                Effect: "Deny",
                Principal: "*",
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { ArnNotEquals: { "aws:PrincipalArn": `arn:aws:iam::${PRIMARY}:role/custody-prod-*` } },
            });
            lambdaRole(r, signerRole(r), "custody-prod-reporter", PRIMARY, {
                Effect: "Allow",
                Action: "kms:Decrypt",
                Resource: arnOf(share(r, 1)),
            });
        },
        refused: /custody-prod-reporter/,
    },
    {
        // Control of the case above with ArnNotLike (trustDeny.ts matches it with globSubsumes). Both refused: share-custody
        // reads the reporter's Decrypt through the root delegation without crediting the Deny.
        name: "prod: the same guard Deny written ArnNotLike role/custody-prod-* (control)",
        edit: r => {
            addStatements(share(r, 1), "policy", {
                Sid: "OnlyCustodyRoles",
                Effect: "Deny",
                Principal: "*",
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { ArnNotLike: { "aws:PrincipalArn": `arn:aws:iam::${PRIMARY}:role/custody-prod-*` } },
            });
            lambdaRole(r, signerRole(r), "custody-prod-reporter", PRIMARY, {
                Effect: "Allow",
                Action: "kms:Decrypt",
                Resource: arnOf(share(r, 1)),
            });
        },
        refused: /custody-prod-reporter/,
    },
    {
        // The same wildcard ArnNotEquals guard on a DynamoDB ResourcePolicy: custody-prod-exporter matches
        // role/custody-prod-*, so AWS does not deny it and its own Allow reads the keystore (same account: the
        // identity policy suffices). Refused (effective access names the exporter).
        name: "prod: the keystore's ResourcePolicy Denies GetItem/Query unless ArnNotEquals aws:PrincipalArn role/custody-prod-*, and a stack Lambda role custody-prod-exporter is allowed GetItem/Query on the keystore",
        edit: r => {
            const keystore = find(r, TABLE, "signer-tables-keystore");
            add(r, keystore, "aws:dynamodb/resourcePolicy:ResourcePolicy", "keystore-policy", {
                resourceArn: arnOf(keystore),
                policy: doc({
                    Sid: "OnlyCustodyRoles",
                    Effect: "Deny",
                    Principal: "*",
                    Action: ["dynamodb:GetItem", "dynamodb:Query"],
                    Resource: "*",
                    Condition: { ArnNotEquals: { "aws:PrincipalArn": `arn:aws:iam::${PRIMARY}:role/custody-prod-*` } },
                }),
            });
            lambdaRole(r, signerRole(r), "custody-prod-exporter", PRIMARY, {
                Effect: "Allow",
                Action: ["dynamodb:GetItem", "dynamodb:Query"],
                Resource: arnOf(keystore),
            });
        },
        refused: /custody-prod-exporter/,
    },
    {
        // Was a MISS (fixed in round 25: model/document.ts operatorByMatch reads an ARN *Equals with a wildcard as the
        // *Like, so every reader of a clause, trustDeny.ts clauseSurelyHolds among them, judges it as the pattern it is):
        // trustDeny.ts clauseSurelyHolds compared ArnEquals/ArnNotEquals values with `v === value`, as if they
        // took no wildcard; AWS reads them exactly as ArnLike/ArnNotLike (IAM User Guide, "IAM JSON policy elements:
        // Condition operators", ARN condition operators: each of the six colon-delimited components "can include
        // multi-character match wildcards (*) or single-character match wildcards (?)"; the project's own
        // @cloud-copilot/iam-simulate: ArnNotEquals.matches = ArnNotLike.matches; iam.cloudcopilot.io/resources/
        // operators/ArnNotEquals: "behaves exactly the same as ArnNotLike"). The access role's trust names the caller
        // and its blue/green successor instance-role-green (a role OUTSIDE the stack), and a Deny meant to keep only
        // instance-role and instance-role-* roles: instance-role-green matches role/instance-role-*, so AWS does NOT
        // deny it and it becomes the access role (Decrypt with account A's data key, read my-table). The engine read
        // the Deny as surely covering instance-role-green (its ARN is not literally a value) and dropped the path:
        // the whole pack accepted. The same Deny written ArnNotLike is refused naming instance-role-green (control).
        name: "cross-account: the access role's trust admits instance-role and an outside instance-role-green, with a Deny unless ArnNotEquals aws:PrincipalArn [instance-role, role/instance-role-*]",
        stack: "cross-account",
        edit: r => blueGreenTrust(r, "ArnNotEquals"),
        refused: /instance-role-green \(outside this stack\)/,
        policy: "custody-effective-access",
    },
    {
        name: "cross-account: the same trust with the Deny written ArnNotLike (control)",
        stack: "cross-account",
        edit: r => blueGreenTrust(r, "ArnNotLike"),
        refused: /instance-role-green \(outside this stack\)/,
        policy: "custody-effective-access",
    },
    {
        // Neighbour of the case above: the IfExists form. aws:PrincipalArn is always present for an IAM caller, and a
        // negated operator holds when the key is absent anyway, so ArnNotEqualsIfExists is ArnNotEquals, wildcards
        // included (IAM User Guide, "Condition operators", ...IfExists and ARN condition operators).
        name: "cross-account: the same trust with the Deny written ArnNotEqualsIfExists [instance-role, role/instance-role-*]",
        stack: "cross-account",
        edit: r => blueGreenTrust(r, "ArnNotEqualsIfExists"),
        refused: /instance-role-green \(outside this stack\)/,
        policy: "custody-effective-access",
    },
    {
        // Neighbour, the positive operator: a Deny when ArnEquals aws:PrincipalArn role/instance-role-blue* (a
        // wildcard) covers blue roles only; instance-role-green does not match it, so the Deny does not reach it and
        // it becomes the access role.
        name: "cross-account: the same trust with a Deny when ArnEquals aws:PrincipalArn role/instance-role-blue* (a wildcard that does not cover instance-role-green)",
        stack: "cross-account",
        edit: r => blueGreenTrust(r, "ArnEquals", [`arn:aws:iam::${ACCOUNT_B}:role/instance-role-blue*`]),
        refused: /instance-role-green \(outside this stack\)/,
        policy: "custody-effective-access",
    },
    {
        // The root of account B narrowed by "ArnEquals aws:PrincipalArn role/instance-role*" (a wildcard: every
        // role of B whose name starts so, instance-role-green and instance-roles-admin alike).
        name: "cross-account: the access role's trust names account B's root narrowed only by ArnEquals aws:PrincipalArn role/instance-role* (a wildcard), external id kept",
        stack: "cross-account",
        edit: r => {
            const role = find(r, ROLE, "cross-account-access");
            const [allow] = (JSON.parse(prop(role, "assumeRolePolicy") as string) as { Statement: Statement[] })
                .Statement;
            allow.Principal = { AWS: `arn:aws:iam::${ACCOUNT_B}:root` };
            allow.Condition = {
                ...(allow.Condition as object),
                ArnEquals: { "aws:PrincipalArn": `arn:aws:iam::${ACCOUNT_B}:role/instance-role*` },
            };
            setProp(role, "assumeRolePolicy", doc(allow));
        },
        refused: /instance-role\*/,
        policy: "custody-effective-access",
    },
    {
        // The Pod Identity cluster pin written ArnEquals with a wildcard: every cluster of the account named prod-*.
        name: "pod-identity: the signer's trust pins the cluster by ArnEquals aws:RequestTag/eks-cluster-arn cluster/prod-* (a wildcard)",
        stack: "pod-identity",
        edit: r => {
            const role = signerRole(r);
            const statements = (JSON.parse(prop(role, "assumeRolePolicy") as string) as { Statement: Statement[] })
                .Statement;
            for (const s of statements) {
                const c = s.Condition as Record<string, Record<string, unknown>>;
                for (const op of Object.keys(c)) {
                    for (const k of Object.keys(c[op]))
                        if (k.toLowerCase() === "aws:requesttag/eks-cluster-arn") delete c[op][k];
                    if (Object.keys(c[op]).length === 0) delete c[op];
                }
                c.ArnEquals = { "aws:RequestTag/eks-cluster-arn": `arn:aws:eks:eu-west-1:${PRIMARY}:cluster/prod-*` };
            }
            setProp(role, "assumeRolePolicy", doc(...statements));
        },
        refused: /cluster\/prod-\*/,
    },
    {
        // A role of no workload allowed to schedule the deletion of every key of the account; the tables CMK's
        // guard Deny of key destruction spares custody-prod-* roles (ArnNotEquals, a wildcard), the janitor among them.
        name: "prod: a stack role custody-prod-janitor allowed ScheduleKeyDeletion/DisableKey on key/*, the tables CMK's guard Deny sparing role/custody-prod-* (ArnNotEquals)",
        edit: r => {
            addStatements(find(r, KEY, "signer-tables-cmk"), "policy", {
                Sid: "NoDestructionOutsideCustody",
                Effect: "Deny",
                Principal: "*",
                Action: ["kms:ScheduleKeyDeletion", "kms:DisableKey"],
                Resource: "*",
                Condition: { ArnNotEquals: { "aws:PrincipalArn": `arn:aws:iam::${PRIMARY}:role/custody-prod-*` } },
            });
            lambdaRole(r, signerRole(r), "custody-prod-janitor", PRIMARY, {
                Effect: "Allow",
                Action: ["kms:ScheduleKeyDeletion", "kms:DisableKey"],
                Resource: `arn:aws:kms:eu-west-1:${PRIMARY}:key/*`,
            });
        },
        refused: /custody-prod-janitor/,
    },
    {
        // "*" pinned by ArnEquals with a '?' wildcard: every role of the account whose name is custody-prod-signe
        // plus one character (custody-prod-signex, created by anyone with iam:CreateRole) decrypts share 1.
        name: 'prod: share 1\'s key policy lets "*" Decrypt when ArnEquals aws:PrincipalArn role/custody-prod-signe? (a one-character wildcard)',
        edit: r =>
            addStatements(share(r, 1), "policy", {
                Sid: "SignerByPattern",
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { ArnEquals: { "aws:PrincipalArn": `arn:aws:iam::${PRIMARY}:role/custody-prod-signe?` } },
            }),
        refused: /custody-prod-signe\?|SignerByPattern/,
    },
];

const secure: Case[] = [
    {
        // Was a MISS (fixed in round 25, model/document.ts operatorByMatch): the same ArnNotEquals misreading, on the
        // secure side. A guard Deny of kms:Decrypt on share 1 for every
        // principal whose ARN is not role/custody-prod-* admits nobody new (a Deny never grants) and keeps the signer
        // (custody-prod-signer matches the pattern, so AWS does not deny it: IAM User Guide, ARN condition operators
        // take wildcards; @cloud-copilot/iam-simulate ArnNotEquals = ArnNotLike). The engine read the value
        // literally, decided the Deny surely covers the signer, and custody-required-access refused: "workload signer
        // needs kms:Decrypt on key alias/custody-infra/prod/share-1 ... and no identity of the workload is allowed
        // it". The same Deny written ArnNotLike (next case) is accepted.
        name: "prod: share 1's key policy guards Decrypt with a Deny unless ArnNotEquals aws:PrincipalArn role/custody-prod-* (nobody new admitted, the signer kept)",
        edit: r =>
            addStatements(share(r, 1), "policy", {
                Sid: "OnlyCustodyRoles",
                Effect: "Deny",
                Principal: "*",
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { ArnNotEquals: { "aws:PrincipalArn": `arn:aws:iam::${PRIMARY}:role/custody-prod-*` } },
            }),
    },
    {
        // Neighbour: the IfExists form of the same guard (a negated operator also holds when the key is absent).
        name: "prod: share 1's key policy guards Decrypt with a Deny unless ArnNotEqualsIfExists aws:PrincipalArn role/custody-prod-* (the signer kept)",
        edit: r =>
            addStatements(share(r, 1), "policy", {
                Sid: "OnlyCustodyRoles",
                Effect: "Deny",
                Principal: "*",
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: {
                    ArnNotEqualsIfExists: { "aws:PrincipalArn": `arn:aws:iam::${PRIMARY}:role/custody-prod-*` },
                },
            }),
    },
    {
        // Neighbour, the positive operator: a Deny of Decrypt on share 1 when ArnEquals aws:PrincipalArn
        // role/custody-prod-report* (a wildcard that does not cover custody-prod-signer) takes nothing from the signer.
        name: "prod: share 1's key policy Denies Decrypt when ArnEquals aws:PrincipalArn role/custody-prod-report* (a wildcard that does not cover the signer)",
        edit: r =>
            addStatements(share(r, 1), "policy", {
                Sid: "NoReporters",
                Effect: "Deny",
                Principal: "*",
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { ArnEquals: { "aws:PrincipalArn": `arn:aws:iam::${PRIMARY}:role/custody-prod-report*` } },
            }),
    },
    {
        // Neighbour of the cross-account MISS, secure side: the Deny when ArnEquals aws:PrincipalArn
        // role/instance-role-g* (a wildcard) covers instance-role-green, so AWS denies it and only instance-role
        // becomes the access role. Read literally, the Deny covered nobody and the outside role was refused.
        name: "cross-account: the access role's trust admits instance-role and an outside instance-role-green, with a Deny when ArnEquals aws:PrincipalArn role/instance-role-g* (a wildcard covering instance-role-green)",
        stack: "cross-account",
        edit: r => blueGreenTrust(r, "ArnEquals", [`arn:aws:iam::${ACCOUNT_B}:role/instance-role-g*`]),
    },
    {
        // Neighbour, secure side: the Deny unless ArnNotEquals [instance-role, role/instance-role-b?ue] spares the
        // caller and instance-role-blue only; instance-role-green matches neither, so AWS denies it.
        name: "cross-account: the same trust with a Deny unless ArnNotEquals aws:PrincipalArn [instance-role, role/instance-role-b?ue] (the outside role denied)",
        stack: "cross-account",
        edit: r =>
            blueGreenTrust(r, "ArnNotEquals", [
                `arn:aws:iam::${ACCOUNT_B}:role/instance-role`,
                `arn:aws:iam::${ACCOUNT_B}:role/instance-role-b?ue`,
            ]),
    },
    {
        name: "prod: the keystore's ResourcePolicy guards GetItem/Query with a Deny unless ArnNotEquals aws:PrincipalArn role/custody-prod-* (the signer kept)",
        edit: r => {
            const keystore = find(r, TABLE, "signer-tables-keystore");
            add(r, keystore, "aws:dynamodb/resourcePolicy:ResourcePolicy", "keystore-policy", {
                resourceArn: arnOf(keystore),
                policy: doc({
                    Sid: "OnlyCustodyRoles",
                    Effect: "Deny",
                    Principal: "*",
                    Action: ["dynamodb:GetItem", "dynamodb:Query"],
                    Resource: "*",
                    Condition: { ArnNotEquals: { "aws:PrincipalArn": `arn:aws:iam::${PRIMARY}:role/custody-prod-*` } },
                }),
            });
        },
    },
    {
        name: "prod: share 1's key policy guards Decrypt with a Deny unless ArnNotLike aws:PrincipalArn role/custody-prod-* (nobody new admitted)",
        edit: r =>
            addStatements(share(r, 1), "policy", {
                Sid: "OnlyCustodyRoles",
                Effect: "Deny",
                Principal: "*",
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { ArnNotLike: { "aws:PrincipalArn": `arn:aws:iam::${PRIMARY}:role/custody-prod-*` } },
            }),
    },
    {
        name: "prod: the three tables as a stack export shows them: ttl disabled with an empty attribute, streams off, no replicas",
        edit: r => {
            for (const t of ["anti-slashing", "signer-state", "keystore"]) {
                const table = find(r, TABLE, `signer-tables-${t}`);
                setProp(table, "ttl", { attributeName: "", enabled: false });
                setProp(table, "streamEnabled", false);
                setProp(table, "streamViewType", "");
                setProp(table, "replicas", []);
                setProp(table, "restoreToLatestTime", false);
            }
        },
    },
    {
        name: "prod: the share keys and tables CMK as a stack export shows them: customKeyStoreId, xksKeyId and keySpec defaults",
        edit: r => {
            for (const k of [share(r, 1), share(r, 2), share(r, 3), find(r, KEY, "signer-tables-cmk")]) {
                setProp(k, "customKeyStoreId", "");
                setProp(k, "xksKeyId", "");
                setProp(k, "multiRegion", false);
                setProp(k, "isEnabled", true);
                setProp(k, "bypassPolicyLockoutSafetyCheck", false);
                setProp(k, "customerMasterKeySpec", "SYMMETRIC_DEFAULT");
            }
        },
    },
    {
        name: "prod: the signer role as a stack export shows it: path /, maxSessionDuration 3600, forceDetachPolicies false, empty managedPolicyArns and permissionsBoundary",
        edit: r => {
            const role = signerRole(r);
            setProp(role, "path", "/");
            setProp(role, "maxSessionDuration", 3600);
            setProp(role, "forceDetachPolicies", false);
            setProp(role, "managedPolicyArns", []);
            setProp(role, "permissionsBoundary", "");
        },
    },
    {
        name: "cross-account: the access role's trust pins the caller by ArnEquals aws:PrincipalArn (exact, no wildcard) beside its Principal and external id",
        stack: "cross-account",
        edit: r => {
            const role = find(r, ROLE, "cross-account-access");
            const statements = (JSON.parse(prop(role, "assumeRolePolicy") as string) as { Statement: Statement[] })
                .Statement;
            for (const s of statements) {
                const c = (s.Condition ?? {}) as Record<string, Record<string, unknown>>;
                c.ArnEquals = { "aws:PrincipalArn": `arn:aws:iam::${ACCOUNT_B}:role/instance-role` };
                s.Condition = c;
            }
            setProp(role, "assumeRolePolicy", doc(...statements));
        },
    },
];

const stackOf = (c: Case) => c.stack ?? "prod";
describe("allowlist: red-team round 25 on the AWS level", () => {
    for (const c of insecure) {
        (c.skip ? it.skip : it)(`refuses: ${c.name}`, async () => {
            const r = await stackResources(stackOf(c));
            c.edit(r);
            assertRefused(await runWholePack(stackOf(c), r), c.refused ?? /./, c.policy);
        });
    }
    for (const c of secure) {
        (c.skip ? it.skip : it)(`accepts: ${c.name}`, async () => {
            const r = await stackResources(stackOf(c));
            c.edit(r);
            assertClean(await runWholePack(stackOf(c), r));
        });
    }
});
