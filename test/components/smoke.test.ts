import { strict as assert } from "assert";
import { runStack } from "../harness";

describe("smoke", () => {
    it("runs dev", async () => {
        const run = await runStack({ stack: "dev" });
        for (const r of run.plan.resources) console.log(r.type, r.name, r.providerUrn?.split("::").pop(), JSON.stringify(r.account), r.options.protect, r.options.retainOnDelete);
        console.log(JSON.stringify(run.plan.outputs, null, 1).slice(0, 3000));
        console.log(run.one("aws:iam/rolePolicy:RolePolicy", "signer-role-access").inputs.policy);
        console.log(run.defaultProviderUses);
        assert.ok(run.plan.resources.length > 5);
    });
});
