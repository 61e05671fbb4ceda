/**
 * `custody-required-access`: what each workload of the custody model needs is granted (every required action of
 * its access sets on each asset it selects, through both the identity and the resource side where AWS needs
 * both), and each of its subjects can become one of its roles. A missing grant may sit in a document still
 * unknown during a first preview: then only the SDK's advisory is reported, and the verdict waits for `up`.
 */
import { StackValidationPolicy } from "@pulumi/policy";
import { NO_CONFIG } from "./config";
import { allowlistContext, finishPreview } from "./allowlist-context";

export const custodyRequiredAccess: StackValidationPolicy = {
    name: "custody-required-access",
    description:
        "Every workload of the custody model is granted what its access sets require on its assets, and each of its subjects can become its role.",
    enforcementLevel: "mandatory",
    severity: "high",
    remediationSteps:
        "Grant the workload every action its access sets require on each asset (both the IAM policy and the key policy across accounts), and let its subject assume its role; or drop the entry from the custody model if the workload no longer needs it.",
    configSchema: NO_CONFIG.schema,
    validateStack: async (args, reportViolation) => {
        const ctx = await allowlistContext(args);
        if (!ctx) return;
        const { findings, partial } = ctx.judge.judgeRequired();
        if (!partial) for (const f of findings) reportViolation(f.message, f.urn);
        finishPreview(ctx.ea);
    },
};
