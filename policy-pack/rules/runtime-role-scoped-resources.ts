/** A runtime role's data-plane grants name their tables and keys (seed 000). */
import { StackValidationPolicy } from "@pulumi/policy";
import {
    classifyKmsAction,
    overBroadResourceReason,
    resourceMatches,
    roleLabel,
    RolePermissions,
    runtimeVerdict,
    SEED_001_UNSCOPED_KMS_ACTIONS,
    statementActions,
    statementLabel,
} from "../model";
import {
    forEachExternalRolePermissions,
    forEachRolePermissions,
    RUNTIME_ROLE_PROPERTIES,
    stackContext,
} from "./common";
import { actionItem, defineConfig } from "./config";

const runtimeRoleScopedResourcesConfig = defineConfig({
    ...RUNTIME_ROLE_PROPERTIES,
    allowedResourcePatterns: {
        type: "array",
        // "*" or an ARN (glob), compared with IAM's Resource matching: blanks would match nothing.
        items: {
            type: "string",
            pattern: "^(\\*|arn:\\S+)$",
            // Not every ARN of a service or more ("*", "arn:*", "arn:aws:kms:*:*:*"): that exempts the whole rule.
            format: "arn-exemption",
            description: "a resource ARN pattern (arn:..., * and ? wildcards) naming resources of one service",
        },
        default: [],
        description: "Resource patterns accepted although they are wildcards (e.g. a documented prefix).",
    },
    declaredRoleUnscopedActions: {
        type: "array",
        // The rule judges only dynamodb and kms data-plane actions; an entry of another service would exempt nothing.
        // Round 81: no entry may cover an action reading or writing custody data (kms:Decrypt on "*" reaches every
        // key delegating to the account), by name or by wildcard (packConfigCheck.ts custodyDataProblems).
        items: actionItem({ services: ["dynamodb", "kms"], exemption: true, judges: "custody-data" }),
        default: SEED_001_UNSCOPED_KMS_ACTIONS,
        description:
            'Actions a declared key-management role may hold on unscoped resources (seed 001 grants these on "*").',
    },
});

/**
 * Rule 4. Seed 000 scopes every grant to named tables and key ARNs; seed 002's `arn:aws:dynamodb:*:*:table/...`
 * reaches every account. A workload role's DynamoDB and KMS data-plane grants must name resources of one account
 * and region: no `*`, no wildcard account/region, no whole namespace (`table/*`, `key/*`), no NotResource.
 * Wildcard-only actions (which AWS only accepts on `*`, e.g. dynamodb:ListTables) are not data-plane grants. The
 * custody:role-kind tag does not relax this rule, except for the actions seed 001's key manager needs on `*`
 * (it signs with keys it creates, whose ARNs it cannot know in advance).
 */
export const runtimeRoleScopedResources: StackValidationPolicy = {
    name: "runtime-role-scoped-resources",
    description:
        "A runtime role's DynamoDB and KMS data-plane grants must name specific tables and keys: no \"*\", wildcard account/region, whole namespace or NotResource; a declared key manager only for seed 001's unscopable actions (seed 000).",
    enforcementLevel: "mandatory",
    severity: "high",
    remediationSteps:
        "Name exact table and key ARNs of one account and region in the statement's Resource; no `*`, wildcard account/region, `table/*`, `key/*` or NotResource.",
    configSchema: runtimeRoleScopedResourcesConfig.schema,
    validateStack: async (args, reportViolation) => {
        const cfg = runtimeRoleScopedResourcesConfig.read(args);
        const ctx = await stackContext(args);
        const exempt = ctx.catalog.expandAll(cfg.declaredRoleUnscopedActions);
        const check = (label: string, urn: string, perms: RolePermissions, declared: boolean) => {
            for (const g of perms.allows) {
                const scoped = [...statementActions(g.statement, ctx.catalog).values()].filter(
                    a =>
                        !a.wildcardOnly &&
                        (a.service === "dynamodb" || (a.service === "kms" && classifyKmsAction(a) === "data-plane")) &&
                        !(declared && exempt.has(a.name.toLowerCase())),
                );
                if (scoped.length === 0) continue;
                const sample =
                    scoped
                        .slice(0, 6)
                        .map(a => a.name)
                        .join(", ") + (scoped.length > 6 ? `, ... (${scoped.length} actions)` : "");
                const where = `${statementLabel(g.statement)} of ${g.source.label}`;
                if (g.statement.notResources) {
                    reportViolation(
                        `${label}: ${where} grants ${sample} with NotResource (everything but ${g.statement.notResources.join(", ")}); name the tables and keys.`,
                        urn,
                    );
                    continue;
                }
                for (const pattern of g.statement.resources ?? []) {
                    if (cfg.allowedResourcePatterns.some(p => resourceMatches(p, pattern) || p === pattern)) continue;
                    const reason = overBroadResourceReason(pattern);
                    if (reason)
                        reportViolation(
                            `${label}: ${where} grants ${sample} on "${pattern}" (${reason}); name the tables and keys.`,
                            urn,
                        );
                }
            }
        };
        forEachRolePermissions(ctx, (role, perms) => {
            const verdict = runtimeVerdict(role, cfg);
            if (verdict.workload) check(roleLabel(role), role.urn, perms, verdict.declared);
        });
        // A role outside the stack: its trust is not visible, so it is checked as a workload role (not declared).
        forEachExternalRolePermissions(ctx, (roleName, urn, perms) =>
            check(`role ${roleName} (outside this stack, trust unknown)`, urn, perms, false),
        );
        ctx.unknowns.finish();
    },
};
