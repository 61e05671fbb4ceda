// The provisioner-not-runtime-assumable policy (policy-pack/rules/provisioner-not-runtime-assumable.ts): passing and failing cases, evasions included.
import * as rules from "../../../policy-pack/rules";
import { strict as assert } from "assert";
import {
    ACCOUNTS,
    assume,
    doc,
    goodSignerStack,
    irsaTrust,
    role,
    ROLE_ARN,
    ROLE_NAME,
    rolePolicy,
    SHARE_KEY_ARNS,
    tableArn,
    TABLES,
} from "../fixtures";
import {
    advisories,
    allow,
    assertMandatoryAndAdvisory,
    assertViolation,
    mandatory,
    messages,
    runPolicy,
    UNKNOWN,
} from "../support";

describe("provisioner-not-runtime-assumable", () => {
    describe("seed cases", () => {
        it("provisioner-not-runtime-assumable refuses a provisioner trusting the runtime ServiceAccount", async () => {
            const stack = [...goodSignerStack(), role("prov", irsaTrust(), "provisioner")];
            assertViolation(
                await runPolicy(rules.provisionerNotRuntimeAssumable, stack),
                /role prov \(kind provisioner\) trusts .* runtime role custody-prod-signer/,
            );
            const ok = [
                ...goodSignerStack(),
                role("prov", irsaTrust("system:serviceaccount:validators:bootstrap"), "provisioner"),
            ];
            assert.deepEqual(messages(await runPolicy(rules.provisionerNotRuntimeAssumable, ok)), []);
        });
    });
    describe("provisioner-not-runtime-assumable refuses role chaining from a runtime role", () => {
        const p = rules.provisionerNotRuntimeAssumable;
        const creator = (
            name: string,
            trust: string,
            kind: string,
            actions: string[] = ["kms:CreateKey", "kms:PutKeyPolicy"],
        ) => role(name, trust, kind, { inputs: { inlinePolicies: [{ name: "x", policy: doc(allow(actions)) }] } });
        it("passes a provisioner trusted by a break-glass role and a bootstrap ServiceAccount (basil), and a non-managing role trusting the runtime role", async () => {
            const basil = creator(
                "prov",
                doc(
                    assume({ AWS: `arn:aws:iam::${ACCOUNTS.primary}:role/platform-break-glass` }),
                    JSON.parse(irsaTrust("system:serviceaccount:bootstrap:prov")).Statement[0],
                ),
                "provisioner",
            );
            const access = role("access", doc(assume({ AWS: ROLE_ARN })), "cross-account", {
                inputs: { inlinePolicies: [{ name: "x", policy: doc(allow("kms:Decrypt", SHARE_KEY_ARNS[0])) }] },
            });
            assert.deepEqual(messages(await runPolicy(p, [...goodSignerStack(), basil, access])), []);
        });
        it("refuses a provisioner whose trust names the runtime role's ARN", async () => {
            assertViolation(
                await runPolicy(p, [
                    ...goodSignerStack(),
                    creator("prov", doc(assume({ AWS: ROLE_ARN })), "provisioner"),
                ]),
                /role prov \(kind provisioner\) trusts arn:aws:iam::111111111111:role\/custody-prod-signer .* lets runtime role custody-prod-signer assume it \(role chaining\)/,
            );
        });
        it('refuses an untagged role holding key management whose trust covers the runtime role (account root, "*", a session)', async () => {
            for (const principal of [
                { AWS: ACCOUNTS.primary },
                { AWS: "*" },
                { AWS: `arn:aws:sts::${ACCOUNTS.primary}:assumed-role/${ROLE_NAME}/s` },
            ]) {
                assertViolation(
                    await runPolicy(p, [...goodSignerStack(), creator("keys", doc(assume(principal)), "operator")]),
                    /role keys \(allowed kms:CreateKey, kms:PutKeyPolicy\) trusts .*\(role chaining\)/,
                );
            }
            // The runtime role in another case is still the runtime role (IAM names are case-insensitive).
            const upper = `arn:aws:iam::${ACCOUNTS.primary}:role/${ROLE_NAME.toUpperCase()}`;
            assertViolation(
                await runPolicy(p, [...goodSignerStack(), creator("keys", doc(assume({ AWS: upper })), "operator")]),
                /role chaining/,
            );
        });
        it("does not count another account's root (it cannot cover the runtime role)", async () => {
            assert.deepEqual(
                messages(
                    await runPolicy(p, [
                        ...goodSignerStack(),
                        creator("keys", doc(assume({ AWS: ACCOUNTS.b })), "operator"),
                    ]),
                ),
                [],
            );
        });
    });
    describe("preview: known documents of a role are evaluated when another is unknown", () => {
        it("provisioner-not-runtime-assumable: a role managing keys by a known document and trusting the runtime role is refused", async () => {
            const chained = role(
                "chained",
                doc({ Effect: "Allow", Principal: { AWS: ROLE_ARN }, Action: "sts:AssumeRole" }),
                "operator",
            );
            const stack = [
                ...goodSignerStack(),
                chained,
                rolePolicy("c-a", "chained", UNKNOWN, chained.urn),
                rolePolicy("c-b", "chained", doc(allow("kms:CreateKey")), chained.urn),
            ];
            assertMandatoryAndAdvisory(
                await runPolicy(rules.provisionerNotRuntimeAssumable, stack),
                /role chained \(allowed kms:CreateKey\) trusts/,
            );
            // Without a known key-management grant the role is not judged: only the advisory.
            const quiet = [
                ...goodSignerStack(),
                chained,
                rolePolicy("c-a", "chained", UNKNOWN, chained.urn),
                rolePolicy("c-b", "chained", doc(allow("dynamodb:GetItem", tableArn(TABLES.keystore))), chained.urn),
            ];
            const ds = await runPolicy(rules.provisionerNotRuntimeAssumable, quiet);
            assert.deepEqual(mandatory(ds), []);
            assert.equal(advisories(ds).length, 1);
        });
    });
});
