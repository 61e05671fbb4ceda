/**
 * What a runtime role (a workload identity: web identity, Pod Identity, EC2) may do with keys and data.
 * Seed 004: "The runtime identity ... should be able to use keys and nothing more ... It never needs to create
 * a key." Seed 000: every grant names the tables and keys it is for.
 */
import { StackValidationPolicy } from "@pulumi/policy";
import {
    classifyKmsAction, DEFAULT_KEY_MANAGEMENT_KINDS, grantedActions, overBroadResourceReason, pinnedSubjects,
    admittedSubjectPatterns, resourceMatches, RoleModel, roleKind, runtimeVerdict, statementActions, statementLabel, trustDocument,
} from "../model";
import { configOf, forEachRolePermissions, roleLabel, stackContext, uniqueGrantDescriptions } from "./common";

export interface KeyManagementConfig {
    /** custody:role-kind values allowed key management by declaration. */
    keyManagementRoleKinds: string[];
}

/**
 * Rule 3. Seed 004: "Do not attach the provisioner policy to the long-running broker ... In steady state the
 * broker should not be able to call kms:CreateKey at all." A leaked runtime credential must not be able to
 * mint keys, change key policies or schedule a key's deletion. Every kms action that is not a cryptographic
 * operation or a read is key management (derived from the catalogue, see model/kms.ts). Roles tagged
 * provisioner (seed 004) or key-manager (seed 001's trust-domain server) are exempt by declaration.
 */
export const runtimeRoleNoKeyManagement: StackValidationPolicy = {
    name: "runtime-role-no-kms-key-management",
    description: "A runtime role (web identity, EKS Pod Identity or EC2) may not be allowed KMS key management (kms:CreateKey, CreateAlias, PutKeyPolicy, ScheduleKeyDeletion, ...), even through wildcards (seed 004).",
    enforcementLevel: "mandatory",
    configSchema: {
        properties: {
            keyManagementRoleKinds: { type: "array", items: { type: "string" }, default: DEFAULT_KEY_MANAGEMENT_KINDS },
        },
    },
    validateStack: async (args, reportViolation) => {
        const cfg = configOf<KeyManagementConfig>(args, { keyManagementRoleKinds: DEFAULT_KEY_MANAGEMENT_KINDS });
        const ctx = await stackContext(args);
        forEachRolePermissions(ctx, (role, perms) => {
            const verdict = runtimeVerdict(role, cfg.keyManagementRoleKinds);
            if (!verdict.runtime) return;
            const granted = grantedActions(perms, ctx.catalog, a => a.service === "kms" && classifyKmsAction(a) === "key-management");
            if (granted.size === 0) return;
            const names = [...granted.values()].map(g => g.action.name).sort();
            const grants = [...granted.values()].flatMap(g => g.grants);
            reportViolation(
                `${roleLabel(role)} is a runtime role (${verdict.paths.join(", ")}${verdict.kind ? `, kind ${verdict.kind}` : ""}) and is allowed KMS key management: `
                + `${names.join(", ")} by ${uniqueGrantDescriptions(grants)}. Give key creation to a separate role tagged custody:role-kind=provisioner (seed 004).`,
                role.urn);
        });
        ctx.unknowns.finish();
    },
};

export interface ScopedResourcesConfig {
    keyManagementRoleKinds: string[];
    /** Resource patterns accepted even though they are wildcards (e.g. a documented prefix). */
    allowedResourcePatterns: string[];
}

/**
 * Rule 4. Seed 000 scopes every grant to named tables and key ARNs; seed 002's `arn:aws:dynamodb:*:*:table/...`
 * reaches every account. A runtime role's DynamoDB and KMS data-plane grants must name resources of one account
 * and region: no `*`, no wildcard account/region, no whole namespace (`table/*`, `key/*`), no NotResource.
 * Wildcard-only actions (which AWS only accepts on `*`, e.g. dynamodb:ListTables) are not data-plane grants.
 */
