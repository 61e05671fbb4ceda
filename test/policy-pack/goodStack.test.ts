// The conventions the program follows must pass the whole pack: a correct signer stack (seed 000) yields no
// violation at all, from any policy, under the prod config (everything mandatory).
import { strict as assert } from "assert";
import { allPolicies } from "../../policy-pack/rules";
import { goodSignerStack } from "./fixtures";
import { useStackPackConfig } from "./packConfig";
import { runPolicy } from "./support";

describe("custody-guard on a correct seed-000 signer stack", () => {
    // The fixture mirrors the prod stack: prod's custody model describes it.
    useStackPackConfig("prod");
    for (const policy of allPolicies) {
        it(`${policy.name} reports nothing`, async () => {
            const diagnostics = await runPolicy(policy, goodSignerStack(), { enforcementLevel: "mandatory" });
            assert.deepEqual(
                diagnostics.map(d => d.message),
                [],
            );
        });
    }
});
