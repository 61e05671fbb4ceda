/**
 * DynamoDB grants of workload roles: no batch actions (seed 000), the GSI resource that Query needs (seed
 * 000), and a notice for service-wide grants (seed 002's "AllAPIActionsAllowed").
 */
import { StackValidationPolicy } from "@pulumi/policy";
import {
    arnOrNamePatternMatchesTable,
    grantedActions,
    grantsOnTable,
    isUnconditionalDenyEverywhere,
    RolePermissions,
    secondaryIndexNames,
    statementActions,
} from "../model";
import {
    describeGrant,
    forEachExternalRolePermissions,
    forEachIdentityPermissions,
    forEachRolePermissions,
    roleLabel,
    stackContext,
    uniqueGrantDescriptions,
} from "./common";
import { defineConfig, NO_CONFIG } from "./config";

const noDynamoDbBatchConfig = defineConfig({
    forbiddenActions: {
        type: "array",
        items: { type: "string" },
        default: ["dynamodb:BatchWriteItem", "dynamodb:BatchGetItem"],
    },
});

/**
 * Rule 1. Seed 000: "The DynamoDB anti-slashing backend uses transactions for atomicity. It never uses
 * BatchWriteItem or BatchGetItem." A batch write bypasses the conditional, transactional writes that make
 * slashing protection safe, so no role may hold it, however it is spelled (`dynamodb:*`, `dynamodb:Batch*`,
 * `*`, NotAction) or wherever it is attached (inline, RolePolicy, attached Policy).
 */
export const noDynamoDbBatch: StackValidationPolicy = {
    name: "no-dynamodb-batch",
    description:
        "No role may be allowed dynamodb:BatchWriteItem or dynamodb:BatchGetItem, directly or through wildcards or NotAction (seed 000).",
    enforcementLevel: "mandatory",
    severity: "high",
    remediationSteps:
        "Remove dynamodb:BatchWriteItem/BatchGetItem (and the wildcards or NotAction that reach them) from the identity's statements; use conditional PutItem/UpdateItem or TransactWriteItems instead.",
    configSchema: noDynamoDbBatchConfig.schema,
    validateStack: async (args, reportViolation) => {
        const cfg = noDynamoDbBatchConfig.read(args);
        const forbidden = new Set(cfg.forbiddenActions.map(a => a.toLowerCase()));
        const ctx = await stackContext(args);
        const check = (who: string, urn: string, perms: RolePermissions) => {
            const granted = grantedActions(perms, ctx.catalog, a => forbidden.has(a.name.toLowerCase()));
            for (const { action, grants } of granted.values()) {
                reportViolation(
                    `${who} is allowed ${action.name} by ${uniqueGrantDescriptions(grants)}. Grant the per-item actions the workload uses instead (seed 000: writes are conditional transactions, never Batch*).`,
                    urn,
                );
            }
        };
        forEachRolePermissions(ctx, (role, perms) => check(roleLabel(role), role.urn, perms));
        forEachExternalRolePermissions(ctx, (roleName, urn, perms) =>
            check(`role ${roleName} (outside this stack)`, urn, perms),
        );
        forEachIdentityPermissions(ctx, check);
        ctx.unknowns.finish();
    },
};

const dynamoDbQueryIncludesIndexConfig = defineConfig({
    indexActions: { type: "array", items: { type: "string" }, default: ["dynamodb:Query", "dynamodb:Scan"] },
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
        const tablesWithIndexes = ctx.model.tables
            .map(table => ({ table, indexes: ctx.unknowns.run(() => secondaryIndexNames(table.resource)) ?? [] }))
            .filter(t => t.indexes.length > 0);
        forEachRolePermissions(ctx, (role, perms) => {
            // "Not on its index" is a verdict on the whole set: the index grant may be in a document unknown
            // during preview (its unknown error is recorded, so the SDK's advisory covers this role).
            if (!perms.complete) return;
            for (const { table, indexes } of tablesWithIndexes) {
                for (const action of cfg.indexActions) {
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

const noServiceWideGrantsConfig = defineConfig({
    services: { type: "array", items: { type: "string" }, default: ["dynamodb", "kms"] },
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
                const all = ctx.catalog.service(service);
                if (all.length === 0) continue;
                for (const g of perms.allows) {
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
                if (![...statementActions(s, ctx.catalog).values()].some(a => a.service === "dynamodb")) continue;
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