export const runtimeRoleScopedResources: StackValidationPolicy = {
    name: "runtime-role-scoped-resources",
    description: "A runtime role's DynamoDB and KMS data-plane grants must name specific tables and keys: no \"*\", wildcard account/region, whole namespace or NotResource (seed 000).",
    enforcementLevel: "mandatory",
    configSchema: {
        properties: {
            keyManagementRoleKinds: { type: "array", items: { type: "string" }, default: DEFAULT_KEY_MANAGEMENT_KINDS },
            allowedResourcePatterns: { type: "array", items: { type: "string" }, default: [] },
        },
    },
    validateStack: async (args, reportViolation) => {
        const cfg = configOf<ScopedResourcesConfig>(args, { keyManagementRoleKinds: DEFAULT_KEY_MANAGEMENT_KINDS, allowedResourcePatterns: [] });
        const ctx = await stackContext(args);
        forEachRolePermissions(ctx, (role, perms) => {
            if (!runtimeVerdict(role, cfg.keyManagementRoleKinds).runtime) return;
            for (const g of perms.allows) {
                const scoped = [...statementActions(g.statement, ctx.catalog).values()].filter(a => !a.wildcardOnly
                    && (a.service === "dynamodb" || (a.service === "kms" && classifyKmsAction(a) === "data-plane")));
                if (scoped.length === 0) continue;
                const sample = scoped.slice(0, 6).map(a => a.name).join(", ") + (scoped.length > 6 ? `, ... (${scoped.length} actions)` : "");
                const where = `${statementLabel(g.statement)} of ${g.source.label}`;
                if (g.statement.notResources) {
                    reportViolation(`${roleLabel(role)}: ${where} grants ${sample} with NotResource (everything but ${g.statement.notResources.join(", ")}); name the tables and keys.`, role.urn);
                    continue;
                }
                for (const pattern of g.statement.resources ?? []) {
                    if (cfg.allowedResourcePatterns.some(p => resourceMatches(p, pattern) || p === pattern)) continue;
                    const reason = overBroadResourceReason(pattern);
                    if (reason) reportViolation(`${roleLabel(role)}: ${where} grants ${sample} on "${pattern}" (${reason}); name the tables and keys.`, role.urn);
                }
            }
        });
        ctx.unknowns.finish();
    },
};

/**
 * Seed 004: the provisioner identity is "a break-glass operator role, a one-shot bootstrap job, or a CI
 * provisioning step" and "Keeping it separate means the steady-state broker cannot mint new key material even
 * if its credentials leak". That separation is void if the runtime workload's subject can also assume the
 * provisioner role.
 */
export const provisionerNotRuntimeAssumable: StackValidationPolicy = {
    name: "provisioner-not-runtime-assumable",
    description: "A provisioner or key-manager role must not be assumable by a Kubernetes subject that also backs a runtime role (seed 004).",
    enforcementLevel: "mandatory",
    configSchema: {
        properties: {
            keyManagementRoleKinds: { type: "array", items: { type: "string" }, default: DEFAULT_KEY_MANAGEMENT_KINDS },
        },
    },
    validateStack: async (args, reportViolation) => {
        const cfg = configOf<KeyManagementConfig>(args, { keyManagementRoleKinds: DEFAULT_KEY_MANAGEMENT_KINDS });
        const ctx = await stackContext(args);
        const runtimeSubjects: { subject: string; role: string }[] = [];
        const managers: { role: RoleModel; patterns: string[] }[] = [];
        for (const role of ctx.model.roles) {
            ctx.unknowns.run(() => {
                const trust = trustDocument(role);
                if (!trust) return;
                const kind = roleKind(role);
                if (kind !== undefined && cfg.keyManagementRoleKinds.includes(kind)) {
                    managers.push({ role, patterns: admittedSubjectPatterns(trust) });
                } else if (runtimeVerdict(role, cfg.keyManagementRoleKinds).runtime) {
                    for (const p of pinnedSubjects(trust)) runtimeSubjects.push({ subject: p.subject, role: roleLabel(role) });
                }
            });
        }
        for (const { role, patterns } of managers) {
            for (const rt of runtimeSubjects) {
                const pattern = patterns.find(p => resourceMatches(p, rt.subject));
                if (pattern) {
                    reportViolation(`${roleLabel(role)} (kind ${roleKind(role)}) trusts "${pattern}", which admits ${rt.subject}, the subject of runtime ${rt.role}: a leaked runtime token could create keys.`, role.urn);
                }
            }
        }
        ctx.unknowns.finish();
    },
};
