// An independent IAM evaluator (@cloud-copilot/iam-simulate) asks of the dev and prod plans: would AWS allow
// the signer role this request? Allowed must mean granted; everything else must be implicitly denied.
import { strict as assert } from "assert";
import { StackRun } from "../harness";
import {
    committedRun,
    defaultNames,
    DEV,
    Doc,
    identityPolicies,
    parseDoc,
    PROD,
    roleArnOf,
    shareKeys,
    simulate,
    tableArnOf,
} from "./support";

const STACKS = { dev: DEV.account, prod: PROD.primary } as const;
const FOREIGN_KEY_ID = "0badc0de-0000-4000-8000-000000000000";

for (const stack of ["dev", "prod"] as const) {
    const primary = STACKS[stack];
    const names = defaultNames(stack);
    const role = roleArnOf(primary.id, names.role);
    const table = (n: string) => tableArnOf(primary.region, primary.id, n);

    describe(`IAM simulation of the signer role (${stack})`, () => {
        let run: StackRun;
        let identity: Doc[];
        before(async () => {
            run = await committedRun(stack);
            identity = identityPolicies(run, names.role);
            assert.equal(identity.length, 1);
        });

        const dynamo = (action: string, resource: string) =>
            simulate({ principal: role, action, resource, resourceAccount: primary.id, identityPolicies: identity });

        it("allows the anti-slashing item and condition-check actions on the anti-slashing table", async () => {
            for (const action of [
                "dynamodb:DescribeTable",
                "dynamodb:GetItem",
                "dynamodb:PutItem",
                "dynamodb:UpdateItem",
                "dynamodb:ConditionCheckItem",
            ]) {
                assert.equal(await dynamo(action, table(names.antiSlashing)), "Allowed", action);
            }
        });

        it("allows Query on the keystore's status-shard index and the keystore item actions", async () => {
            assert.equal(
                await dynamo("dynamodb:Query", `${table(names.keystore)}/index/status-shard-index`),
                "Allowed",
            );
            for (const action of [
                "dynamodb:DescribeTable",
                "dynamodb:GetItem",
                "dynamodb:PutItem",
                "dynamodb:UpdateItem",
                "dynamodb:Query",
            ]) {
                assert.equal(await dynamo(action, table(names.keystore)), "Allowed", action);
            }
        });

        it("allows Scan, DeleteItem and ConditionCheckItem on the signer-state table", async () => {
            for (const action of ["dynamodb:Scan", "dynamodb:DeleteItem", "dynamodb:ConditionCheckItem"]) {
                assert.equal(await dynamo(action, table(names.signerState)), "Allowed", action);
            }
        });

        it("denies Batch* everywhere, DeleteItem/Scan on the keystore, Query and Scan on anti-slashing, table management", async () => {
            for (const t of [names.keystore, names.antiSlashing, names.signerState]) {
                for (const action of [
                    "dynamodb:BatchWriteItem",
                    "dynamodb:BatchGetItem",
                    "dynamodb:DeleteTable",
                    "dynamodb:UpdateTable",
                    "dynamodb:CreateBackup",
                ]) {
                    assert.equal(await dynamo(action, table(t)), "ImplicitlyDenied", `${action} on ${t}`);
                }
            }
            for (const action of ["dynamodb:DeleteItem", "dynamodb:Scan"]) {
                assert.equal(
                    await dynamo(action, table(names.keystore)),
                    "ImplicitlyDenied",
                    `${action} on the keystore`,
                );
                assert.equal(
                    await dynamo(action, `${table(names.keystore)}/index/status-shard-index`),
                    "ImplicitlyDenied",
                    `${action} on the keystore index`,
                );
            }
            for (const action of ["dynamodb:Query", "dynamodb:Scan", "dynamodb:DeleteItem"]) {
                assert.equal(
                    await dynamo(action, table(names.antiSlashing)),
                    "ImplicitlyDenied",
                    `${action} on anti-slashing`,
                );
            }
            assert.equal(await dynamo("dynamodb:ConditionCheckItem", table(names.keystore)), "ImplicitlyDenied");
        });

        it("denies everything on another table, in this or another account", async () => {
            for (const other of [
                table("custody-other-keystore"),
                table(`${names.keystore}-copy`),
                tableArnOf(primary.region, "999999999999", names.keystore),
            ]) {
                for (const action of [
                    "dynamodb:GetItem",
                    "dynamodb:PutItem",
                    "dynamodb:Query",
                    "dynamodb:DescribeTable",
                ]) {
                    const account = other.split(":")[4];
                    assert.equal(
                        await simulate({
                            principal: role,
                            action,
                            resource: other,
                            resourceAccount: account,
                            identityPolicies: identity,
                        }),
                        "ImplicitlyDenied",
                        `${action} on ${other}`,
                    );
                }
            }
        });

        it("allows kms:Encrypt and kms:Decrypt on each share key (identity policy and key policy together)", async () => {
            for (const k of shareKeys(run)) {
                for (const action of ["kms:Encrypt", "kms:Decrypt"]) {
                    const result = await simulate({
                        principal: role,
                        action,
                        resource: k.outputs.arn as string,
                        resourceAccount: k.account!.accountId!,
                        identityPolicies: identity,
                        resourcePolicy: parseDoc(k.inputs.policy),
                    });
                    assert.equal(result, "Allowed", `${action} on share ${k.name}`);
                }
            }
        });

        it("denies other KMS actions on the share keys, kms:CreateKey, and kms:Decrypt on a key outside the ring", async () => {
            for (const k of shareKeys(run)) {
                for (const action of [
                    "kms:ReEncryptFrom",
                    "kms:GenerateDataKey",
                    "kms:ScheduleKeyDeletion",
                    "kms:PutKeyPolicy",
                    "kms:DisableKey",
                ]) {
                    const result = await simulate({
                        principal: role,
                        action,
                        resource: k.outputs.arn as string,
                        resourceAccount: k.account!.accountId!,
                        identityPolicies: identity,
                        resourcePolicy: parseDoc(k.inputs.policy),
                    });
                    assert.equal(result, "ImplicitlyDenied", `${action} on ${k.name}`);
                }
            }
            assert.equal(
                await simulate({
                    principal: role,
                    action: "kms:CreateKey",
                    resource: "*",
                    resourceAccount: primary.id,
                    identityPolicies: identity,
                }),
                "ImplicitlyDenied",
            );
            const foreignKey = `arn:aws:kms:${primary.region}:${primary.id}:key/${FOREIGN_KEY_ID}`;
            const rootOnly: Doc = {
                Version: "2012-10-17",
                Statement: [
                    {
                        Effect: "Allow",
                        Principal: { AWS: `arn:aws:iam::${primary.id}:root` },
                        Action: "kms:*",
                        Resource: "*",
                    },
                ],
            };
            assert.equal(
                await simulate({
                    principal: role,
                    action: "kms:Decrypt",
                    resource: foreignKey,
                    resourceAccount: primary.id,
                    identityPolicies: identity,
                    resourcePolicy: rootOnly,
                }),
                "ImplicitlyDenied",
            );
            const cmk = run
                .byType("aws:kms/key:Key")
                .find(k => !(k.inputs.tags as Record<string, string>)["custody:share-ring"])!;
            assert.equal(
                await simulate({
                    principal: role,
                    action: "kms:Decrypt",
                    resource: cmk.outputs.arn as string,
                    resourceAccount: primary.id,
                    identityPolicies: identity,
                    resourcePolicy: parseDoc(cmk.inputs.policy),
                }),
                "ImplicitlyDenied",
                "the table CMK is usable only via DynamoDB",
            );
        });
    });
}

