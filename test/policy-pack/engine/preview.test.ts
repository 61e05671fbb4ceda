// The allowlist during a first preview (the offline plan with --preview: computed ARNs and the documents built
// from them are unknown): what is known is judged as in the full run, "missing" verdicts wait for `up`, and the
// SDK's advisory names what could not be checked.
import { strict as assert } from "assert";
import {
    addStatements,
    assertClean,
    assertRefused,
    doc,
    find,
    mandatoryOf,
    prop,
    resourceLike,
    runUnder,
    setProp,
    stackResources,
} from "./support";

const PREVIEW = /can't be known during preview/;

describe("allowlist during a first preview", () => {
    it("a committed stack gives advisories only", async () => {
        for (const stack of ["prod", "basil", "cross-account"]) {
            const ds = await runUnder(stack, await stackResources(stack, true));
            assertClean(ds);
            assert.ok(
                ds.some(d => d.enforcementLevel === "advisory" && PREVIEW.test(d.message)),
                stack,
            );
        }
    });

    it("a known dangerous document next to the unknown one is refused as in the full run", async () => {
        for (const preview of [true, false]) {
            const r = await stackResources("prod", preview);
            const role = find(r, "aws:iam/role:Role", "signer-role");
            r.push(
                resourceLike(role, "aws:iam/rolePolicy:RolePolicy", "second", {
                    name: "second",
                    role: "custody-prod-signer",
                    policy: doc({ Effect: "Allow", Action: "kms:Decrypt", Resource: "*" }),
                }),
            );
            assertRefused(
                await runUnder("prod", r),
                /^role custody-prod-signer → statement #1 of RolePolicy second allows kms:Decrypt on \*.*: not in workload signer's allow entries/,
                "custody-effective-access",
            );
        }
    });

    it("a known trust loosening is refused in the preview too (the trust is known before any ARN)", async () => {
        const r = await stackResources("prod", true);
        addStatements(find(r, "aws:iam/role:Role", "signer-role"), "assumeRolePolicy", {
            Effect: "Allow",
            Principal: { AWS: "111111111111" },
            Action: "sts:AssumeRole",
        });
        assertRefused(
            await runUnder("prod", r),
            /^account 111111111111 .* → sts:AssumeRole \(trust statement 2 of custody-prod-signer/,
        );
    });

    it("a missing grant is refused at up, and waits during the preview", async () => {
        const full = await stackResources("prod");
        const policy = find(full, "aws:iam/rolePolicy:RolePolicy", "signer-role-access");
        const statements = JSON.parse(prop(policy, "policy") as string).Statement.filter(
            (s: { Sid: string }) => s.Sid !== "DynamoDBKeySource",
        );
        setProp(policy, "policy", doc(...statements));
        assertRefused(
            await runUnder("prod", full),
            /^workload signer needs dynamodb:Query on table custody-prod-keystore \(access set signer.keySource\)/,
            "custody-required-access",
        );

        const preview = await stackResources("prod", true);
        const ds = await runUnder("prod", preview);
        assert.deepEqual(
            mandatoryOf(ds).filter(d => d.policyName === "custody-required-access"),
            [],
        );
        assert.ok(ds.some(d => d.policyName === "custody-required-access" && PREVIEW.test(d.message)));
    });
});
