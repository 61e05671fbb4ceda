/**
 * `custody-tables`: every table the stack creates is a custody-model table encrypted with the key the model
 * names (a key this stack manages), keeps the full point-in-time recovery window, and is not exported or
 * streamed outside the custody accounts.
 */
import { StackValidationPolicy } from "@pulumi/policy";
import { judgeTables } from "../engine";
import { NO_CONFIG } from "./config";
import { allowlistContext, finishPreview } from "./allowlist-context";

export const custodyTables: StackValidationPolicy = {
    name: "custody-tables",
    description:
        "Every table the stack creates is in the custody model, encrypted with the key the model names, keeps the full PITR window, and is not exported or streamed outside the custody accounts.",
    enforcementLevel: "mandatory",
    severity: "critical",
    remediationSteps:
        "Declare every table in the custody model with its key, encrypt it with that stack-managed key, keep the full PITR window (leave recoveryPeriodInDays unset), and export or stream table data only to custody accounts.",
    configSchema: NO_CONFIG.schema,
    validateStack: async (args, reportViolation) => {
        const ctx = await allowlistContext(args);
        if (!ctx) return;
        for (const f of judgeTables(ctx.judge)) reportViolation(f.message, f.urn);
        finishPreview(ctx.ea);
    },
};
