import { strict as assert } from "assert";
import { parse } from "yaml";
import { runStack, stackConfig, withConfig } from "../harness";
import { asList, configProblems, parseDoc, roleNamed, roleStatements, trustOf } from "./planQueries";

const problemsOf = (config: Record<string, string>) => configProblems(config, "trust-domain");

const ACCOUNT = "444444444444";

describe("Defakto trust-domain server (seed 001)", () => {
    it("grants the seed's actions (tagging:GetResources corrected to tag:GetResources) and nothing else", async () => {
        const run = await runStack({ stack: "trust-domain" });
        const statements = roleStatements(run, "trust-domain-server");
        const actions = statements.flatMap(s => asList(s.Action)).sort();
        assert.deepEqual(actions, [
            "kms:CreateKey",
            "kms:GetPublicKey",
            "kms:ScheduleKeyDeletion",
            "kms:Sign",
            "kms:TagResource",
            "sts:GetCallerIdentity",
            "tag:GetResources",
        ]);
        for (const s of statements) {
            assert.equal(s.Effect, "Allow");
            assert.equal(s.Resource, "*", "the server creates its own keys: they cannot be named in advance");
        }
    });

    it("is declared a key-manager role, reached only through IRSA for its ServiceAccount", async () => {
        const run = await runStack({ stack: "trust-domain" });
        assert.equal((roleNamed(run, "trust-domain-server").inputs.tags as any)["custody:role-kind"], "key-manager");
        const trust = trustOf(run, "trust-domain-server");
        assert.equal(trust.Statement.length, 1);
        assert.equal(trust.Statement[0].Action, "sts:AssumeRoleWithWebIdentity");
        const host = "oidc.eks.us-east-1.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF";
        assert.deepEqual(trust.Statement[0].Condition.StringEquals, {
            [`${host}:sub`]: "system:serviceaccount:spirl-system:spirl-server",
            [`${host}:aud`]: "sts.amazonaws.com",
        });
        const sa = run.byType("kubernetes:core/v1:ServiceAccount");
        assert.equal(sa.length, 1);
        assert.equal(
            (sa[0].inputs.metadata as any).annotations["eks.amazonaws.com/role-arn"],
            `arn:aws:iam::${ACCOUNT}:role/trust-domain-server`,
        );
        assert.equal(
            run.byType("aws:kms/key:Key").length,
            0,
            "the server creates its keys at rotation, not this stack",
        );
    });

    it("exports the KeyManager section and a keyPolicyFile policy granting the server role", async () => {
        const run = await runStack({ stack: "trust-domain" });
        assert.deepEqual(parse(run.plan.outputs.trustDomainKeyManagerYaml as string), {
            section: "KeyManager",
            schema: "v1",
            spec: {
                extensions: { awsKMS: { region: "us-east-1", keyTags: { team: "identity", "cost-center": "4711" } } },
            },
        });
        const policy = parseDoc(run.plan.outputs.trustDomainKeyPolicyJson);
        const root = policy.Statement.find(s => s.Principal?.AWS === `arn:aws:iam::${ACCOUNT}:root`);
        assert.ok(root && root.Action === "kms:*", "root delegation keeps the key manageable");
        const server = policy.Statement.find(
            s => s.Principal?.AWS === `arn:aws:iam::${ACCOUNT}:role/trust-domain-server`,
        )!;
        assert.deepEqual(asList(server.Action).sort(), [
            "kms:GetPublicKey",
            "kms:ScheduleKeyDeletion",
            "kms:Sign",
            "kms:TagResource",
        ]);
    });

    it("rejects keyTags with the aws: or defakto- prefixes", () => {
        for (const bad of ["aws:team", "AWS:x", "defakto-owner", "Defakto-x"]) {
            const cfg = withConfig(stackConfig("trust-domain"), "trustDomain", t => ({
                ...t,
                keyTags: { [bad]: "v" },
            }));
            const problems = problemsOf(cfg);
            assert.equal(problems.length, 1, bad);
            assert.match(
                problems[0],
                new RegExp(
                    `^trustDomain\\.keyTags\\.${bad.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: tag keys cannot start with (aws: in any case|defakto-)`,
                ),
            );
        }
        const keyTags = (tags: Record<string, string>) =>
            problemsOf(withConfig(stackConfig("trust-domain"), "trustDomain", t => ({ ...t, keyTags: tags })));
        assert.match(
            keyTags({ team: "x".repeat(257) }).join("\n"),
            /^trustDomain\.keyTags\.team: the value has 257 characters/,
        );
        assert.match(
            keyTags(Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`t${i}`, "v"]))).join("\n"),
            // Round 76: 50 per KMS key minus the room kept for the server's reserved defakto- tags.
            /^trustDomain\.keyTags: has 51 tags; at most 40 are possible \(.*reserved defakto- discovery tags/,
        );
        assert.deepEqual(
            problemsOf(
                withConfig(stackConfig("trust-domain"), "trustDomain", t => ({
                    ...t,
                    keyTags: { defakto: "ok", "my-aws:x": "ok" },
                })),
            ),
            [],
        );
    });

    it('refuses an account that also holds this stack\'s keys (its ScheduleKeyDeletion on "*" would reach them)', () => {
        const withSigner = withConfig(stackConfig("trust-domain"), "signer", () => ({
            shares: { accounts: ["identity"], threshold: 1 },
        }));
        const problems = problemsOf(withSigner);
        assert.ok(
            problems.some(p =>
                /^trustDomain\.account: "identity" also holds the signer tables' key, 1 Shamir share key of this stack, .*ScheduleKeyDeletion on "\*"/.test(
                    p,
                ),
            ),
            problems.join("\n"),
        );
        const withBasil = withConfig(stackConfig("trust-domain"), "basil", () => ({
            keys: { "jwt.signing": { keyType: "ed25519" } },
        }));
        assert.match(
            problemsOf(withBasil).join("\n"),
            /trustDomain\.account: "identity" also holds the Basil catalog keys/,
        );
    });
});
