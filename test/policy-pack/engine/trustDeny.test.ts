// Deny statements in trust policies: an explicit Deny overrides an Allow, so a path a Deny surely closes is no
// path (secure variants pass), and a Deny the engine cannot be sure of leaves the path refused.
import { strict as assert } from "assert";
import {
    addStatements,
    assertClean,
    assertRefused,
    find,
    mandatoryOf,
    Resources,
    runUnder,
    runWholePack,
    stackResources,
} from "./support";

const PRIMARY = "111111111111";
const ROLE = "aws:iam/role:Role";
const ISSUER = "oidc.eks.eu-west-1.amazonaws.com/id/A1B2C3D4E5F60718293A4B5C6D7E8F90";
const PROVIDER = `arn:aws:iam::${PRIMARY}:oidc-provider/${ISSUER}`;
const SA_SUB = "system:serviceaccount:validators:containment-chamber";
const CI = `arn:aws:iam::${PRIMARY}:role/ci-deploy`;

const trust = (r: Resources, ...statements: object[]) =>
    addStatements(find(r, ROLE, "signer-role"), "assumeRolePolicy", ...statements);
const allowCi = { Effect: "Allow", Principal: { AWS: CI }, Action: "sts:AssumeRole" };
const allowNamespace = {
    Effect: "Allow",
    Principal: { Federated: PROVIDER },
    Action: "sts:AssumeRoleWithWebIdentity",
    Condition: { StringLike: { [`${ISSUER}:sub`]: "system:serviceaccount:validators:*" } },
};

type Case = { name: string; edit: (r: Resources) => void; refused?: RegExp };

const secure: Case[] = [
    {
        name: "a Deny of every AssumeRole from anyone (IRSA uses AssumeRoleWithWebIdentity)",
        edit: r => trust(r, { Effect: "Deny", Principal: { AWS: "*" }, Action: "sts:AssumeRole" }),
    },
    {
        name: "an Allow of a CI role cancelled by an unconditional Deny of it",
        edit: r => trust(r, allowCi, { Effect: "Deny", Principal: { AWS: CI }, Action: "sts:*" }),
    },
    {
        name: 'an Allow of a CI role cancelled by a guard Deny of "*" except another principal',
        edit: r =>
            trust(r, allowCi, {
                Effect: "Deny",
                Principal: "*",
                Action: "sts:AssumeRole",
                Condition: { ArnNotEquals: { "aws:PrincipalArn": `arn:aws:iam::${PRIMARY}:role/nobody` } },
            }),
    },
];

const insecure: Case[] = [
    {
        name: "a Deny of the CI role only from one source IP (not sure to hold)",
        edit: r =>
            trust(r, allowCi, {
                Effect: "Deny",
                Principal: { AWS: CI },
                Action: "sts:AssumeRole",
                Condition: { IpAddress: { "aws:SourceIp": "203.0.113.0/24" } },
            }),
        refused: /role\/ci-deploy/,
    },
    {
        name: "a Deny of the CI role's AssumeRoleWithSAML only",
        edit: r => trust(r, allowCi, { Effect: "Deny", Principal: { AWS: CI }, Action: "sts:AssumeRoleWithSAML" }),
        refused: /role\/ci-deploy/,
    },
    {
        name: "a guard Deny that leaves the CI role itself",
        edit: r =>
            trust(r, allowCi, {
                Effect: "Deny",
                Principal: "*",
                Action: "sts:AssumeRole",
                Condition: { ArnNotEquals: { "aws:PrincipalArn": CI } },
            }),
        refused: /role\/ci-deploy/,
    },
    {
        name: "a namespace-wide sub whose guard Deny leaves a second ServiceAccount",
        edit: r =>
            trust(r, allowNamespace, {
                Effect: "Deny",
                Principal: { Federated: PROVIDER },
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: {
                    StringNotEquals: { [`${ISSUER}:sub`]: [SA_SUB, "system:serviceaccount:validators:default"] },
                },
            }),
        refused: /validators\/default|validators:default/,
    },
    {
        name: "a namespace-wide sub with a guard Deny written with a wildcard",
        edit: r =>
            trust(r, allowNamespace, {
                Effect: "Deny",
                Principal: { Federated: PROVIDER },
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: { StringNotLike: { [`${ISSUER}:sub`]: "system:serviceaccount:validators:c*" } },
            }),
        refused: /sub only StringLike|validators:\*/,
    },
];

describe("trust policy Denies (engine/trustDeny.ts)", () => {
    for (const c of secure) {
        it(`accepts: ${c.name}`, async () => {
            const r = await stackResources("prod");
            c.edit(r);
            assertClean(await runWholePack("prod", r));
        });
    }
    it("the engine narrows a namespace-wide sub to the subject a guard Deny leaves; role-trust-pinned still wants the pin in the Allow", async () => {
        const r = await stackResources("prod");
        trust(r, allowNamespace, {
            Effect: "Deny",
            Principal: { Federated: PROVIDER },
            Action: "sts:AssumeRoleWithWebIdentity",
            Condition: { StringNotEquals: { [`${ISSUER}:sub`]: SA_SUB } },
        });
        assertClean(await runUnder("prod", r));
        // Defence in depth (README, "Rules"): a subject is pinned by StringEquals in the Allow, not by a Deny.
        const whole = mandatoryOf(await runWholePack("prod", r));
        assert.deepEqual([...new Set(whole.map(d => d.policyName))], ["role-trust-pinned"]);
    });
    for (const c of insecure) {
        it(`refuses: ${c.name}`, async () => {
            const r = await stackResources("prod");
            c.edit(r);
            assertRefused(await runWholePack("prod", r), c.refused ?? /./, "custody-effective-access");
        });
    }
});
