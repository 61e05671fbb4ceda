// Round 13 fix (fix13b): a stack key that was, or could have been, a custody key stays custody. A manual rotation
// re-points the alias at a new key and keeps the original key enabled, because it still decrypts every ciphertext it
// produced (KMS developer guide, "Rotate keys manually"); a stack key with no alias may be such an original key too.
// So every key the stack creates in an account and region where the model names a custody key (by alias or ARN) is
// judged as custody (engine/judge.ts findCustodyAssets), except a key the stack dedicates to another resource's
// encryption at rest that only AWS services of its own account reach (judge.ts dedicatedKey). Neighbours of the
// round-13 cross-account rotation cases: other spellings of the same effect the engine must refuse, naming the path,
// and secure variants it must keep accepting. REDTEAM_SHOW=1 prints each refusal.
import type { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { aws, next, stackRole } from "./variantBuilders";
import {
    addStatements,
    assertClean,
    assertRefused,
    doc,
    find,
    mandatoryOf,
    prop,
    resourceLike,
    Resources,
    runWholePack,
    setProp,
    stackResources,
} from "./support";

const PRIMARY = "111111111111";
const ACCOUNT_A = "666666666666";
const ACCOUNT_B = "777777777777";
const KEY = "aws:kms/key:Key";
const ALIAS = "aws:kms/alias:Alias";
const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
const EFFECTIVE = "custody-effective-access";
const REPORTING = `arn:aws:iam::${ACCOUNT_B}:role/reporting`;
const EC2_TRUST = { Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" };

type Statement = Record<string, unknown>;
type Case = { name: string; stack: string; edit: (r: Resources) => void; refused?: RegExp; policy?: string };

const dataKey = (r: Resources) => find(r, KEY, "cross-account-key");
const accessPolicy = (r: Resources) => find(r, ROLE_POLICY, "cross-account-access-access");

function editDoc(r: AnalyzerResourceInput, key: string, edit: (d: { Statement: Statement[] }) => void): void {
    const d = JSON.parse(prop(r, key) as string) as { Statement: Statement[] };
    edit(d);
    setProp(r, key, JSON.stringify(d));
}

const rootDelegation = (account: string) => ({
    Sid: "EnableIAMDelegation",
    Effect: "Allow",
    Principal: { AWS: `arn:aws:iam::${account}:root` },
    Action: "kms:*",
    Resource: "*",
});

/** A new protected stack key next to `like` (same provider, account and region); returns its ARN. */
function stackKey(r: Resources, like: AnalyzerResourceInput, name: string, keyId: string, ...policy: object[]): string {
    const arn = (prop(like, "arn") as string).replace(/key\/.*$/, `key/${keyId}`);
    const key = next(r, like, KEY, name, {
        arn,
        keyId,
        customerMasterKeySpec: "SYMMETRIC_DEFAULT",
        keyUsage: "ENCRYPT_DECRYPT",
        deletionWindowInDays: 30,
        enableKeyRotation: true,
        description: name,
        policy: doc(...policy),
    });
    key.options = { protect: true, retainOnDelete: true };
    return arn;
}

/**
 * The cross-account data key rotated by hand: a new stack key, the alias re-pointed at it, and the access role's
 * Decrypt moved to it (`keepOld`: on both). Returns the old key.
 */
function rotateDataKey(r: Resources, keepOld = false): AnalyzerResourceInput {
    const old = dataKey(r);
    const fresh = stackKey(
        r,
        old,
        "cross-account-key-v2",
        "5e6f7a8b-1c2d-4e3f-8a9b-0c1d2e3f4a5b",
        rootDelegation(ACCOUNT_A),
    );
    const alias = find(r, ALIAS, "cross-account-key-alias");
    setProp(alias, "targetKeyId", fresh);
    setProp(alias, "targetKeyArn", fresh);
    editDoc(accessPolicy(r), "policy", d => {
        d.Statement[0].Resource = keepOld ? [prop(old, "arn"), fresh] : fresh;
    });
    return old;
}

const reportingDecrypt = (principal: string) => ({
    Sid: "ReportingDecrypt",
    Effect: "Allow",
    Principal: { AWS: principal },
    Action: "kms:Decrypt",
    Resource: "*",
});

const insecure: Case[] = [
    {
        // The redteam13-others case refused so far only by kms-key-policy-safe: the engine names the path too.
        name: "the data key rotated (alias re-pointed, the access role keeps the old key); the old key lets account B's root Decrypt",
        stack: "cross-account",
        edit: r => addStatements(rotateDataKey(r, true), "policy", reportingDecrypt(`arn:aws:iam::${ACCOUNT_B}:root`)),
        refused:
            /account 777777777777 \(any identity its IAM policies allow\) → kms:Decrypt on key cross-account-key \(statement "ReportingDecrypt" of key policy of cross-account-key \(names arn:aws:iam::777777777777:root\)\)/,
        policy: EFFECTIVE,
    },
    {
        name: "a second stack key of account A with no alias at all (the data key's predecessor, never aliased) lets role/reporting of account B Decrypt",
        stack: "cross-account",
        edit: r => {
            stackKey(
                r,
                dataKey(r),
                "cross-account-key-2023",
                "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                rootDelegation(ACCOUNT_A),
                reportingDecrypt(REPORTING),
            );
        },
        refused: /reporting \(outside this stack\) → kms:Decrypt on key cross-account-key-2023/,
        policy: EFFECTIVE,
    },
    {
        name: "the data key rotated; a KMS Grant on the old key hands role/reporting of account B Decrypt (no key policy change)",
        stack: "cross-account",
        edit: r => {
            const old = rotateDataKey(r);
            next(r, old, "aws:kms/grant:Grant", "reporting-grant", {
                name: "reporting-grant",
                keyId: prop(old, "keyId"),
                granteePrincipal: REPORTING,
                operations: ["Decrypt"],
            });
        },
        refused: /reporting \(outside this stack\) → kms:Decrypt on key cross-account-key \(kms Grant reporting-grant/,
        policy: EFFECTIVE,
    },
    {
        name: "the data key rotated; a stack role of account A (EC2) allowed kms:Decrypt on the old key's ARN through root delegation",
        stack: "cross-account",
        edit: r => {
            const old = rotateDataKey(r);
            stackRole(
                r,
                ACCOUNT_A,
                "nightly-report",
                EC2_TRUST,
                [{ Effect: "Allow", Action: "kms:Decrypt", Resource: prop(old, "arn") }],
                { roleName: "cross-account-access" },
            );
        },
        refused:
            /role nightly-report → statement #1 of inline policy p of role nightly-report allows kms:Decrypt on [^ ]*, reaching key cross-account-key/,
        policy: EFFECTIVE,
    },
    {
        name: "the old data key put to use as an SNS topic's key after the rotation, its policy still admitting role/reporting of account B",
        stack: "cross-account",
        edit: r => {
            const old = rotateDataKey(r);
            addStatements(old, "policy", reportingDecrypt(REPORTING));
            next(r, old, "aws:sns/topic:Topic", "reports", {
                name: "reports",
                arn: `arn:aws:sns:us-east-1:${ACCOUNT_A}:reports`,
                kmsMasterKeyId: prop(old, "arn"),
            });
        },
        refused: /reporting \(outside this stack\) → kms:Decrypt on key cross-account-key/,
        policy: EFFECTIVE,
    },
    {
        name: "share 1 rotated by re-pointing its alias at a new stack key; the old share-1 key lets an outside role of the account Decrypt",
        stack: "prod",
        edit: r => {
            const old = find(r, KEY, "signer-shares-share-1");
            const fresh = stackKey(
                r,
                old,
                "signer-shares-share-1-v2",
                "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d",
                ...(JSON.parse(prop(old, "policy") as string) as { Statement: object[] }).Statement,
            );
            const alias = find(r, ALIAS, "signer-shares-share-1-alias");
            setProp(alias, "targetKeyId", fresh);
            setProp(alias, "targetKeyArn", fresh);
            addStatements(old, "policy", reportingDecrypt(`arn:aws:iam::${PRIMARY}:role/share-archive`));
        },
        refused: /share-archive \(outside this stack\) → kms:Decrypt on key signer-shares-share-1 /,
        policy: EFFECTIVE,
    },
    {
        name: "a stack key of account A with no alias; a stack role of account A (EC2) allowed Encrypt and kms:ReEncrypt* on it (ReEncryptFrom decrypts what the key encrypted before)",
        stack: "cross-account",
        edit: r => {
            const arn = stackKey(
                r,
                dataKey(r),
                "cross-account-key-2023",
                "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                rootDelegation(ACCOUNT_A),
            );
            stackRole(
                r,
                ACCOUNT_A,
                "rewrapper",
                EC2_TRUST,
                [{ Effect: "Allow", Action: ["kms:Encrypt", "kms:ReEncrypt*"], Resource: arn }],
                { roleName: "cross-account-access" },
            );
        },
        refused:
            /role rewrapper → statement #1 of inline policy p of role rewrapper allows [^\n]*kms:ReEncryptFrom[^\n]*reaching key cross-account-key-2023/,
        policy: EFFECTIVE,
    },
    {
        name: "an SNS topic of account A encrypted with its own stack key whose policy admits EventBridge unpinned (any account's rules: not dedicated)",
        stack: "cross-account",
        edit: r => {
            const arn = stackKey(
                r,
                dataKey(r),
                "topic-key",
                "3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a",
                rootDelegation(ACCOUNT_A),
                {
                    Sid: "EventBridgePublishes",
                    Effect: "Allow",
                    Principal: { Service: "events.amazonaws.com" },
                    Action: ["kms:GenerateDataKey", "kms:Decrypt"],
                    Resource: "*",
                },
            );
            next(r, dataKey(r), "aws:sns/topic:Topic", "key-events", {
                name: "key-events",
                arn: `arn:aws:sns:us-east-1:${ACCOUNT_A}:key-events`,
                kmsMasterKeyId: arn,
            });
        },
        refused: /service events\.amazonaws\.com[^\n]*→ kms:Decrypt on key topic-key/,
        policy: EFFECTIVE,
    },
];

const secure: Case[] = [
    {
        name: "the data key rotated by hand: alias re-pointed at a new key, the old key left as it was (root delegation only), the access role on the new key",
        stack: "cross-account",
        edit: r => void rotateDataKey(r),
    },
    {
        name: "an SQS queue of account A encrypted with its own stack key that only EventBridge of account A reaches (aws:SourceAccount pinned)",
        stack: "cross-account",
        edit: r => {
            const arn = stackKey(
                r,
                dataKey(r),
                "events-queue-key",
                "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e",
                rootDelegation(ACCOUNT_A),
                {
                    Sid: "EventBridgeSends",
                    Effect: "Allow",
                    Principal: { Service: "events.amazonaws.com" },
                    Action: ["kms:GenerateDataKey", "kms:Decrypt"],
                    Resource: "*",
                    Condition: { StringEquals: { "aws:SourceAccount": ACCOUNT_A } },
                },
            );
            next(r, dataKey(r), "aws:sqs/queue:Queue", "key-events", {
                name: "key-events",
                arn: `arn:aws:sqs:us-east-1:${ACCOUNT_A}:key-events`,
                kmsMasterKeyId: arn,
            });
        },
    },
    {
        name: "account B's own stack key (not a custody account) for its reporting role, decrypting reports only it writes",
        stack: "cross-account",
        edit: r => {
            const caller = find(r, "aws:iam/role:Role", "cross-account-caller");
            const keyId = "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f";
            const arn = `arn:aws:kms:us-east-1:${ACCOUNT_B}:key/${keyId}`;
            const key = resourceLike(caller, KEY, "reports-key", {
                arn,
                keyId,
                customerMasterKeySpec: "SYMMETRIC_DEFAULT",
                keyUsage: "ENCRYPT_DECRYPT",
                deletionWindowInDays: 30,
                enableKeyRotation: true,
                description: "reports of account B",
                policy: doc(rootDelegation(ACCOUNT_B)),
            });
            key.options = { protect: true, retainOnDelete: true };
            r.push(key);
            aws(
                r,
                "aws:iam/role:Role",
                "b-reporting",
                {
                    name: "reporting",
                    arn: REPORTING,
                    assumeRolePolicy: doc(EC2_TRUST),
                    inlinePolicies: [
                        {
                            name: "p",
                            policy: doc({ Effect: "Allow", Action: ["kms:Decrypt", "kms:Encrypt"], Resource: arn }),
                        },
                    ],
                },
                "cross-account-caller",
            );
        },
    },
    {
        name: "a stack key of account A with no alias that a stack role of account A (a Lambda's) may only Encrypt and GenerateDataKey with (no Decrypt, no ReEncryptFrom)",
        stack: "cross-account",
        edit: r => {
            const arn = stackKey(
                r,
                dataKey(r),
                "exports-key",
                "4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b",
                rootDelegation(ACCOUNT_A),
            );
            stackRole(
                r,
                ACCOUNT_A,
                "exporter",
                { Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" },
                [{ Effect: "Allow", Action: ["kms:Encrypt", "kms:GenerateDataKey"], Resource: arn }],
                { roleName: "cross-account-access" },
            );
        },
    },
];

describe("allowlist: a stack key that was, or could have been, the custody key stays custody (round 13 fix)", () => {
    for (const c of insecure) {
        it(`refuses: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            const ds = await runWholePack(c.stack, r);
            if (process.env.REDTEAM_SHOW === "1")
                for (const d of mandatoryOf(ds)) console.log(`      ${d.policyName}: ${d.message.slice(0, 600)}`);
            assertRefused(ds, c.refused!, c.policy);
        });
    }
    for (const c of secure) {
        it(`accepts: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            const ds = await runWholePack(c.stack, r);
            if (process.env.REDTEAM_SHOW === "1")
                for (const d of mandatoryOf(ds)) console.log(`      ${d.policyName}: ${d.message.slice(0, 600)}`);
            assertClean(ds);
        });
    }
});
