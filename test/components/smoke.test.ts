import { strict as assert } from "assert";
import { runStack } from "../harness";

describe("smoke", () => {
    for (const stack of ["dev", "prod", "basil", "trust-domain", "curity", "cross-account"]) {
        it(`runs ${stack}`, async () => {
            const run = await runStack({ stack });
            for (const r of run.plan.resources.filter(r => r.custom)) console.log(stack, r.type, r.name, r.account?.accountId, r.options.protect);
            for (const r of run.plan.resources.filter(r => r.type === "aws:iam/rolePolicy:RolePolicy" || r.type === "aws:iam/role:Role")) console.log(r.inputs.policy ?? r.inputs.assumeRolePolicy);
            console.log(JSON.stringify(run.plan.outputs).slice(0, 1500));
            assert.deepEqual(run.defaultProviderUses, []);
        });
    }
});
