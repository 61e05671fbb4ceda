/**
 * `custody-effective-access`: who can do what to each custody asset, through every path the stack opens, must
 * be within the custody model. Every identity-policy grant is covered by an allow entry of its identity's
 * workload (pattern by pattern: a grant's resource pattern must be a subset of the entry's); every principal a
 * key policy, table resource policy or KMS grant admits is a workload's, with the actions its entries allow on
 * that asset; and who can become each role (trust in every principal form, AssumeRole/PassRole chains,
 * Kubernetes RBAC, EKS access entries, aws-auth, node roles) is exactly its workload's subjects.
 */
import { StackValidationPolicy } from "@pulumi/policy";
import { currentCustodyModel, judgeKeyOrigins, MISSING_MODEL_MESSAGE } from "../engine";
import { NO_CONFIG } from "./config";
import { allowlistContext, finishPreview } from "./allowlist-context";

export const custodyEffectiveAccess: StackValidationPolicy = {
    name: "custody-effective-access",
    description:
        "Who can do what to each custody asset, through every path (identity policies, key and table policies, grants, trust chains, Kubernetes), equals the custody model; each refusal names the whole path.",
    enforcementLevel: "mandatory",
    severity: "critical",
    remediationSteps:
        "Grant each identity only its workload's access sets on the custody model's assets; make each role's trust admit exactly its workload's subjects (no account roots, unpinned \"*\", other issuers, unpinned Pod Identity, role chains, Kubernetes paths); name only the model's principals in key policies, table policies and grants. If the stack is right and the model is stale, regenerate it with `npm run custody-model -- --stack <name> --write` and review the diff.",
    configSchema: NO_CONFIG.schema,
    validateStack: async (args, reportViolation) => {
        if (currentCustodyModel().state === "missing") {
            reportViolation(MISSING_MODEL_MESSAGE);
            return;
        }
        const ctx = await allowlistContext(args);
        if (!ctx) return;
        const { judge, ea } = ctx;
        const seen = new Set<string>();
        for (const f of [
            ...judge.judgeBecomers(),
            ...judge.judgeGrants(),
            ...judge.judgeResourcePaths(),
            ...judge.judgeOpaque(),
            ...judgeKeyOrigins(judge),
        ]) {
            if (f.outsideAssets || seen.has(f.message)) continue;
            seen.add(f.message);
            reportViolation(f.message, f.urn);
        }
        finishPreview(ea);
    },
};