describe("cross-account share keys (prod)", () => {
    const signerRole = roleArnOf(PROD.primary.id, "custody-prod-signer");
    const otherRole = roleArnOf(PROD.primary.id, "platform-admin");
    const allKms: Doc = {
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Action: ["kms:Encrypt", "kms:Decrypt"], Resource: "*" }],
    };
    let run: StackRun;
    before(async () => {
        run = await committedRun("prod");
    });

    it("lets the primary account's signer role decrypt with the secondary keys: both the key policy and its identity policy allow", async () => {
        const identity = identityPolicies(run, "custody-prod-signer");
        const secondary = shareKeys(run).filter(k => k.account!.accountId !== PROD.primary.id);
        assert.equal(secondary.length, 2);
        for (const k of secondary) {
            const request = {
                principal: signerRole,
                action: "kms:Decrypt",
                resource: k.outputs.arn as string,
                resourceAccount: k.account!.accountId!,
            };
            assert.equal(
                await simulate({ ...request, identityPolicies: identity, resourcePolicy: parseDoc(k.inputs.policy) }),
                "Allowed",
                k.name,
            );
            // Cross-account needs both sides: neither policy alone is enough.
            assert.equal(
                await simulate({ ...request, identityPolicies: [], resourcePolicy: parseDoc(k.inputs.policy) }),
                "ImplicitlyDenied",
                `${k.name} without the identity policy`,
            );
        }
    });

    it("denies kms:Decrypt to any other role of the primary account, even one whose own policy allows all of KMS", async () => {
        for (const k of shareKeys(run)) {
            const result = await simulate({
                principal: otherRole,
                action: "kms:Decrypt",
                resource: k.outputs.arn as string,
                resourceAccount: k.account!.accountId!,
                identityPolicies: [allKms],
                resourcePolicy: parseDoc(k.inputs.policy),
            });
            const expected = k.account!.accountId === PROD.primary.id ? "Allowed" : "ImplicitlyDenied";
            // In the primary account's own key, root delegation lets that account's IAM policies apply (seed 000's
            // EnableIAMDelegation); in the secondary accounts only the named signer role is let in.
            assert.equal(result, expected, `${k.name}`);
        }
    });

    it("keeps each key's own account in control through root delegation, and gives the signer role nothing beyond Encrypt/Decrypt", async () => {
        const [, keyB] = shareKeys(run);
        const adminB = roleArnOf("222222222222", "custody-admin");
        assert.equal(
            await simulate({
                principal: adminB,
                action: "kms:Decrypt",
                resource: keyB.outputs.arn as string,
                resourceAccount: "222222222222",
                identityPolicies: [allKms],
                resourcePolicy: parseDoc(keyB.inputs.policy),
            }),
            "Allowed",
            "the key's account keeps control through IAM",
        );
        assert.equal(
            await simulate({
                principal: signerRole,
                action: "kms:ScheduleKeyDeletion",
                resource: keyB.outputs.arn as string,
                resourceAccount: "222222222222",
                identityPolicies: identityPolicies(run, "custody-prod-signer"),
                resourcePolicy: parseDoc(keyB.inputs.policy),
            }),
            "ImplicitlyDenied",
        );
    });
});
