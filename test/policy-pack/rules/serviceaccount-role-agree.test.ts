// The serviceaccount-role-agree policy (policy-pack/rules/serviceaccount-role-agree.ts): passing and failing cases, evasions included.
import * as rules from "../../../policy-pack/rules";
import { strict as assert } from "assert";
import { ACCOUNTS, editResource, goodSignerStack, URNS } from "../fixtures";
import { assertViolation, messages, runPolicy, UNKNOWN } from "../support";

describe("serviceaccount-role-agree", () => {
    describe("seed cases and evasions", () => {
        const p = rules.serviceAccountRoleAgree;
        const editSa = (edit: (md: Record<string, any>) => void) =>
            editResource(goodSignerStack(), URNS.serviceAccount, r => {
                edit(r.inputs.metadata as Record<string, any>);
                return r;
            });
        it("passes the annotated ServiceAccount, also when the role ARN is unknown (matched by name)", async () => {
            assert.deepEqual(messages(await runPolicy(p, goodSignerStack())), []);
            const stack = editResource(goodSignerStack(), URNS.role, r => ({ ...r, outputs: { arn: UNKNOWN } }));
            assert.deepEqual(messages(await runPolicy(p, stack)), []);
        });
        it("leaves a ServiceAccount with an unknown annotation to the preview advisory, never 'missing ServiceAccount'", async () => {
            const ds = await runPolicy(
                p,
                editSa(md => {
                    md.annotations["eks.amazonaws.com/role-arn"] = UNKNOWN;
                }),
            );
            assert.deepEqual(
                ds.filter(d => d.enforcementLevel === "mandatory").map(d => d.message),
                [],
            );
            assert.ok(
                ds.some(d => d.enforcementLevel === "advisory" && /during preview/.test(d.message)),
                JSON.stringify(messages(ds)),
            );
            // An unknown annotation on a different ServiceAccount does not excuse the role's missing one.
            const other = editSa(md => {
                md.name = "other-sa";
                md.annotations["eks.amazonaws.com/role-arn"] = UNKNOWN;
            });
            assertViolation(await runPolicy(p, other), /no ServiceAccount validators\/containment-chamber/, URNS.role);
        });
        it("refuses an annotation naming a role outside the stack", async () => {
            assertViolation(
                await runPolicy(
                    p,
                    editSa(md => {
                        md.annotations["eks.amazonaws.com/role-arn"] = `arn:aws:iam::${ACCOUNTS.primary}:role/other`;
                    }),
                ),
                /not a role of this stack/,
                URNS.serviceAccount,
            );
        });
        it("refuses a ServiceAccount whose name differs from the trusted subject, and reports the role left without one", async () => {
            const ds = await runPolicy(
                p,
                editSa(md => {
                    md.name = "other-sa";
                }),
            );
            assertViolation(
                ds,
                /validators\/other-sa uses role custody-prod-signer, whose trust pins system:serviceaccount:validators:containment-chamber/,
            );
            assertViolation(ds, /no ServiceAccount validators\/containment-chamber/, URNS.role);
        });
    });
});
