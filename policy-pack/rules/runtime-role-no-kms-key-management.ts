/** A runtime role never manages KMS keys (seed 004). */
import { StackValidationPolicy } from "@pulumi/policy";
import {
    grantedActions,
    isKeyManagement,
    roleLabel,
    runtimeVerdict,
    statementActions,
    statementLabel,
    statementReachesRole,
    tryParsePolicyDocument,
} from "../model";
import {
    forEachRolePermissions,
    RUNTIME_ROLE_PROPERTIES,
    runtimeRoles,
    stackContext,
    uniqueGrantDescriptions,
} from "./common";
import { defineConfig } from "./config";

const runtimeRoleNoKeyManagementConfig = defineConfig({ ...RUNTIME_ROLE_PROPERTIES });

/**
 * Rule 3. Seed 004: "Do not attach the provisioner policy to the long-running broker ... In steady state the
 * broker should not be able to call kms:CreateKey at all." A leaked runtime credential must not be able to
 * mint keys, change key policies or schedule a key's deletion. Every kms action that is not a cryptographic
 * operation or a read is key management (derived from the catalogue, see model/kms.ts). Roles tagged
 * provisioner (seed 004) or key-manager (seed 001's trust-domain server) are exempt by declaration. A key
 * policy naming the runtime role grants on its own in the key's account (no IAM policy needed), and is half
 * of the grant across accounts: it is refused too.
 */
export const runtimeRoleNoKeyManagement: StackValidationPolicy = {
    name: "runtime-role-no-kms-key-management",
    description:
        "A runtime role (web identity or a compute service principal) may not be allowed KMS key management (kms:CreateKey, CreateAlias, PutKeyPolicy, ScheduleKeyDeletion, CreateGrant, ...), even through wildcards, by its IAM policies or by a key policy naming it (seed 004).",
    enforcementLevel: "mandatory",
    severity: "critical",
    remediationSteps:
        "Remove the KMS key-management actions from the runtime role (and from key policies naming it); create keys from a separate role tagged custody:role-kind=provisioner or key-manager.",
    configSchema: runtimeRoleNoKeyManagementConfig.schema,
    validateStack: async (args, reportViolation) => {
        const cfg = runtimeRoleNoKeyManagementConfig.read(args);
        const ctx = await stackContext(args);
        forEachRolePermissions(ctx, (role, perms) => {
            const verdict = runtimeVerdict(role, cfg);
            if (!verdict.runtime) return;
            const granted = grantedActions(perms, ctx.catalog, isKeyManagement);
            if (granted.size === 0) return;
            const names = [...granted.values()].map(g => g.action.name).sort();
            const grants = [...granted.values()].flatMap(g => g.grants);
            reportViolation(
                `${roleLabel(role)} is a runtime role (${verdict.paths.join(", ")}${verdict.kind ? `, kind ${verdict.kind}` : ""}) and is allowed KMS key management: ` +
                    `${names.join(", ")} by ${uniqueGrantDescriptions(grants)}. Give key creation to a separate role tagged custody:role-kind=provisioner (seed 004).`,
                role.urn,
            );
        });
        const runtime = runtimeRoles(ctx, cfg);
        for (const key of ctx.model.keys) {
            if (!key.policySource || runtime.length === 0) continue;
            const source = key.policySource;
            ctx.unknowns.run(() => {
                const parsed = tryParsePolicyDocument(source.readRaw());
                if (!parsed.ok) return; // kms-key-policy-safe reports a malformed key policy
                for (const s of parsed.doc.statements) {
                    if (s.effect !== "Allow") continue;
                    const managed = [...statementActions(s, ctx.catalog).values()]
                        .filter(isKeyManagement)
                        .map(a => a.name)
                        .sort();
                    if (managed.length === 0) continue;
                    for (const role of runtime) {
                        // The account root delegates to IAM policies (checked above); an unpinned "*" is kms-key-policy-safe's.
                        const via = statementReachesRole(s, role, false);
                        if (!via) continue;
                        reportViolation(
                            `${source.label}: ${statementLabel(s)} names runtime ${roleLabel(role)} (${via}) and allows key management: ${managed.join(", ")}. ` +
                                `A key policy grants on its own in the key's account; give key management to a provisioner role (seed 004).`,
                            source.urn,
                        );
                    }
                }
            });
        }
        ctx.unknowns.finish();
    },
};
