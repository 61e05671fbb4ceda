// Round 7, precision: policy variables resolved by whose policy it is (model/document.ts), and Denies of a key or table
// policy that name one principal (engine/build.ts resourceDenied, engine/judge.ts keptOff, stack-keys-not-destructible).
//
// IAM User Guide, "IAM policy elements: Variables and tags": a variable takes its value from the request context; in
// a role's own policy every request is a session of that role, so ${aws:PrincipalAccount} is the role's account. In a
// resource policy it is the caller's. ${aws:PrincipalTag/x} (session tags the caller passes) and ${aws:userid}
// (role-id:session-name) stay the caller's choice. "Policy evaluation logic": an explicit Deny in any applicable
// policy wins, but only a Deny the engine is sure applies may take a grant away.
//
// Insecure variants assert the refusing rule and its path message; secure ones assertClean. A case the pack still
// gets wrong is `skip` with "MISS: <why>, <doc>".
import { strict as assert } from "assert";
import { computeEffectiveAccess, EffectiveAccess, PrincipalNode } from "../../../policy-pack/engine";
import { globsIntersect, surelyMatches } from "../../../policy-pack/engine/patterns";
import { ActionCatalog, loadCatalog } from "../../../policy-pack/model/catalog";
import { parsePolicyDocument, PolicyOwner } from "../../../policy-pack/model/document";
import { isUnconditionalDenyEverywhere } from "../../../policy-pack/model/permissions";
import type { StackResource } from "../../../policy-pack/model/resources";
import { aws } from "./variantBuilders";
import {
    addStatements,
    assertClean,
    assertRefused,
    doc,
    find,
    mandatoryOf,
    Resources,
    runWholePack,
    stackResources,
} from "./support";

const PRIMARY = "111111111111";
const TD = "444444444444";
const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
const KEY = "aws:kms/key:Key";
const EFFECTIVE = "custody-effective-access";

