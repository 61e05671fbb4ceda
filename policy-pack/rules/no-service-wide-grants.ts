/** An advisory for service-wide grants (seed 002's "AllAPIActionsAllowed"). */
import { StackValidationPolicy } from "@pulumi/policy";
import { actsOnResources, isUnconditionalDenyEverywhere, roleLabel, statementActions } from "../model";
import { hasWildcard } from "../model/glob";
import { describeGrant, forEachRolePermissions, stackContext } from "./common";
import { defineConfig, IAM_SERVICE_ITEM } from "./config";

const noServiceWideGrantsConfig = defineConfig({
    services: {
        type: "array",
        // Empty would switch the check off silently; the enforcement level "disabled" says so.
        minItems: 1,
        items: IAM_SERVICE_ITEM,
        default: ["dynamodb", "kms"],
        // The list replaces the defaults; the custody services always stay judged (round 81): "kms:*" is every KMS
        // action, kms:Decrypt and kms:PutKeyPolicy included (IAM User Guide, reference_policies_elements_action).
        mustCover: ["dynamodb", "kms"],
    },
});

/**
 * Seed 002 (Curity) grants "all DynamoDB API actions" to the identity server. The program keeps that variant
 * behind a flag; this advisory makes it visible in every preview. (no-dynamodb-batch still refuses it.)
 */
export const noServiceWideGrants: StackValidationPolicy = {
    name: "no-service-wide-grants",
    description:
        "Reports a role granted every action of a service (dynamodb:*, kms:*, *, or a NotAction equivalent), such as seed 002's AllAPIActionsAllowed.",
    enforcementLevel: "advisory",
    severity: "medium",
    remediationSteps: "Replace `<service>:*` with the actions the workload needs.",
    configSchema: noServiceWideGrantsConfig.schema,
    validateStack: async (args, reportViolation) => {
        const cfg = noServiceWideGrantsConfig.read(args);
        const ctx = await stackContext(args);
        forEachRolePermissions(ctx, (role, perms) => {
            // Actions an unconditional Deny on "*" removes do not count (as in grantedActions).
            const denied = new Set<string>();
            for (const d of perms.denies) {
                if (isUnconditionalDenyEverywhere(d.statement))
                    for (const k of statementActions(d.statement, ctx.catalog).keys()) denied.add(k);
            }
            for (const service of cfg.services) {
                if (ctx.catalog.service(service).length === 0) continue;
                for (const g of perms.allows) {
                    // Every action of the service that can act on the statement's Resource (IAM applies no other).
                    const resources = g.statement.resources;
                    const all = ctx.catalog
                        .service(service)
                        .filter(a => resources === undefined || actsOnResources(a, resources));
                    // A list of named actions that happens to hold them all is not a service-wide grant.
                    const wide = g.statement.notActions !== undefined || (g.statement.actions ?? []).some(hasWildcard);
                    if (all.length === 0 || !wide) continue;
                    const actions = statementActions(g.statement, ctx.catalog);
                    if (all.every(a => actions.has(a.name.toLowerCase()) && !denied.has(a.name.toLowerCase()))) {
                        reportViolation(
                            `${roleLabel(role)} is granted every ${service} action by ${describeGrant(g)}; list the actions the workload calls.`,
                            role.urn,
                        );
                    }
                }
            }
        });
        ctx.unknowns.finish();
    },
};
