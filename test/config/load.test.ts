// Config errors through the engine: the real entry point (index.ts) must fail with a pulumi RunError naming
// every bad key and its fix, before a single resource (provider, role, key, table) is registered.
import { strict as assert } from "assert";
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import { runProgram } from "../../tools/offline/mockEngine";
import { runStack, stackConfig, withConfig } from "../harness";
import { engineConfig, PROJECT, rawOf } from "../components/support";

const INDEX = path.resolve(__dirname, "../../index.ts");

/** Runs index.ts itself (fresh module evaluation) and records what it registered and what it threw. */
async function runIndex(stack: string, config: Record<string, string>, preview: boolean) {
    let thrown: unknown;
    const result = await runProgram({
        project: PROJECT,
        stack,
        config,
        preview,
        program: () => {
            delete require.cache[require.resolve(INDEX)];
            try {
                // eslint-disable-next-line @typescript-eslint/no-require-imports -- the program must load after setMocks
                return require(INDEX) as Record<string, unknown>;
            } catch (e) {
                thrown = e;
                return {};
            }
        },
    });
    return {
        thrown,
        registered: result.plan.resources.filter(r => r.type !== "pulumi:pulumi:Stack").map(r => `${r.type} ${r.name}`),
    };
}

function assertRunError(e: unknown, keys: string[]): void {
    assert.ok(
        pulumi.RunError.isInstance(e),
        `expected a pulumi RunError (printed without a stack trace), got ${String(e)}`,
    );
    const message = (e as Error).message;
    assert.match(message, /^invalid stack configuration \(\d+ problems?\):\n/);
    for (const key of keys) {
        assert.match(
            message,
            new RegExp(`\\n  - ${PROJECT}:${key.replace(/[.[\]]/g, "\\$&")}: `),
            `${key} missing from:\n${message}`,
        );
    }
    assert.doesNotMatch(message, /\n\s+at /, "no stack trace in the message");
    assert.doesNotMatch(message, /ConfigValidationError|\.ts:\d+/, "no internals in the message");
}

const BAD_CONFIGS: Array<{
    title: string;
    stack: string;
    config: () => Record<string, string>;
    keys: string[];
    fix: RegExp;
}> = [
    {
        title: "a threshold above the share count",
        stack: "prod",
        config: () => withConfig(stackConfig("prod"), "signer", s => ({ ...s, shares: { ...s.shares, threshold: 4 } })),
        keys: ["signer.shares.threshold"],
        fix: /set it between 2 and 3/,
    },
    {
        title: "an 11-digit account id",
        stack: "prod",
        config: () =>
            withConfig(stackConfig("prod"), "accounts", a => ({
                ...a,
                "custody-c": { ...a["custody-c"], accountId: "33333333333" },
            })),
        keys: ["accounts.custody-c.accountId"],
        fix: /use the 12 digits, quoted/,
    },
    {
        title: "an OIDC provider of another cluster",
        stack: "dev",
        config: () =>
            withConfig(stackConfig("dev"), "cluster", c => ({
                ...c,
                oidcProviderArn: c.oidcProviderArn.replace(/id\/.*$/, "id/0000000000000000000000000000AAAA"),
            })),
        keys: ["cluster.oidcProviderArn"],
        fix: /they must be the same cluster; expected arn:aws:iam::111111111111:oidc-provider\//,
    },
    {
        title: "no kubernetes context, a typo and a bad namespace together",
        stack: "dev",
        config: () => {
            const raw = rawOf("dev");
            delete raw.kubernetes;
            raw.signer.namespace = "Validators";
            raw.signer.shares.treshold = 2;
            return engineConfig(raw);
        },
        keys: ["kubernetes", "signer.namespace", "signer.shares.treshold"],
        fix: /set kubernetes\.context/,
    },
    {
        title: "a setting under a misspelt namespace (custody-infr:tags), which Pulumi would hand to nobody",
        stack: "dev",
        config: () => ({ ...stackConfig("dev"), "custody-infr:tags": JSON.stringify({ owner: "x" }) }),
        keys: ["tags"],
        fix: /misspelt namespace that nothing reads; write custody-infra:tags/,
    },
    {
        title: "a missing cluster",
        stack: "dev",
        config: () => withConfig(stackConfig("dev"), "cluster", () => undefined),
        keys: ["cluster"],
        fix: /set cluster\.oidcIssuerUrl and cluster\.oidcProviderArn/,
    },
];

describe("config errors through the program", () => {
    for (const bad of BAD_CONFIGS) {
        for (const preview of [false, true]) {
            it(`rejects ${bad.title} before registering anything (preview=${preview})`, async () => {
                const { thrown, registered } = await runIndex(bad.stack, bad.config(), preview);
                assertRunError(thrown, bad.keys);
                assert.match((thrown as Error).message, bad.fix);
                assert.deepEqual(registered, [], "nothing but the root stack may be registered");
            });
        }
    }

    it("makes runStack (the harness's program) reject with the same RunError", async () => {
        const bad = BAD_CONFIGS[0];
        await assert.rejects(runStack({ stack: bad.stack, config: bad.config() }), e => {
            assertRunError(e, bad.keys);
            return true;
        });
    });

    it("runs index.ts cleanly for the committed dev stack (the wrapper above is not what rejects)", async () => {
        const { thrown, registered } = await runIndex("dev", stackConfig("dev"), false);
        assert.equal(thrown, undefined);
        assert.ok(registered.includes("aws:kms/key:Key signer-shares-share-1"), registered.join("\n"));
    });
});