// ---------------------------------------------------------------- the document model
describe("precision 7: policy variables in Resource and NotResource (model/document.ts)", () => {
    const ROLE_OWNER: PolicyOwner = { kind: "role", account: PRIMARY, arn: `arn:aws:iam::${PRIMARY}:role/signer` };
    const one = (statement: object, owner?: PolicyOwner, version: string | undefined = "2012-10-17") =>
        parsePolicyDocument(
            JSON.stringify(version ? { Version: version, Statement: [statement] } : { Statement: [statement] }),
            owner,
        ).statements[0];
    const allowOn = (resource: string, owner?: PolicyOwner) =>
        one({ Effect: "Allow", Action: "dynamodb:GetItem", Resource: resource }, owner).resources;
    const denyOn = (resource: string, owner?: PolicyOwner, version?: string) =>
        one({ Effect: "Deny", Action: "dynamodb:GetItem", Resource: resource }, owner, version).resources;

    it("a role's own policy: ${aws:PrincipalAccount}, ${aws:PrincipalArn} and ${aws:PrincipalType} are its own", () => {
        assert.deepEqual(allowOn("arn:aws:s3:::b/${aws:PrincipalAccount}/t", ROLE_OWNER), [
            `arn:aws:s3:::b/${PRIMARY}/t`,
        ]);
        // Key names are case-insensitive; a default value changes nothing for a key that is always present.
        assert.deepEqual(allowOn("arn:aws:s3:::b/${AWS:principalaccount, 'x'}/t", ROLE_OWNER), [
            `arn:aws:s3:::b/${PRIMARY}/t`,
        ]);
        assert.deepEqual(allowOn("arn:aws:s3:::audit/${aws:PrincipalType}/${aws:PrincipalArn}/*", ROLE_OWNER), [
            `arn:aws:s3:::audit/AssumedRole/arn:aws:iam::${PRIMARY}:role/signer/*`,
        ]);
    });

    it("what the owner does not fix stays wide: session tags, aws:userid, a user's ARN or type", () => {
        assert.deepEqual(allowOn(`arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/\${aws:PrincipalTag/team}`, ROLE_OWNER), [
            `arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/*`,
        ]);
        assert.deepEqual(allowOn(`arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/\${aws:userid}`, ROLE_OWNER), [
            `arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/*`,
        ]);
        // A user's policy also serves its federated-user sessions (GetFederationToken): only the account is fixed.
        const user: PolicyOwner = { kind: "user", account: PRIMARY, arn: `arn:aws:iam::${PRIMARY}:user/u` };
        assert.deepEqual(
            allowOn("arn:aws:s3:::b/${aws:PrincipalType}/${aws:PrincipalArn}/${aws:PrincipalAccount}", user),
            [`arn:aws:s3:::b/*/*/${PRIMARY}`],
        );
    });

    it("before the fifth colon a variable is literal text: an Allow's Resource so written is refused with the fix", () => {
        // IAM User Guide, "Variables and tags": variables only in the resource part of an ARN; iam-simulate agrees.
        for (const owner of [ROLE_OWNER, undefined])
            assert.throws(
                () => allowOn("arn:aws:dynamodb:eu-west-1:${aws:PrincipalAccount}:table/a", owner),
                /Statement\[0\]\.Resource .* has the policy variable \$\{aws:PrincipalAccount\} before the fifth colon.*Write the partition, service, region and account literally/,
            );
        const p = denyOn("arn:aws:dynamodb:eu-west-1:${aws:PrincipalAccount}:table/a", ROLE_OWNER)![0];
        assert.ok(!globsIntersect(p, `arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/a`));
    });

    it("special characters: ${*} and ${?} are one literal character, ${$} is $", () => {
        assert.deepEqual(allowOn("arn:aws:s3:::b/${*}${?}${$}x"), ["arn:aws:s3:::b/??$x"]);
    });

    it("a Deny's Resource covers surely only what a variable surely is: the rest is kept as written (covers nothing)", () => {
        const written = `arn:aws:kms:eu-west-1:${PRIMARY}:key/\${aws:PrincipalTag/k}`;
        assert.deepEqual(denyOn(written, ROLE_OWNER), [written]);
        assert.ok(!surelyMatches(written, { pattern: `arn:aws:kms:eu-west-1:${PRIMARY}:key/abc`, exact: true }));
        // A Deny of Resource "${aws:SourceArn}" is not a Deny of everything.
        const s = one({ Effect: "Deny", Action: "kms:*", Resource: "${aws:SourceArn}" });
        assert.equal(isUnconditionalDenyEverywhere(s), false);
        // The guide documents variables only after the fifth colon: before it, even a fixed value is not relied on.
        assert.deepEqual(denyOn("arn:aws:kms:*:${aws:PrincipalAccount}:key/*", ROLE_OWNER), [
            "arn:aws:kms:*:${aws:PrincipalAccount}:key/*",
        ]);
        assert.deepEqual(denyOn("arn:aws:s3:::b/${aws:PrincipalAccount}/*", ROLE_OWNER), [
            `arn:aws:s3:::b/${PRIMARY}/*`,
        ]);
        // Without Version 2012-10-17 a variable is literal text.
        assert.deepEqual(denyOn("arn:aws:s3:::b/${aws:PrincipalAccount}/*", ROLE_OWNER, "2008-10-17"), [
            "arn:aws:s3:::b/${aws:PrincipalAccount}/*",
        ]);
    });

    it("NotResource reads the other way: an Allow's excludes surely nothing unknown, a Deny's excludes widely", () => {
        const allow = one({
            Effect: "Allow",
            Action: "kms:*",
            NotResource: "arn:aws:kms:*:*:key/${aws:PrincipalTag/k}",
        });
        assert.deepEqual(allow.notResources, ["arn:aws:kms:*:*:key/${aws:PrincipalTag/k}"]);
        const deny = one({ Effect: "Deny", Action: "kms:*", NotResource: "arn:aws:kms:*:*:key/${aws:PrincipalTag/k}" });
        assert.deepEqual(deny.notResources, ["arn:aws:kms:*:*:key/*"]);
    });
});

