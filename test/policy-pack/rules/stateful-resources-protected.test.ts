// The stateful-resources-protected policy (policy-pack/rules/stateful-resources-protected.ts): passing and failing cases, evasions included.
import * as rules from "../../../policy-pack/rules";
import { goodSignerStack, URNS } from "../fixtures";
import { assertViolation, runPolicy } from "../support";

describe("stateful-resources-protected", () => {
    describe("seed cases", () => {
        const keystore = () => goodSignerStack().find(r => r.urn === URNS.keystore)!;
        it("refuse an unprotected table or key", async () => {
            const ds = await runPolicy(rules.statefulResourcesProtected, [
                { ...keystore(), options: { protect: false } },
            ]);
            assertViolation(ds, /must set the protect resource option/, URNS.keystore);
        });
    });
});
