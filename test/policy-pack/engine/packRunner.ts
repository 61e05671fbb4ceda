/**
 * Runs every policy of the pack (config properties included) under a stack's pack config, edited: AWS's node policies
 * listed as readable, a custody model with operations helpers.
 */
import { StackValidationPolicy } from "@pulumi/policy";
import * as rules from "../../../policy-pack/rules";
import { PackConfig, setPackConfig } from "../../../policy-pack/model/packConfig";
import { stackPackConfig } from "../packConfig";
import { runPolicy, TestDiagnostic } from "../support";
import { modelWithOperations, Resources } from "./support";
import { NODE_POLICIES } from "./variantBuilders";

/** The pack config with these policies listed as readable (AWS's node policies unless given). */
export const nodePolicyConfig = (c: PackConfig, arns: readonly string[] = NODE_POLICIES): PackConfig => ({
    ...c,
    "attached-policies-readable": {
        ...(c["attached-policies-readable"] as Record<string, unknown>),
        allowedPolicyArns: [
            ...(((c["attached-policies-readable"] as Record<string, unknown> | undefined)?.allowedPolicyArns as
                string[] | undefined) ?? []),
            ...arns,
        ],
    },
});

/** Every policy of the pack (config properties included) under a copy of the stack's pack config, edited. */
export async function runWithConfig(
    stack: string,
    resources: Resources,
    edit: (c: PackConfig) => PackConfig = c => c,
): Promise<TestDiagnostic[]> {
    const config = edit(JSON.parse(JSON.stringify(stackPackConfig(stack))) as PackConfig);
    setPackConfig(config);
    try {
        const out: TestDiagnostic[] = [];
        for (const p of rules.allPolicies) {
            const own = config[p.name]?.enforcementLevel ?? config.all?.enforcementLevel;
            const level = (own as "mandatory" | "advisory" | undefined) ?? p.enforcementLevel ?? "advisory";
            const policyConfig = {
                ...((config[p.name] as Record<string, unknown> | undefined) ?? {}),
                enforcementLevel: level,
            };
            out.push(...(await runPolicy(p as StackValidationPolicy, resources, policyConfig as never)));
        }
        return out;
    } finally {
        setPackConfig({});
    }
}

/**
 * Every policy of the pack under the stack's pack config, its custody model generated with `operations` helpers,
 * AWS's node policies (`nodePolicies`) and `readable` listed as readable.
 */
export function runPack(
    stack: string,
    resources: Resources,
    opts: { operations?: Record<string, unknown>[]; nodePolicies?: boolean; readable?: string[] } = {},
): Promise<TestDiagnostic[]> {
    return runWithConfig(stack, resources, c => {
        let config = c;
        if (opts.operations)
            config = {
                ...config,
                "custody-model": modelWithOperations(stack, opts.operations) as unknown as Record<string, unknown>,
            };
        if (opts.nodePolicies || opts.readable)
            config = nodePolicyConfig(config, [...(opts.nodePolicies ? NODE_POLICIES : []), ...(opts.readable ?? [])]);
        return config;
    });
}
