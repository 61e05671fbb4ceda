/**
 * The `custody-model` policy: the pack config's `custody-model` section is this policy's own config, so the
 * Pulumi CLI checks it against the section's JSON schema and accepts the key at all. The policy refuses a model
 * that does not parse, naming every problem with its key path and fix; the verdicts that judge the stack against
 * the model read it from the whole pack config (model/packConfig.ts).
 */
import { StackValidationPolicy } from "@pulumi/policy";
import { CUSTODY_MODEL_CONFIG_SCHEMA, CUSTODY_MODEL_SECTION, custodyModelProblems } from "./parse";

export const custodyModelValid: StackValidationPolicy = {
    name: CUSTODY_MODEL_SECTION,
    description:
        "The custody model (who may do what to each custody asset) in the pack config is well-formed: known access sets, exact ARNs and subjects, share indices 1..N, thresholds in range, assets of declared accounts.",
    enforcementLevel: "mandatory",
    configSchema: CUSTODY_MODEL_CONFIG_SCHEMA,
    validateStack: (args, reportViolation) => {
        const section = { ...args.getConfig<Record<string, unknown>>() };
        delete section.enforcementLevel;
        if (Object.keys(section).length === 0) return;
        for (const p of custodyModelProblems(section)) reportViolation(`${p.path}: ${p.message}`);
    },
};
