/** A key-management role cannot be assumed by a runtime role (seed 004). */
import { StackValidationPolicy } from "@pulumi/policy";
import {
    admittedSubjectPatterns,
    grantedActions,
    isKeyManagement,
    isWebIdentityStatement,
    pinnedSubjects,
    resourceMatches,
    roleKind,
    roleLabel,
    statementLabel,
    statementReachesRole,
    trustDocument,
} from "../model";
import {
    PROTECTED_KEY_MANAGEMENT_KINDS_PROPERTY,
    rolePermissions,
    RUNTIME_ROLE_PROPERTIES,
    runtimeRoles,
    stackContext,
} from "./common";
import { defineConfig } from "./config";

const provisionerNotRuntimeAssumableConfig = defineConfig({
    ...RUNTIME_ROLE_PROPERTIES,
    // Here the kinds name the roles the rule PROTECTS (fewer kinds = weaker), so both stay (round 81).
    keyManagementRoleKinds: PROTECTED_KEY_MANAGEMENT_KINDS_PROPERTY,
});

/**
 * Seed 004: the provisioner identity is "a break-glass operator role, a one-shot bootstrap job, or a CI
 * provisioning step" and "Keeping it separate means the steady-state broker cannot mint new key material even
 * if its credentials leak". That separation is void if the runtime workload can also become a role that
 * manages keys: through its Kubernetes subject, or by role chaining (the role's trust names the runtime role's
 * ARN, its account root, or "*"). Applies to declared provisioner/key-manager roles and to any role holding a
 * kms key-management action.
 */
export const provisionerNotRuntimeAssumable: StackValidationPolicy = {
    name: "provisioner-not-runtime-assumable",
    description:
        'A provisioner, key-manager or other key-management-capable role must not be assumable by a runtime role of the stack: not through a Kubernetes subject it pins, nor by role chaining (its ARN, its account root or "*" in the trust) (seed 004).',
    enforcementLevel: "mandatory",
    severity: "critical",
    remediationSteps:
        'Remove runtime roles, their ServiceAccounts, their account root and unpinned `"*"` from the provisioner\'s trust policy.',
    configSchema: provisionerNotRuntimeAssumableConfig.schema,
    validateStack: async (args, reportViolation) => {
        const cfg = provisionerNotRuntimeAssumableConfig.read(args);
        const ctx = await stackContext(args);
        const runtime = runtimeRoles(ctx, cfg);
        const runtimeSubjects: { subject: string; role: string }[] = [];
        for (const role of runtime) {
            ctx.unknowns.run(() => {
                const trust = trustDocument(role);
                if (trust)
                    for (const p of pinnedSubjects(trust))
                        runtimeSubjects.push({ subject: p.subject, role: roleLabel(role) });
            });
        }
        for (const role of ctx.model.roles) {
            if (runtime.includes(role)) continue;
            ctx.unknowns.run(() => {
                const trust = trustDocument(role);
                if (!trust) return;
                const kind = roleKind(role);
                const declared = kind !== undefined && cfg.keyManagementRoleKinds.includes(kind);
                // A declared role is checked without reading its policies (they may still be unknown in a preview).
                const manages = declared
                    ? []
                    : [...grantedActions(rolePermissions(ctx, role), ctx.catalog, isKeyManagement).values()];
                if (!declared && manages.length === 0) return;
                const what = declared
                    ? `kind ${kind}`
                    : `allowed ${manages
                          .map(g => g.action.name)
                          .sort()
                          .slice(0, 4)
                          .join(", ")}`;
                for (const pattern of admittedSubjectPatterns(trust)) {
                    for (const rt of runtimeSubjects.filter(x => resourceMatches(pattern, x.subject))) {
                        reportViolation(
                            `${roleLabel(role)} (${what}) trusts "${pattern}", which admits ${rt.subject}, the subject of runtime ${rt.role}: a leaked runtime token could create keys.`,
                            role.urn,
                        );
                    }
                }
                for (const s of trust.statements) {
                    if (s.effect !== "Allow" || isWebIdentityStatement(s)) continue;
                    for (const rt of runtime) {
                        const via = statementReachesRole(s, rt, true);
                        if (via) {
                            reportViolation(
                                `${roleLabel(role)} (${what}) trusts ${via} in ${statementLabel(s)}, which lets runtime ${roleLabel(rt)} assume it (role chaining): the runtime workload could manage keys (seed 004).`,
                                role.urn,
                            );
                        }
                    }
                }
            });
        }
        ctx.unknowns.finish();
    },
};
