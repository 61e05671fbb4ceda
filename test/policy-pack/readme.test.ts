// The README's rule table is generated from the pack (`npm run docs`); a stale table fails here.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { withRuleTable } from "../../policy-pack/private/ruleTable";
import { allPolicies } from "../../policy-pack/rules";

describe("README rule table", () => {
    it("is what `npm run docs` generates from the pack's policies", () => {
        const readme = fs.readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");
        assert.ok(
            withRuleTable(readme, allPolicies) === readme,
            "README.md's rule table is stale: run `npm run docs` and commit README.md",
        );
    });

    it("lists every policy with its severity and remediation steps (sent over the Analyzer protocol)", () => {
        for (const p of allPolicies) {
            assert.ok(["low", "medium", "high", "critical"].includes(p.severity ?? ""), p.name);
            assert.ok((p.remediationSteps ?? "").length > 20, p.name);
        }
    });
});
