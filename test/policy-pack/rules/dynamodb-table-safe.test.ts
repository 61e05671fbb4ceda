// The dynamodb-table-safe policy (policy-pack/rules/dynamodb-table-safe.ts): passing and failing cases, evasions included.
import * as rules from "../../../policy-pack/rules";
import { strict as assert } from "assert";
import { ACCOUNTS, editResource, goodSignerStack, PROVIDERS, resource, tableArn, TABLES, URNS } from "../fixtures";
import { assertViolation, messages, runPolicy, UNKNOWN } from "../support";

describe("dynamodb-table-safe", () => {
    describe("seed cases", () => {
        const keystore = () => goodSignerStack().find(r => r.urn === URNS.keystore)!;
        it("pass the fixture tables", async () => {
            assert.deepEqual(messages(await runPolicy(rules.dynamoDbTableSafe, [keystore()])), []);
            assert.deepEqual(messages(await runPolicy(rules.statefulResourcesProtected, goodSignerStack())), []);
        });
        it("refuse missing PITR, deletion protection, SSE, or an AWS managed key", async () => {
            const t = keystore();
            const run = (inputs: Record<string, unknown>) =>
                runPolicy(rules.dynamoDbTableSafe, [{ ...t, inputs: { ...t.inputs, ...inputs } }]);
            assertViolation(await run({ pointInTimeRecovery: { enabled: false } }), /pointInTimeRecovery/);
            assertViolation(await run({ deletionProtectionEnabled: false }), /deletionProtectionEnabled/);
            assertViolation(await run({ serverSideEncryption: undefined }), /serverSideEncryption.enabled/);
            assertViolation(await run({ serverSideEncryption: { enabled: true } }), /kmsKeyArn/);
            assert.deepEqual(
                messages(await run({ serverSideEncryption: { enabled: true, kmsKeyArn: UNKNOWN } })),
                [],
                "an unknown key ARN is still set",
            );
        });
    });
    describe("table SSE, replicas and TableReplica", () => {
        const p = rules.dynamoDbTableSafe;
        const keystore = (inputs: Record<string, unknown>) =>
            editResource(goodSignerStack(), URNS.keystore, r => ({ ...r, inputs: { ...r.inputs, ...inputs } })).filter(
                r => r.urn === URNS.keystore,
            );
        const CMK = `arn:aws:kms:eu-central-1:${ACCOUNTS.primary}:key/cmk-replica`;
        it("refuses the AWS managed key by alias name or alias ARN, accepts a customer managed key's alias", async () => {
            for (const kmsKeyArn of [
                "alias/aws/dynamodb",
                `arn:aws:kms:eu-west-1:${ACCOUNTS.primary}:alias/aws/dynamodb`,
            ]) {
                assertViolation(
                    await runPolicy(p, keystore({ serverSideEncryption: { enabled: true, kmsKeyArn } })),
                    /kmsKeyArn is .*alias\/aws\/dynamodb, the AWS managed key/,
                    URNS.keystore,
                );
            }
            assert.deepEqual(
                messages(
                    await runPolicy(
                        p,
                        keystore({
                            serverSideEncryption: {
                                enabled: true,
                                kmsKeyArn: `arn:aws:kms:eu-west-1:${ACCOUNTS.primary}:alias/custody-infra/prod/signer-tables`,
                            },
                        }),
                    ),
                ),
                [],
            );
        });
        it("refuses replicas without PITR, deletion protection or a customer managed key; accepts complete ones", async () => {
            const good = {
                regionName: "eu-central-1",
                kmsKeyArn: CMK,
                pointInTimeRecovery: true,
                deletionProtectionEnabled: true,
            };
            assert.deepEqual(messages(await runPolicy(p, keystore({ replicas: [good] }))), []);
            assertViolation(
                await runPolicy(p, keystore({ replicas: [{ ...good, pointInTimeRecovery: false }] })),
                /replicas\[0\] \(eu-central-1\): pointInTimeRecovery/,
            );
            assertViolation(
                await runPolicy(p, keystore({ replicas: [{ ...good, kmsKeyArn: undefined }] })),
                /replicas\[0\] \(eu-central-1\): kmsKeyArn must name a customer managed key/,
            );
            assertViolation(
                await runPolicy(p, keystore({ replicas: [{ ...good, deletionProtectionEnabled: undefined }] })),
                /replicas\[0\] .*deletionProtectionEnabled/,
            );
        });
        it("checks aws.dynamodb.TableReplica the same way", async () => {
            const replica = (inputs: Record<string, unknown>) => [
                resource(
                    "aws:dynamodb/tableReplica:TableReplica",
                    "rep",
                    {
                        globalTableArn: tableArn(TABLES.keystore),
                        kmsKeyArn: CMK,
                        pointInTimeRecovery: true,
                        deletionProtectionEnabled: true,
                        ...inputs,
                    },
                    { provider: PROVIDERS.b, options: { protect: true } },
                ),
            ];
            assert.deepEqual(messages(await runPolicy(p, replica({}))), []);
            assertViolation(
                await runPolicy(p, replica({ pointInTimeRecovery: undefined })),
                /pointInTimeRecovery must be true on the table replica/,
            );
            assertViolation(
                await runPolicy(p, replica({ kmsKeyArn: undefined })),
                /table replica's kmsKeyArn must name a customer managed key/,
            );
            assertViolation(await runPolicy(p, replica({ kmsKeyArn: "alias/aws/dynamodb" })), /the AWS managed key/);
            assertViolation(
                await runPolicy(
                    rules.statefulResourcesProtected,
                    replica({}).map(r => ({ ...r, options: { protect: false } })),
                ),
                /must set the protect resource option/,
            );
        });
    });
});
