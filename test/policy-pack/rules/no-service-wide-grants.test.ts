// The no-service-wide-grants policy (policy-pack/rules/no-service-wide-grants.ts): passing and failing cases, evasions included.
import * as rules from "../../../policy-pack/rules";
import { strict as assert } from "assert";
import { tableArn, withSignerStatements } from "../fixtures";
import { messages, runPolicy } from "../support";

describe("no-service-wide-grants", () => {
    describe("seed cases", () => {
        it("no-service-wide-grants reports Curity's dynamodb:* (seed 002) as advisory by default", async () => {
            const ds = await runPolicy(
                rules.noServiceWideGrants,
                withSignerStatements({
                    Sid: "AllAPIActionsAllowed",
                    Effect: "Allow",
                    Action: ["dynamodb:*"],
                    Resource: tableArn("curity-*"),
                }),
            );
            assert.equal(ds.length, 1);
            assert.equal(ds[0].enforcementLevel, "advisory");
            assert.match(ds[0].message, /every dynamodb action by statement "AllAPIActionsAllowed"/);
        });
    });
    describe("no-service-wide-grants subtracts unconditional Denies", () => {
        const wide = {
            Sid: "AllAPIActionsAllowed",
            Effect: "Allow",
            Action: ["dynamodb:*"],
            Resource: tableArn("curity-*"),
        };
        it('still reports dynamodb:*, but not when an unconditional Deny on "*" removes part of it', async () => {
            assert.equal(
                (
                    await runPolicy(
                        rules.noServiceWideGrants,
                        withSignerStatements(wide, {
                            Effect: "Deny",
                            Action: "dynamodb:Scan",
                            Resource: tableArn("x"),
                        }),
                    )
                ).length,
                1,
            );
            assert.deepEqual(
                messages(
                    await runPolicy(
                        rules.noServiceWideGrants,
                        withSignerStatements(wide, { Effect: "Deny", Action: "dynamodb:Batch*", Resource: "*" }),
                    ),
                ),
                [],
            );
        });
    });
});