// ---------------------------------------------------------------- the engine on small stacks
describe("precision 7: Denies the engine subtracts (engine/build.ts)", () => {
    const REGION = "eu-west-1";
    const provider = (account: string) => ({
        type: "pulumi:providers:aws",
        urn: `urn:pulumi:t::p::pulumi:providers:aws::${account}`,
        name: account,
        props: { allowedAccountIds: [account], region: REGION },
    });
    const res = (type: string, name: string, props: Record<string, unknown>, account = PRIMARY): StackResource => ({
        type,
        urn: `urn:pulumi:t::p::${type}::${name}`,
        name,
        props,
        provider: provider(account),
    });
    const TABLE_ARN = `arn:aws:dynamodb:${REGION}:${PRIMARY}:table/t`;
    const keyId = "0f0f0f0f-1111-2222-3333-444455556666";
    const KEY_ARN = `arn:aws:kms:${REGION}:${PRIMARY}:key/${keyId}`;
    const REPORTING = `arn:aws:iam::${PRIMARY}:role/reporting`;
    const ec2 = { Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" };
    const reporting = (...statements: object[]) => [
        res("aws:iam/role:Role", "reporting", { name: "reporting", arn: REPORTING, assumeRolePolicy: doc(ec2) }),
        res("aws:iam/rolePolicy:RolePolicy", "reporting-p", { role: "reporting", policy: doc(...statements) }),
    ];
    const table = (...policy: object[]) => [
        res("aws:dynamodb/table:Table", "t", { name: "t", arn: TABLE_ARN }),
        ...(policy.length
            ? [
                  res("aws:dynamodb/resourcePolicy:ResourcePolicy", "tp", {
                      resourceArn: TABLE_ARN,
                      policy: doc(...policy),
                  }),
              ]
            : []),
    ];
    const key = (...extra: object[]) =>
        res("aws:kms/key:Key", "k", {
            arn: KEY_ARN,
            keyId,
            policy: doc(
                {
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${PRIMARY}:root` },
                    Action: "kms:*",
                    Resource: "*",
                },
                ...extra,
            ),
        });
    const isReporting = (n: PrincipalNode) => n.kind === "role" && n.name === "reporting";
    const actionsOf = (ea: EffectiveAccess, label: string) =>
        ea.access.filter(a => isReporting(a.principal) && a.asset.label === label).flatMap(a => a.actions);

    let catalog: ActionCatalog;
    before(async () => {
        catalog = await loadCatalog();
    });
    const run = (resources: StackResource[]) => computeEffectiveAccess(resources, catalog);
    const scan = { Effect: "Allow", Action: ["dynamodb:Scan", "dynamodb:GetItem"], Resource: TABLE_ARN };

    it("an identity-policy Deny on table/${aws:PrincipalTag/x} takes nothing away (it may name another table)", () => {
        const deny = {
            Effect: "Deny",
            Action: "dynamodb:*",
            Resource: `arn:aws:dynamodb:${REGION}:${PRIMARY}:table/\${aws:PrincipalTag/x}`,
        };
        assert.deepEqual(actionsOf(run([...table(), ...reporting(scan, deny)]), "table t").sort(), [
            "dynamodb:GetItem",
            "dynamodb:Scan",
        ]);
        // Resolved by the owner in the resource part, the Deny is sure: ${aws:PrincipalType} of a role's session.
        const sure = { ...deny, Resource: `arn:aws:dynamodb:${REGION}:${PRIMARY}:table/\${aws:PrincipalType}` };
        const asRole = res("aws:dynamodb/table:Table", "t", {
            name: "AssumedRole",
            arn: `arn:aws:dynamodb:${REGION}:${PRIMARY}:table/AssumedRole`,
        });
        const ea = run([asRole, ...reporting({ ...scan, Resource: asRole.props.arn }, sure)]);
        assert.deepEqual(actionsOf(ea, "table t"), []);
    });

    it("a table policy's Deny of the exact role takes its actions away; of its account root, not", () => {
        const denyRole = { Effect: "Deny", Principal: { AWS: REPORTING }, Action: "dynamodb:Scan", Resource: "*" };
        assert.deepEqual(actionsOf(run([...table(denyRole), ...reporting(scan)]), "table t"), ["dynamodb:GetItem"]);
        // "Might" is not "surely" (IAM User Guide, "AWS JSON policy elements: NotPrincipal").
        const denyRoot = { ...denyRole, Principal: { AWS: `arn:aws:iam::${PRIMARY}:root` } };
        assert.deepEqual(actionsOf(run([...table(denyRoot), ...reporting(scan)]), "table t").sort(), [
            "dynamodb:GetItem",
            "dynamodb:Scan",
        ]);
    });

    it("a key policy's Deny subtracts only where its principal, conditions and Resource surely hold", () => {
        const grant = { Effect: "Allow", Action: ["kms:Decrypt", "kms:ScheduleKeyDeletion"], Resource: "*" };
        const deny = (extra: object) => ({
            Effect: "Deny",
            Principal: { AWS: REPORTING },
            Action: "kms:ScheduleKeyDeletion",
            Resource: "*",
            ...extra,
        });
        const on = (d: object) => actionsOf(run([key(d), ...reporting(grant)]), "key k").sort();
        assert.deepEqual(on(deny({})), ["kms:Decrypt"]);
        // "*" pinned to the role's ARN by a condition the engine knows for it: as sure as naming it.
        assert.deepEqual(on(deny({ Principal: "*", Condition: { ArnEquals: { "aws:PrincipalArn": REPORTING } } })), [
            "kms:Decrypt",
        ]);
        // A condition on a value the engine does not know for the caller: not sure, nothing subtracted.
        assert.deepEqual(on(deny({ Condition: { Bool: { "aws:MultiFactorAuthPresent": "false" } } })), [
            "kms:Decrypt",
            "kms:ScheduleKeyDeletion",
        ]);
        // A Deny of another role, or on another key's ARN.
        assert.deepEqual(on(deny({ Principal: { AWS: `arn:aws:iam::${PRIMARY}:role/other` } })), [
            "kms:Decrypt",
            "kms:ScheduleKeyDeletion",
        ]);
        assert.deepEqual(on(deny({ Resource: `arn:aws:kms:${REGION}:${PRIMARY}:key/other` })), [
            "kms:Decrypt",
            "kms:ScheduleKeyDeletion",
        ]);
    });

    it("a Deny of the role keeps a key-policy Allow naming that role from reaching it", () => {
        const named = {
            Effect: "Allow",
            Principal: { AWS: REPORTING },
            Action: ["kms:Decrypt", "kms:Sign"],
            Resource: "*",
        };
        const deny = { Effect: "Deny", Principal: { AWS: REPORTING }, Action: "kms:Sign", Resource: "*" };
        const ea = run([key(named, deny), ...reporting()]);
        assert.deepEqual(
            ea.access.filter(a => isReporting(a.principal) && a.path === "key policy").flatMap(a => a.actions),
            ["kms:Decrypt"],
        );
    });
});

// ---------------------------------------------------------------- the whole pack on the committed stacks
type Case = {
    name: string;
    stack: "prod" | "dev" | "trust-domain";
    edit: (r: Resources) => void;
    refused?: RegExp;
    policy?: string;
    skip?: string;
};

/** The signer's RolePolicy with its table ARNs' account spelled `account` (a policy variable). */
function signerTablesAccount(r: Resources, account: string): void {
    const rp = find(r, ROLE_POLICY, "signer-role-access");
    const policy = rp.inputs.policy as string;
    const edited = policy.split(`:dynamodb:eu-west-1:${PRIMARY}:`).join(`:dynamodb:eu-west-1:${account}:`);
    assert.notEqual(edited, policy, "the signer's policy names its tables by ARN");
    rp.inputs = { ...rp.inputs, policy: edited };
    if (rp.outputs) rp.outputs = { ...rp.outputs, policy: edited };
}

function signerStatement(r: Resources, statement: object): void {
    addStatements(find(r, ROLE_POLICY, "signer-role-access"), "policy", statement);
}

const ALERTS_KEY_ID = "0f0f0f0f-1111-2222-3333-444455556666";
const ALERTS_KEY_ARN = `arn:aws:kms:us-east-1:${TD}:key/${ALERTS_KEY_ID}`;
const KEY_MANAGER = `arn:aws:iam::${TD}:role/trust-domain-server`;

/** A CMK of the trust-domain account for an EventBridge → SNS alerts topic, with `deny` in its key policy. */
function alertsKey(r: Resources, ...deny: object[]): void {
    aws(r, KEY, "alerts-cmk", {
        arn: ALERTS_KEY_ARN,
        keyId: ALERTS_KEY_ID,
        description: "SNS alerts topic key",
        enableKeyRotation: true,
        deletionWindowInDays: 30,
        customerMasterKeySpec: "SYMMETRIC_DEFAULT",
        keyUsage: "ENCRYPT_DECRYPT",
        policy: doc(
            {
                Sid: "EnableIAMDelegation",
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${TD}:root` },
                Action: "kms:*",
                Resource: "*",
            },
            ...deny,
            {
                Sid: "EventBridgePublishes",
                Effect: "Allow",
                Principal: { Service: "events.amazonaws.com" },
                Action: ["kms:GenerateDataKey*", "kms:Decrypt"],
                Resource: "*",
                Condition: {
                    StringEquals: { "aws:SourceAccount": TD },
                    ArnLike: { "aws:SourceArn": `arn:aws:events:us-east-1:${TD}:rule/kms-key-deletion` },
                },
            },
        ),
    });
    const key = find(r, KEY, "alerts-cmk");
    key.options = { ...(key.options ?? {}), protect: true };
}
const denyKeyManager = (extra: object = {}) => ({
    Sid: "NotTheKeyManager",
    Effect: "Deny",
    Principal: { AWS: KEY_MANAGER },
    Action: "kms:*",
    Resource: "*",
    ...extra,
});
const EVENTS_ON_ALERTS =
    /service events\.amazonaws\.com for account 444444444444 → kms:Decrypt[\s\S]*on key alerts-cmk/;

const insecure: Case[] = [
    {
        stack: "prod",
        name: "the signer allowed GetItem on arn:aws:dynamodb:*:${aws:PrincipalAccount}:table/* (never resolved there)",
        edit: r =>
            signerStatement(r, {
                Sid: "AnyTable",
                Effect: "Allow",
                Action: "dynamodb:GetItem",
                Resource: "arn:aws:dynamodb:*:${aws:PrincipalAccount}:table/*",
            }),
        refused: /policy variable \$\{aws:PrincipalAccount[^/]*before the fifth colon, where AWS never resolves it/,
        policy: "iam-actions-exist",
    },
    {
        stack: "prod",
        name: "the signer allowed Scan on table/${aws:PrincipalTag/team} of its account (session tags are the caller's)",
        edit: r =>
            signerStatement(r, {
                Sid: "TeamTable",
                Effect: "Allow",
                Action: "dynamodb:Scan",
                Resource: "arn:aws:dynamodb:eu-west-1:111111111111:table/${aws:PrincipalTag/team}",
            }),
        refused:
            /statement "TeamTable" of RolePolicy custody-prod-signer-access allows dynamodb:Scan on arn:aws:dynamodb:eu-west-1:111111111111:table\/\*, reaching table custody-prod-/,
        policy: EFFECTIVE,
    },
    {
        stack: "prod",
        name: "the signer allowed Scan on table/${aws:userid} (role-id:session-name, the caller names the session)",
        edit: r =>
            signerStatement(r, {
                Sid: "SessionTable",
                Effect: "Allow",
                Action: "dynamodb:Scan",
                Resource: `arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/\${aws:userid}`,
            }),
        refused:
            /statement "SessionTable" of RolePolicy custody-prod-signer-access allows dynamodb:Scan on arn:aws:dynamodb:eu-west-1:111111111111:table\/\*/,
        policy: EFFECTIVE,
    },
    {
        stack: "trust-domain",
        name: "a new stack key the key manager may destroy, 'protected' by its own Deny on key/${aws:PrincipalTag/protected-key}",
        edit: r => {
            alertsKey(r);
            addStatements(find(r, ROLE_POLICY, "trust-domain-role-access"), "policy", {
                Sid: "KeepOffProtectedKeys",
                Effect: "Deny",
                Action: "kms:ScheduleKeyDeletion",
                Resource: `arn:aws:kms:us-east-1:${TD}:key/\${aws:PrincipalTag/protected-key}`,
            });
        },
        refused: /role trust-domain-server is allowed kms:ScheduleKeyDeletion on KMS key alerts-cmk/,
        policy: "stack-keys-not-destructible",
    },
    {
        stack: "trust-domain",
        name: "alerts key: the Deny of the key manager holds only without MFA (a condition the engine cannot know)",
        edit: r => alertsKey(r, denyKeyManager({ Condition: { Bool: { "aws:MultiFactorAuthPresent": "false" } } })),
        refused: EVENTS_ON_ALERTS,
        policy: EFFECTIVE,
    },
    {
        stack: "trust-domain",
        name: "alerts key: the key manager denied only ScheduleKeyDeletion and DisableKey (it can still Sign: its key)",
        edit: r => alertsKey(r, denyKeyManager({ Action: ["kms:ScheduleKeyDeletion", "kms:DisableKey"] })),
        refused: EVENTS_ON_ALERTS,
        policy: EFFECTIVE,
    },
    {
        stack: "trust-domain",
        name: "alerts key: the Deny names the account root, not the key manager (not surely every principal of it)",
        edit: r => alertsKey(r, denyKeyManager({ Principal: { AWS: `arn:aws:iam::${TD}:root` } })),
        refused: EVENTS_ON_ALERTS,
        policy: EFFECTIVE,
    },
    {
        stack: "trust-domain",
        name: "alerts key: the Deny of the key manager names another key's ARN as its Resource",
        edit: r =>
            alertsKey(
                r,
                denyKeyManager({ Resource: `arn:aws:kms:us-east-1:${TD}:key/11111111-2222-3333-4444-555555555555` }),
            ),
        refused: /role trust-domain-server is allowed kms:ScheduleKeyDeletion on KMS key alerts-cmk/,
        policy: "stack-keys-not-destructible",
    },
    {
        stack: "trust-domain",
        name: "alerts key: the key manager denied by the key policy, but a KMS Grant hands it Sign (a path the Deny may not stop)",
        edit: r => {
            alertsKey(r, denyKeyManager());
            aws(r, "aws:kms/grant:Grant", "alerts-sign", {
                name: "alerts-sign",
                keyId: ALERTS_KEY_ARN,
                granteePrincipal: KEY_MANAGER,
                operations: ["Sign"],
            });
        },
        refused: EVENTS_ON_ALERTS,
        policy: EFFECTIVE,
    },
];

/** AWS resolves no variable before the fifth colon: the grants match no table, and the signer lacks them. */
insecure.push({
    stack: "dev",
    name: "the signer's table grants with the account written ${aws:PrincipalAccount, 'none'} (not resolved there: no access)",
    edit: r => signerTablesAccount(r, "${aws:PrincipalAccount, 'none'}"),
    refused: /policy variable \$\{aws:PrincipalAccount[^/]*before the fifth colon, where AWS never resolves it/,
    policy: "iam-actions-exist",
});

const secure: Case[] = [
    {
        stack: "trust-domain",
        name: 'alerts key: the key manager kept off by "*" + ArnEquals aws:PrincipalArn = its role (as sure as naming it)',
        edit: r =>
            alertsKey(
                r,
                denyKeyManager({ Principal: "*", Condition: { ArnEquals: { "aws:PrincipalArn": KEY_MANAGER } } }),
            ),
    },
    {
        stack: "trust-domain",
        name: "alerts key: the key manager named with an operator role in one Deny of everything on the key",
        edit: r =>
            alertsKey(r, denyKeyManager({ Principal: { AWS: [`arn:aws:iam::${TD}:role/platform-ops`, KEY_MANAGER] } })),
    },
];

const skipMisses = process.env.REDTEAM_ALL !== "1";
describe("precision 7: the whole pack (variables bound by the owner, Denies of one principal)", () => {
    for (const c of insecure) {
        (c.skip && skipMisses ? it.skip : it)(`refuses: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            const ds = await runWholePack(c.stack, r);
            if (process.env.REDTEAM_SHOW === "1")
                for (const d of mandatoryOf(ds)) console.log(`      ${d.policyName}: ${d.message.slice(0, 600)}`);
            assertRefused(ds, c.refused ?? /^$/, c.policy);
        });
    }
    for (const c of secure) {
        (c.skip && skipMisses ? it.skip : it)(`accepts: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            assertClean(await runWholePack(c.stack, r));
        });
    }
    it("the insecure neighbours' stacks are clean without the edits (the refusals come from the edits)", async () => {
        for (const stack of ["prod", "dev", "trust-domain"] as const)
            assertClean(await runWholePack(stack, await stackResources(stack)));
    });
});
