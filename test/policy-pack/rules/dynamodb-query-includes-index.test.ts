// The dynamodb-query-includes-index policy (policy-pack/rules/dynamodb-query-includes-index.ts): passing and failing cases, evasions included.
import * as rules from "../../../policy-pack/rules";
import { strict as assert } from "assert";
import {
    doc,
    editResource,
    goodSignerStack,
    secondSignerPolicy,
    signerPermissions,
    tableArn,
    TABLES,
    unknownSignerPolicy,
    URNS,
    withSignerStatements,
} from "../fixtures";
import { advisories, allow, assertViolation, mandatory, messages, runPolicy, UNKNOWN } from "../support";

describe("dynamodb-query-includes-index", () => {
    describe("seed cases and evasions", () => {
        const p = rules.dynamoDbQueryIncludesIndex;
        it("passes when Query reaches table/index/*", async () =>
            assert.deepEqual(messages(await runPolicy(p, goodSignerStack())), []));
        it("refuses Query on the keystore ARN alone", async () => {
            const stmts = signerPermissions().map(s =>
                (s as { Sid: string }).Sid === "KeySource" ? { ...s, Resource: tableArn(TABLES.keystore) } : s,
            );
            assertViolation(
                await runPolicy(p, withSignerStatements(...stmts)),
                /dynamodb:Query on table custody-prod-keystore .* not on its index status-shard-index/,
                URNS.role,
            );
        });
        it("accepts the index's own ARN, and matches the table by name when its ARN is unknown", async () => {
            const stmts = signerPermissions().map(s =>
                (s as { Sid: string }).Sid === "KeySource"
                    ? {
                          ...s,
                          Resource: [
                              tableArn(TABLES.keystore),
                              `${tableArn(TABLES.keystore)}/index/status-shard-index`,
                          ],
                      }
                    : s,
            );
            const stack = editResource(withSignerStatements(...stmts), URNS.keystore, r => ({
                ...r,
                outputs: { arn: UNKNOWN },
            }));
            assert.deepEqual(messages(await runPolicy(p, stack)), []);
            const bad = editResource(
                withSignerStatements({
                    Effect: "Allow",
                    Action: "dynamodb:Query",
                    Resource: tableArn(TABLES.keystore),
                }),
                URNS.keystore,
                r => ({ ...r, outputs: { arn: UNKNOWN } }),
            );
            assertViolation(await runPolicy(p, bad), /not on its index/);
        });
    });
    describe("dynamodb-query-includes-index covers local secondary indexes", () => {
        const p = rules.dynamoDbQueryIncludesIndex;
        const withLsi = (keySourceResource: string | string[]) =>
            editResource(
                withSignerStatements(
                    ...signerPermissions().map((s: any) =>
                        s.Sid === "KeySource" ? { ...s, Resource: keySourceResource } : s,
                    ),
                ),
                URNS.keystore,
                r => ({
                    ...r,
                    inputs: {
                        ...r.inputs,
                        globalSecondaryIndexes: undefined,
                        localSecondaryIndexes: [{ name: "by-status", rangeKey: "status_shard", projectionType: "ALL" }],
                    },
                }),
            );
        it("refuses Query on the table ARN alone when the table has an LSI", async () => {
            assertViolation(
                await runPolicy(p, withLsi(tableArn(TABLES.keystore))),
                /dynamodb:Query on table custody-prod-keystore .* not on its index by-status/,
                URNS.role,
            );
        });
        it("accepts table/index/* or the LSI's ARN", async () => {
            assert.deepEqual(
                messages(
                    await runPolicy(p, withLsi([tableArn(TABLES.keystore), `${tableArn(TABLES.keystore)}/index/*`])),
                ),
                [],
            );
            assert.deepEqual(
                messages(
                    await runPolicy(
                        p,
                        withLsi([tableArn(TABLES.keystore), `${tableArn(TABLES.keystore)}/index/by-status`]),
                    ),
                ),
                [],
            );
        });
    });
    describe('preview: "X is missing" verdicts stay advisory on partial knowledge', () => {
        it("dynamodb-query-includes-index: Query on the table alone in a known document, the index grant possibly in the unknown one", async () => {
            const queryOnTable = secondSignerPolicy(allow("dynamodb:Query", tableArn(TABLES.keystore)));
            const ds = await runPolicy(rules.dynamoDbQueryIncludesIndex, [...unknownSignerPolicy(), queryOnTable]);
            assert.deepEqual(mandatory(ds), []);
            assert.equal(advisories(ds).length, 1);
            // Once every document is known, the verdict is drawn (here the index is missing everywhere).
            const noIndex = editResource([...goodSignerStack(), queryOnTable], URNS.rolePolicy, r => ({
                ...r,
                inputs: { ...r.inputs, policy: doc(allow("dynamodb:GetItem", tableArn(TABLES.keystore))) },
            }));
            assert.ok(
                mandatory(await runPolicy(rules.dynamoDbQueryIncludesIndex, noIndex)).some(m =>
                    /not on its index status-shard-index/.test(m),
                ),
            );
            // And the signer's own index grant, known, satisfies it.
            assert.deepEqual(
                mandatory(await runPolicy(rules.dynamoDbQueryIncludesIndex, [...goodSignerStack(), queryOnTable])),
                [],
            );
        });
    });
});
