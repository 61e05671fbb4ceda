// The kms-grants-safe policy (policy-pack/rules/kms-grants-safe.ts): passing and failing cases, evasions included.
import * as rules from "../../../policy-pack/rules";
import { strict as assert } from "assert";
import type { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { ACCOUNTS, goodSignerStack, resource, ROLE_ARN, SHARE_KEY_ARNS, URNS } from "../fixtures";
import { assertViolation, FOREIGN, mandatory, messages, runPolicy, UNKNOWN } from "../support";

describe("kms-grants-safe", () => {
    describe("seed cases and evasions", () => {
        const p = rules.kmsGrantsSafe;
        const grant = (inputs: Record<string, unknown>, extra: Partial<AnalyzerResourceInput> = {}) =>
            resource(
                "aws:kms/grant:Grant",
                "g",
                {
                    keyId: `arn:aws:kms:eu-west-1:${ACCOUNTS.primary}:key/cmk-0000`,
                    granteePrincipal: ROLE_ARN,
                    operations: ["Decrypt"],
                    ...inputs,
                },
                extra,
            );
        it("accepts a data-plane grant on a non-share key to a role of the stack's accounts", async () => {
            assert.deepEqual(messages(await runPolicy(p, [...goodSignerStack(), grant({})])), []);
            assert.deepEqual(
                messages(
                    await runPolicy(p, [
                        ...goodSignerStack(),
                        grant({
                            granteePrincipal: `arn:aws:iam::${ACCOUNTS.c}:role/y`,
                            operations: ["Encrypt", "GenerateDataKey", "DescribeKey"],
                        }),
                    ]),
                ),
                [],
            );
        });
        it("refuses any grant on a share key (by ARN, key id, or dependency while unknown)", async () => {
            assertViolation(
                await runPolicy(p, [...goodSignerStack(), grant({ keyId: SHARE_KEY_ARNS[1] })]),
                /Grant g targets share key signer-share-2/,
            );
            assertViolation(
                await runPolicy(p, [...goodSignerStack(), grant({ keyId: "33333333-3333-4333-8333-333333333333" })]),
                /targets share key signer-share-3/,
            );
            const byDep = grant({ keyId: UNKNOWN }, { propertyDependencies: { keyId: [URNS.shareKey(1)] } });
            assertViolation(await runPolicy(p, [...goodSignerStack(), byDep]), /targets share key signer-share-1/);
        });
        it("refuses CreateGrant/RetireGrant, and a grantee outside the stack's accounts", async () => {
            assertViolation(
                await runPolicy(p, [...goodSignerStack(), grant({ operations: ["Decrypt", "CreateGrant"] })]),
                /gives CreateGrant/,
            );
            assertViolation(
                await runPolicy(p, [...goodSignerStack(), grant({ operations: ["RetireGrant"] })]),
                /gives RetireGrant/,
            );
            assertViolation(
                await runPolicy(p, [
                    ...goodSignerStack(),
                    grant({ granteePrincipal: `arn:aws:iam::${FOREIGN}:role/x` }),
                ]),
                /to arn:aws:iam::999999999999:role\/x, which is not a principal of the stack's accounts/,
            );
            assert.deepEqual(
                messages(
                    await runPolicy(
                        p,
                        [...goodSignerStack(), grant({ granteePrincipal: `arn:aws:iam::${FOREIGN}:role/x` })],
                        { trustedAccountIds: [FOREIGN] },
                    ),
                ),
                [],
            );
        });
        it("defers to the preview advisory while the grantee is unknown", async () => {
            const ds = await runPolicy(p, [...goodSignerStack(), grant({ granteePrincipal: UNKNOWN })]);
            assert.deepEqual(mandatory(ds), []);
            assert.ok(
                ds.some(d => /during preview/.test(d.message)),
                JSON.stringify(messages(ds)),
            );
        });
    });
});
