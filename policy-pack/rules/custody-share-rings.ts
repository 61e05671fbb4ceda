/**
 * `custody-share-rings`: each share ring of the custody model as AWS will enforce it: indices 1..N once, a
 * threshold in range, each share alias created by the stack and targeting a distinct KMS-generated key of the
 * stack in the share's account (not imported material, not multi-Region, not replicated), and only the ring
 * workload's subjects able to use the key material.
 */
import { StackValidationPolicy } from "@pulumi/policy";
import { judgeShareRings } from "../engine";
import { NO_CONFIG } from "./config";
import { allowlistContext, finishPreview } from "./allowlist-context";

export const custodyShareRings: StackValidationPolicy = {
    name: "custody-share-rings",
    description:
        "Each share ring of the custody model: indices, threshold, one distinct KMS-generated key per share alias in the share's account, and only the ring workload using them.",
    enforcementLevel: "mandatory",
    severity: "critical",
    remediationSteps:
        "Create one KMS-generated aws.kms.Key per share in the account the model names, with the alias the model names pointing at it; no ExternalKey, multi-Region key or replica; let only the ring workload use the shares.",
    configSchema: NO_CONFIG.schema,
    validateStack: async (args, reportViolation) => {
        const ctx = await allowlistContext(args);
        if (!ctx) return;
        for (const f of judgeShareRings(ctx.judge)) reportViolation(f.message, f.urn);
        finishPreview(ctx.ea);
    },
};
