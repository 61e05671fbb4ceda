/** No identity may batch-write or batch-read DynamoDB (seed 000). */
import { StackValidationPolicy } from "@pulumi/policy";
import { grantedActions, roleLabel, RolePermissions } from "../model";
import {
    forEachExternalRolePermissions,
    forEachIdentityPermissions,
    forEachRolePermissions,
    stackContext,
    uniqueGrantDescriptions,
} from "./common";
import { actionItem, defineConfig } from "./config";

const noDynamoDbBatchConfig = defineConfig({
    forbiddenActions: {
        type: "array",
        // Empty would switch the check off silently; the enforcement level "disabled" says so.
        minItems: 1,
        items: actionItem({ services: ["dynamodb"] }),
        default: ["dynamodb:BatchWriteItem", "dynamodb:BatchGetItem"],
        // The list replaces the defaults; BatchWriteItem takes no condition (DynamoDB API Reference, BatchWriteItem:
        // "You can't specify conditions on individual put and delete requests"), so it always stays judged.
        mustCover: ["dynamodb:BatchWriteItem"],
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
        const ctx = await stackContext(args);
        const forbidden = ctx.catalog.expandAll(cfg.forbiddenActions);
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
