/** Wildcard DynamoDB grants stay clear of the stack's own tables (seeds 000, 002). */
import { StackValidationPolicy } from "@pulumi/policy";
import { arnOrNamePatternMatchesTable, roleLabel, RolePermissions, statementActions } from "../model";
import { describeGrant, forEachIdentityPermissions, forEachRolePermissions, stackContext } from "./common";
import { NO_CONFIG } from "./config";

/** Whether the table-name part of a pattern is a wildcard (`table/curity-*`, `table/*`, `*`), not a name. */
function isTableWildcard(pattern: string): boolean {
    const tablePart = pattern === "*" ? "*" : (pattern.split(":").slice(5).join(":").split("/")[1] ?? "");
    return (
        /[*?]/.test(tablePart) ||
        pattern
            .split(":")
            .slice(0, 5)
            .some(p => /[*?]/.test(p))
    );
}

/**
 * The tables this stack creates are granted by their exact ARN to the workload that owns them (seed 000's
 * policies name each table). A wildcard grant of another workload (seed 002's `table/curity-*`, a broader
 * prefix, `*`, NotResource) that happens to match them hands out the validator keystore or the anti-slashing
 * records: deleting those is a slashing risk.
 */
export const dynamoDbWildcardsExcludeStackTables: StackValidationPolicy = {
    name: "dynamodb-wildcards-exclude-stack-tables",
    description:
        "A DynamoDB grant whose resource is a wildcard (table/<prefix>*, *, NotResource) must not reach a table this stack creates; grant those by exact ARN (seeds 000, 002).",
    enforcementLevel: "mandatory",
    severity: "high",
    remediationSteps:
        "Narrow the wildcard so it matches none of the stack's tables (a prefix of the workload's own tables), and grant a table by its exact ARN if needed.",
    configSchema: NO_CONFIG.schema,
    validateStack: async (args, reportViolation) => {
        const ctx = await stackContext(args);
        const check = (who: string, urn: string, perms: RolePermissions) => {
            for (const g of perms.allows) {
                const s = g.statement;
                // Actions AWS authorises only on "*" (ListTables, DescribeLimits, ...) touch no table.
                if (
                    ![...statementActions(s, ctx.catalog).values()].some(
                        a => a.service === "dynamodb" && !a.wildcardOnly,
                    )
                )
                    continue;
                for (const table of ctx.model.tables) {
                    const through = s.resources
                        ? s.resources.filter(p => isTableWildcard(p) && arnOrNamePatternMatchesTable(p, table))
                        : s.notResources && !s.notResources.some(p => arnOrNamePatternMatchesTable(p, table))
                          ? ["NotResource " + s.notResources.join(", ")]
                          : [];
                    if (through.length > 0) {
                        reportViolation(
                            `${who} reaches table ${table.name ?? table.resource.name}, which this stack creates, through the wildcard ${through.join(", ")} in ${describeGrant(g)}. ` +
                                "Narrow the pattern so it matches none of the stack's tables (e.g. a prefix of that workload's own tables), and grant a table by its exact ARN if the role really needs it.",
                            urn,
                        );
                    }
                }
            }
        };
        forEachRolePermissions(ctx, (role, perms) => check(roleLabel(role), role.urn, perms));
        forEachIdentityPermissions(ctx, check);
        ctx.unknowns.finish();
    },
};
