// The share-aliases-consistent policy (policy-pack/rules/share-aliases-consistent.ts): passing and failing cases, evasions included.
import * as rules from "../../../policy-pack/rules";
import { strict as assert } from "assert";
import type { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { ACCOUNTS, goodSignerStack, resource, URNS } from "../fixtures";
import { assertViolation, messages, runPolicy, UNKNOWN } from "../support";

describe("share-aliases-consistent", () => {
    describe("seed cases and evasions", () => {
        const p = rules.shareAliasesConsistent;
        const KEY_IDS = [
            "11111111-1111-4111-8111-111111111111",
            "22222222-2222-4222-8222-222222222222",
            "33333333-3333-4333-8333-333333333333",
        ];
        const alias = (n: number, targetKeyId: string, logical = `a${n}`, extra: Partial<AnalyzerResourceInput> = {}) =>
            resource(
                "aws:kms/alias:Alias",
                logical,
                { name: `alias/custody-infra/prod/share-${n}`, targetKeyId },
                extra,
            );
        it("accepts one alias per share key, numbered like its share index", async () => {
            // goodSignerStack() carries one alias per share key, numbered like its share index (as the program does).
            assert.deepEqual(messages(await runPolicy(p, goodSignerStack())), []);
        });
        it("refuses the alias of share 2 pointed at share key 1 (by key id, or by dependency while unknown)", async () => {
            assertViolation(
                await runPolicy(p, [...goodSignerStack(), alias(2, KEY_IDS[0])]),
                /alias alias\/custody-infra\/prod\/share-2 targets signer-share-1, whose custody:share-index is 1/,
            );
            const byDep = alias(2, UNKNOWN, "a2", { propertyDependencies: { targetKeyId: [URNS.shareKey(1)] } });
            assertViolation(await runPolicy(p, [...goodSignerStack(), byDep]), /share-2 targets signer-share-1/);
        });
        it("refuses two share aliases on one key, and a share alias on a non-share key", async () => {
            const second = {
                ...alias(1, KEY_IDS[0], "a1b"),
                inputs: { name: "alias/custody-infra/prod-b/share-1", targetKeyId: KEY_IDS[0] },
            };
            assertViolation(
                await runPolicy(p, [...goodSignerStack(), second]),
                /share key signer-share-1 has 2 share aliases/,
                URNS.shareKey(1),
            );
            const cmkAlias = resource("aws:kms/alias:Alias", "ax", {
                name: "alias/custody-infra/prod/share-3",
                targetKeyId: `arn:aws:kms:eu-west-1:${ACCOUNTS.primary}:key/cmk-0000`,
            });
            assertViolation(
                await runPolicy(p, [...goodSignerStack(), cmkAlias]),
                /named like share 3 but targets tables-cmk, which is not a share key/,
            );
        });
    });
});
