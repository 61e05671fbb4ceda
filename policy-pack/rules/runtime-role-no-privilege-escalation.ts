/** A runtime role cannot escalate through IAM or STS (seeds 003, 004). */
import { StackValidationPolicy } from "@pulumi/policy";
import {
    grantedActions,
    hasWildcard,
    isNamedRoleAction,
    NormalizedStatement,
    pinnedServiceLinkedRoleCreation,
    privilegeEscalationKind,
    roleLabel,
    RolePermissions,
    runtimeVerdict,
} from "../model";
import {
    forEachExternalRolePermissions,
    forEachRolePermissions,
    RUNTIME_ROLE_PROPERTIES,
    stackContext,
    uniqueGrantDescriptions,
} from "./common";
import { actionItem, defineConfig } from "./config";

const runtimeRoleNoPrivilegeEscalationConfig = defineConfig({
    ...RUNTIME_ROLE_PROPERTIES,
    allowedActions: {
        type: "array",
        items: actionItem({ exemption: true, judges: "privilege-escalation" }),
        default: [],
        description: "Actions accepted after review (e.g. iam:PassRole for a documented design).",
    },
});

/**
 * A workload role that can write IAM (PutRolePolicy, AttachRolePolicy, UpdateAssumeRolePolicy, CreateAccessKey,
 * PassRole on any role, ...) or assume any role can turn a leaked runtime credential into key management,
 * undoing seed 004's runtime/provisioner split. sts:AssumeRole on exactly named role ARNs stays allowed: seed
 * 003's caller role assumes exactly the access role. Not relaxed by custody:role-kind.
 */
export const runtimeRoleNoPrivilegeEscalation: StackValidationPolicy = {
    name: "runtime-role-no-privilege-escalation",
    description:
        "A runtime role holds no IAM write or permissions-management action (catalogue access levels; iam:PassRole only on named roles) and assumes only named roles (sts:Assume* never on a wildcard or NotResource) (seeds 003, 004).",
    enforcementLevel: "mandatory",
    severity: "critical",
    remediationSteps:
        "Remove IAM write actions from the runtime role, and scope iam:PassRole and sts:AssumeRole to exactly named role ARNs.",
    configSchema: runtimeRoleNoPrivilegeEscalationConfig.schema,
    validateStack: async (args, reportViolation) => {
        const cfg = runtimeRoleNoPrivilegeEscalationConfig.read(args);
        const ctx = await stackContext(args);
        const allowed = ctx.catalog.expandAll(cfg.allowedActions);
        const check = (label: string, urn: string, perms: RolePermissions, what: string) => {
            const granted = grantedActions(
                perms,
                ctx.catalog,
                a => privilegeEscalationKind(a) !== undefined && !allowed.has(a.name.toLowerCase()),
            );
            const findings: string[] = [];
            for (const { action, grants } of granted.values()) {
                const named = (s: NormalizedStatement) =>
                    s.resources !== undefined && s.resources.every(r => !hasWildcard(r));
                // Assuming or passing exactly named roles is a reviewed design; on a wildcard it reaches every role.
                const scopedByName = isNamedRoleAction(action.name);
                // A service-linked role pinned to its service is no escalation (model/escalation.ts).
                const bad = scopedByName
                    ? grants.filter(g => !named(g.statement))
                    : grants.filter(g => !pinnedServiceLinkedRoleCreation(action, g.statement));
                if (bad.length > 0) findings.push(`${action.name} by ${uniqueGrantDescriptions(bad)}`);
            }
            if (findings.length > 0) {
                reportViolation(
                    `${label} ${what} and can escalate its privileges through IAM/STS: ${findings.join("; ")}. ` +
                        `A runtime role never writes IAM and assumes only named roles (seeds 003, 004).`,
                    urn,
                );
            }
        };
        forEachRolePermissions(ctx, (role, perms) => {
            if (runtimeVerdict(role, cfg).workload) check(roleLabel(role), role.urn, perms, "is a runtime role");
        });
        // A role outside the stack may be a workload's (its trust is not visible): checked as one.
        forEachExternalRolePermissions(ctx, (roleName, urn, perms) =>
            check(
                `role ${roleName} (outside this stack)`,
                urn,
                perms,
                "may be a runtime role (its trust is not visible to the pack)",
            ),
        );
        ctx.unknowns.finish();
    },
};
