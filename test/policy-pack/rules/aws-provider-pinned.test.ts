// The aws-provider-pinned policy (policy-pack/rules/aws-provider-pinned.ts): passing and failing cases, evasions included.
import * as rules from "../../../policy-pack/rules";
import { strict as assert } from "assert";
import type { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { ACCOUNTS, awsProvider } from "../fixtures";
import { assertViolation, messages, runPolicy } from "../support";

describe("aws-provider-pinned", () => {
    describe("seed cases", () => {
        it("aws-provider-pinned refuses a provider without exactly one account, accepts a JSON-encoded list", async () => {
            const prov = (inputs: Record<string, unknown>): AnalyzerResourceInput => ({
                urn: "urn:pulumi:prod::p::pulumi:providers:aws::x",
                type: "pulumi:providers:aws",
                name: "x",
                inputs,
            });
            assertViolation(
                await runPolicy(rules.awsProviderPinned, [prov({ region: "eu-west-1" })]),
                /allowedAccountIds/,
            );
            assertViolation(
                await runPolicy(rules.awsProviderPinned, [
                    prov({ allowedAccountIds: ["111111111111", "222222222222"] }),
                ]),
                /exactly one/,
            );
            assert.deepEqual(
                messages(await runPolicy(rules.awsProviderPinned, [prov({ allowedAccountIds: '["111111111111"]' })])),
                [],
            );
            assert.deepEqual(
                messages(await runPolicy(rules.awsProviderPinned, [{ ...prov(awsProvider("y", ACCOUNTS.c).inputs) }])),
                [],
            );
        });
    });
});
