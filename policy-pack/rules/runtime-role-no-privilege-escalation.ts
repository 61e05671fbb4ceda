/** A runtime role cannot escalate through IAM or STS (seeds 003, 004). */
import { StackValidationPolicy } from "@pulumi/policy";
import {
    globsIntersect,
    grantedActions,
    hasWildcard,
    isNamedRoleAction,
    NormalizedStatement,
    overBroadResourceReason,
    parseArn,
    pinnedServiceLinkedRoleCreation,
    privilegeEscalationKind,
    roleLabel,
    RolePermissions,
    runtimeVerdict,
    StackModel,
} from "../model";
import { currentCustodyModel } from "../engine";
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
 * The roles an exempted named-role action (allowedActions: iam:PassRole, sts:AssumeRole) may still not reach by a
 * pattern, as ARN globs in lower case (role names compare ignoring case, IAM User Guide, "IAM identifiers"): every
 * stack role (the runtime and key-management roles among them), every role outside the stack it references, and every
 * role the custody model names as a subject. A pattern cannot say which of them the model lets this role pass or
 * assume, so a pattern meeting one is refused and the role must be named exactly (custody-effective-access judges
 * that path). A role whose name is unknown during preview is any role (fail closed).
 */
function protectedRoleShapes(stack: StackModel): string[] {
    const shape = (account: string | undefined, name: string | undefined) =>
        `arn:*:iam::${account ?? "*"}:role/${name === undefined ? "*" : `*${name}`}`.toLowerCase();
    const shapes = stack.roles.map(r => r.arn?.toLowerCase() ?? shape(r.account, r.name));
    shapes.push(...stack.externalRoleSources.map(x => shape(undefined, x.roleName)));
    const model = currentCustodyModel();
    if (model.state === "ok")
        for (const w of model.model.workloads)
            for (const sub of w.subjects)
                if ("principal" in sub && parseArn(sub.principal)?.resource.startsWith("role/"))
                    shapes.push(sub.principal.toLowerCase());
    return shapes;
}

/**
 * Whether an exempted named-role action may stand on this Resource entry: an exact ARN, or a pattern of one account's
 * roles (no "*", no role/*: overBroadResourceReason) meeting none of the protected roles (a vendor's
 * `role/datadog-*` in its own path).
 */
function exemptRolePattern(resource: string, protectedRoles: readonly string[]): boolean {
    if (!hasWildcard(resource)) return true;
    if (overBroadResourceReason(resource) !== undefined) return false;
    if (!parseArn(resource)?.resource.startsWith("role/")) return false;
    const lower = resource.toLowerCase();
    return !protectedRoles.some(r => globsIntersect(lower, r));
}

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
        const protectedRoles = protectedRoleShapes(ctx.model);
        const check = (label: string, urn: string, perms: RolePermissions, what: string) => {
            // Round 82: an exempted named-role action stays judged (on its resources): the exemption widens "named
            // roles" to role patterns meeting no stack or model role, never to "*" or role/*.
            const granted = grantedActions(
                perms,
                ctx.catalog,
                a =>
                    privilegeEscalationKind(a) !== undefined &&
                    (isNamedRoleAction(a.name) || !allowed.has(a.name.toLowerCase())),
            );
            const findings: string[] = [];
            for (const { action, grants } of granted.values()) {
                const exempt = allowed.has(action.name.toLowerCase());
                const named = (s: NormalizedStatement) =>
                    s.resources !== undefined &&
                    s.resources.every(r => (exempt ? exemptRolePattern(r, protectedRoles) : !hasWildcard(r)));
                // Assuming or passing exactly named roles is a reviewed design; on a wildcard it reaches every role.
                const scopedByName = isNamedRoleAction(action.name);
                // A service-linked role pinned to its service is no escalation (model/escalation.ts).
                const bad = scopedByName
                    ? grants.filter(g => !named(g.statement))
                    : grants.filter(g => !pinnedServiceLinkedRoleCreation(action, g.statement));
                const exemption = exempt
                    ? ` (allowedActions exempts it only on named roles or a pattern of one account's roles that meets no role of the stack or the custody model, never "*" or role/*)`
                    : "";
                if (bad.length > 0) findings.push(`${action.name} by ${uniqueGrantDescriptions(bad)}${exemption}`);
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
