/**
 * `custody-grants-within-model` (advisory): a workload's identity holding grants beyond its allow entries that
 * reach no custody asset and move no identity (a wider resource pattern than the model's, e.g. seed 001's "*"
 * where the model says the keys of one account and region). Anything that reaches a custody asset, lets an
 * identity become or empower another, or belongs to no workload is `custody-effective-access`'s, and mandatory.
 */
import { StackValidationPolicy } from "@pulumi/policy";
import { NO_CONFIG } from "./config";
import { allowlistContext, finishPreview } from "./allowlist-context";

export const custodyGrantsWithinModel: StackValidationPolicy = {
    name: "custody-grants-within-model",
    description:
        "Grants of a workload's identity beyond its custody-model entries that reach no custody asset and move no identity (advisory: the asset and identity paths are custody-effective-access's).",
    enforcementLevel: "advisory",
    severity: "medium",
    remediationSteps:
        "Scope the grant to the resources of the model's entries (for seed 001: the keys of its account and region), or widen the custody model's entry if the seed needs more.",
    configSchema: NO_CONFIG.schema,
    validateStack: async (args, reportViolation) => {
        const ctx = await allowlistContext(args);
        if (!ctx) return;
        for (const f of ctx.judge.judgeGrants()) if (f.outsideAssets) reportViolation(f.message, f.urn);
        finishPreview(ctx.ea);
    },
};
