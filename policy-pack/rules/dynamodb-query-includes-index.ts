/** Query/Scan grants reach the indexes they need (seed 000). */
import { StackValidationPolicy } from "@pulumi/policy";
import { grantsOnTable, roleLabel, secondaryIndexNames } from "../model";
import { describeGrant, forEachRolePermissions, stackContext } from "./common";
import { actionItem, defineConfig } from "./config";

const dynamoDbQueryIncludesIndexConfig = defineConfig({
    indexActions: {
        type: "array",
        // Empty would switch the check off silently; the enforcement level "disabled" says so.
        minItems: 1,
        items: actionItem({ services: ["dynamodb"] }),
        default: ["dynamodb:Query", "dynamodb:Scan"],
    },
});

/**
 * Rule 2. Seed 000: "The index/* resource is required for dynamodb:Query on the GSI. The table ARN alone is
 * not sufficient." A grant on the table alone passes review and fails at run time: the signer cannot load its
 * keys. Every action in `indexActions` granted on a table with a GSI or an LSI must also reach each index (a Query on
 * an LSI is authorised on its index ARN as well).
 */
export const dynamoDbQueryIncludesIndex: StackValidationPolicy = {
    name: "dynamodb-query-includes-index",
    description:
        "A role granted dynamodb:Query (or Scan) on a table with a global or local secondary index must also be granted it on <table-arn>/index/* or the index ARN (seed 000).",
    enforcementLevel: "mandatory",
    severity: "medium",
    remediationSteps:
        "Add `<table-arn>/index/*` (or each index ARN) to the Resource of the statement granting Query/Scan on the table.",
    configSchema: dynamoDbQueryIncludesIndexConfig.schema,
    validateStack: async (args, reportViolation) => {
        const cfg = dynamoDbQueryIncludesIndexConfig.read(args);
        const ctx = await stackContext(args);
        // Each entry stands for the actions it matches (`dynamodb:Query` itself, `dynamodb:*Scan*` each Scan action).
        const indexActions = [...ctx.catalog.expandAll(cfg.indexActions)].map(a => ctx.catalog.lookup(a)?.name ?? a);
        const tablesWithIndexes = ctx.model.tables
            .map(table => ({ table, indexes: ctx.unknowns.run(() => secondaryIndexNames(table.resource)) ?? [] }))
            .filter(t => t.indexes.length > 0);
        forEachRolePermissions(ctx, (role, perms) => {
            // "Not on its index" is a verdict on the whole set: the index grant may be in a document unknown
            // during preview (its unknown error is recorded, so the SDK's advisory covers this role).
            if (!perms.complete) return;
            for (const { table, indexes } of tablesWithIndexes) {
                for (const action of indexActions) {
                    const onTable = grantsOnTable(perms, ctx.catalog, action, table);
                    if (onTable.length === 0) continue;
                    const missing = indexes.filter(
                        ix => grantsOnTable(perms, ctx.catalog, action, table, `/index/${ix}`).length === 0,
                    );
                    if (missing.length > 0) {
                        reportViolation(
                            `${roleLabel(role)} is allowed ${action} on table ${table.name ?? table.resource.name} (${onTable.map(describeGrant).join("; ")}) ` +
                                `but not on its index ${missing.join(", ")}: add the resource <table-arn>/index/* (or the index ARN). The table ARN alone fails at run time (seed 000).`,
                            role.urn,
                        );
                    }
                }
            }
        });
        ctx.unknowns.finish();
    },
};
