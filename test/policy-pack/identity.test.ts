// Identity, trust and runtime-role rules: role-trust-pinned, the runtime-role rules, role chaining and declared
// role kinds. Every fix has a failing and a passing case (red-team gaps G2, G3, G7, G8, G9, G11, G13, G14).
import { strict as assert } from "assert";
import * as rules from "../../policy-pack/rules";
import {
    ACCOUNTS, doc, editResource, goodSignerStack, irsaTrust, role, ROLE_ARN, ROLE_NAME, rolePolicy, URNS,
} from "./fixtures";
import { runPolicy, TestDiagnostic } from "./support";

const messages = (ds: TestDiagnostic[]) => ds.map(d => d.message);
function assertViolation(ds: TestDiagnostic[], pattern: RegExp, urn?: string): void {
    const hit = ds.find(d => pattern.test(d.message));
    assert.ok(hit, `expected a violation matching ${pattern}, got ${JSON.stringify(messages(ds), null, 1)}`);
    assert.equal(hit.enforcementLevel, "mandatory");
    if (urn) assert.equal(hit.urn, urn);
}
const allow = (action: string | string[], resource: string | string[] = "*") => ({ Effect: "Allow", Action: action, Resource: resource });

describe("G13: roles are linked by name case-insensitively (IAM role names are unique ignoring case)", () => {
    const p = rules.runtimeRoleNoKeyManagement;
    it("refuses key management granted by a RolePolicy naming the role in upper case", async () => {
        const stack = [...goodSignerStack(), rolePolicy("rp2", ROLE_NAME.toUpperCase(), doc(allow("kms:CreateKey")))];
        assertViolation(await runPolicy(p, stack), /role custody-prod-signer is a runtime role .*kms:CreateKey by statement #1 of RolePolicy rp2/, URNS.role);
    });
    it("links an upper-case role ARN too, and still treats a different name as outside the stack", async () => {
        const arn = ROLE_ARN.replace(ROLE_NAME, ROLE_NAME.toUpperCase());
        assertViolation(await runPolicy(p, [...goodSignerStack(), rolePolicy("rp2", arn, doc(allow("kms:CreateKey")))]), /kms:CreateKey/, URNS.role);
        assert.deepEqual(messages(await runPolicy(p, [...goodSignerStack(), rolePolicy("rp2", "custody-prod-signer-2", doc(allow("kms:CreateKey")))])), []);
    });
});
