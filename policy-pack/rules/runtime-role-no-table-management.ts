/** A runtime role cannot manage DynamoDB tables (seed 000). */
import { StackValidationPolicy } from "@pulumi/policy";
import { classifyDynamoDbAction, grantedActions, roleLabel, RolePermissions, runtimeVerdict } from "../model";
import {
    forEachExternalRolePermissions,
    forEachRolePermissions,
    RUNTIME_ROLE_PROPERTIES,
    stackContext,
    uniqueGrantDescriptions,
} from "./common";
import { defineConfig } from "./config";

const runtimeRoleNoTableManagementConfig = defineConfig({ ...RUNTIME_ROLE_PROPERTIES });

/**
 * Seed 000's tables hold keys and slashing data, protected by deletion protection, PITR and a resource policy
 * (rules 7, 8). A workload role allowed UpdateTable, DeleteTable, UpdateContinuousBackups, PutResourcePolicy,
 * RestoreTable*, DeleteBackup, UpdateTimeToLive, ExportTableToPointInTime, ... on its own table can undo all of
 * that with a leaked credential. Only item data-plane actions and reads are allowed (classifyDynamoDbAction in
 * model/tables.ts, from the catalogue's condition keys and access levels). Not relaxed by custody:role-kind.
 */
export const runtimeRoleNoTableManagement: StackValidationPolicy = {
    name: "runtime-role-no-table-management",
    description:
        "A runtime role is allowed only DynamoDB item data-plane actions (GetItem, PutItem, UpdateItem, DeleteItem, ConditionCheckItem, Query, Scan, PartiQL*, stream reads) and reads; no table management (UpdateTable, DeleteTable, UpdateContinuousBackups, PutResourcePolicy, ...) (seed 000).",
    enforcementLevel: "mandatory",
    severity: "high",
    remediationSteps:
        "Keep only item actions (Get/Put/Update/DeleteItem, ConditionCheckItem, Query, Scan) and Read/List actions on the runtime role; manage tables from the program.",
    configSchema: runtimeRoleNoTableManagementConfig.schema,
    validateStack: async (args, reportViolation) => {
        const cfg = runtimeRoleNoTableManagementConfig.read(args);
        const ctx = await stackContext(args);
        const check = (who: string, what: string, urn: string, perms: RolePermissions) => {
            const granted = grantedActions(
                perms,
                ctx.catalog,
                a => a.service === "dynamodb" && classifyDynamoDbAction(a) === "table-management",
            );
            if (granted.size === 0) return;
            const names = [...granted.values()].map(g => g.action.name).sort();
            const sample = names.slice(0, 8).join(", ") + (names.length > 8 ? `, ... (${names.length} actions)` : "");
            reportViolation(
                `${who} ${what} and is allowed DynamoDB table management: ${sample} by ${uniqueGrantDescriptions([...granted.values()].flatMap(g => g.grants))}. ` +
                    `A workload needs item actions only; a leaked credential could disable deletion protection or PITR and delete the table (seed 000).`,
                urn,
            );
        };
        forEachRolePermissions(ctx, (role, perms) => {
            if (runtimeVerdict(role, cfg).workload) check(roleLabel(role), "is a runtime role", role.urn, perms);
        });
        // A role outside the stack may be a workload's (its trust is not visible): checked as one.
        forEachExternalRolePermissions(ctx, (roleName, urn, perms) =>
            check(
                `role ${roleName} (outside this stack)`,
                "may be a runtime role (its trust is not visible to the pack)",
                urn,
                perms,
            ),
        );
        ctx.unknowns.finish();
    },
};
