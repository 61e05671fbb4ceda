/**
 * What a runtime role (a workload identity: web identity, or a compute service principal such as Pod Identity,
 * EC2, ECS tasks or Lambda) may do with keys, data, tables and IAM, and how key-management roles stay apart
 * from it. Seed 004: "The runtime identity ... should be able to use keys and nothing more ... It never needs
 * to create a key." Seed 000: every grant names the tables and keys it is for.
 */
import { StackValidationPolicy } from "@pulumi/policy";
import {
    admittedSubjectPatterns,
    CatalogAction,
    classifyDynamoDbAction,
    classifyKmsAction,
    grantedActions,
    grantsOnTable,
    hasWildcard,
    isWebIdentityStatement,
    knownString,
    knownTag,
    NormalizedStatement,
    overBroadResourceReason,
    pinnedSubjects,
    principalReachesRole,
    privilegeEscalationKind,
    resourceMatches,
    RoleModel,
    roleKind,
    knownRolePermissions,
    runtimeVerdict,
    RolePermissions,
    StackResource,
    statementActions,
    statementLabel,
    TAGS,
    trustDocument,
    tryParsePolicyDocument,
} from "../model";
import {
    forEachExternalRolePermissions,
    forEachRolePermissions,
    roleLabel,
    RUNTIME_ROLE_PROPERTIES,
    stackContext,
    StackContext,
    uniqueGrantDescriptions,
} from "./common";
import { ConfigOf, defineConfig } from "./config";

type RuntimeRoleConfig = ConfigOf<typeof RUNTIME_ROLE_PROPERTIES>;

const isKeyManagement = (a: CatalogAction) => a.service === "kms" && classifyKmsAction(a) === "key-management";

/** The runtime roles of the stack (runtime path, no declared key-management kind), one role at a time. */
function runtimeRoles(ctx: StackContext, cfg: RuntimeRoleConfig): RoleModel[] {
    return ctx.model.roles.filter(role => ctx.unknowns.run(() => runtimeVerdict(role, cfg).runtime) === true);
}

/**
 * How a statement's principals reach a role, as written: the role by name/ARN, a `"*"` whose aws:PrincipalArn
 * condition names it, and (with `broad`) its account root or an unconditioned `"*"`. Undefined if none does.
 */
function statementReachesRole(s: NormalizedStatement, role: RoleModel, broad: boolean): string | undefined {
    const reaches: string[] = [];
    for (const principal of s.principal?.aws ?? []) {
        const reach = principalReachesRole(principal, role);
        if (reach === "named") reaches.push(principal);
        else if (reach === "account" && broad) reaches.push(`${principal} (the account root)`);
        else if (reach === "anyone") {
            const arns = s.conditions.filter(c => c.keyLower === "aws:principalarn").flatMap(c => c.values);
            const hit = arns.find(
                v =>
                    principalReachesRole(v, role) === "named" ||
                    (role.arn !== undefined && resourceMatches(v, role.arn)),
            );
            if (hit) reaches.push(`"*" with aws:PrincipalArn ${hit}`);
            else if (arns.length === 0 && broad) reaches.push('"*"');
        }
    }
    return reaches.length > 0 ? reaches.join(", ") : undefined;
}

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

const SEED_001_UNSCOPED = [
    "kms:CreateKey",
    "kms:GetPublicKey",
    "kms:ScheduleKeyDeletion",
    "kms:Sign",
    "kms:TagResource",
];

const runtimeRoleScopedResourcesConfig = defineConfig({
    ...RUNTIME_ROLE_PROPERTIES,
    allowedResourcePatterns: {
        type: "array",
        items: { type: "string" },
        default: [],
        description: "Resource patterns accepted although they are wildcards (e.g. a documented prefix).",
    },
    declaredRoleUnscopedActions: {
        type: "array",
        items: { type: "string" },
        default: SEED_001_UNSCOPED,
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
        const exempt = new Set(cfg.declaredRoleUnscopedActions.map(a => a.toLowerCase()));
        const ctx = await stackContext(args);
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

const runtimeRoleNoPrivilegeEscalationConfig = defineConfig({
    ...RUNTIME_ROLE_PROPERTIES,
    allowedActions: {
        type: "array",
        items: { type: "string" },
        default: [],
        description: "Actions accepted after review (e.g. iam:PassRole for a documented design).",
    },
});

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
        const allowed = new Set(cfg.allowedActions.map(a => a.toLowerCase()));
        const ctx = await stackContext(args);
        const check = (label: string, urn: string, perms: RolePermissions, what: string) => {
            const granted = grantedActions(
                perms,
                ctx.catalog,
                a => privilegeEscalationKind(a) !== undefined && !allowed.has(a.name.toLowerCase()),
            );
            const findings: string[] = [];
            for (const { action, grants } of granted.values()) {
                const named = (s: NormalizedStatement) =>
                    s.resources !== undefined && s.resources.every(r => !hasWildcard(r));
                // Assuming or passing exactly named roles is a reviewed design; on a wildcard it reaches every role.
                const scopedByName =
                    action.name === "sts:AssumeRole" ||
                    action.name === "sts:AssumeRoleWithSAML" ||
                    action.name === "sts:AssumeRoleWithWebIdentity" ||
                    action.name === "iam:PassRole";
                const bad = scopedByName ? grants.filter(g => !named(g.statement)) : grants;
                if (bad.length > 0) findings.push(`${action.name} by ${uniqueGrantDescriptions(bad)}`);
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

const provisionerNotRuntimeAssumableConfig = defineConfig({ ...RUNTIME_ROLE_PROPERTIES });

/**
 * Seed 004: the provisioner identity is "a break-glass operator role, a one-shot bootstrap job, or a CI
 * provisioning step" and "Keeping it separate means the steady-state broker cannot mint new key material even
 * if its credentials leak". That separation is void if the runtime workload can also become a role that
 * manages keys: through its Kubernetes subject, or by role chaining (the role's trust names the runtime role's
 * ARN, its account root, or "*"). Applies to declared provisioner/key-manager roles and to any role holding a
 * kms key-management action.
 */
export const provisionerNotRuntimeAssumable: StackValidationPolicy = {
    name: "provisioner-not-runtime-assumable",
    description:
        'A provisioner, key-manager or other key-management-capable role must not be assumable by a runtime role of the stack: not through a Kubernetes subject it pins, nor by role chaining (its ARN, its account root or "*" in the trust) (seed 004).',
    enforcementLevel: "mandatory",
    severity: "critical",
    remediationSteps:
        'Remove runtime roles, their ServiceAccounts, their account root and unpinned `"*"` from the provisioner\'s trust policy.',
    configSchema: provisionerNotRuntimeAssumableConfig.schema,
    validateStack: async (args, reportViolation) => {
        const cfg = provisionerNotRuntimeAssumableConfig.read(args);
        const ctx = await stackContext(args);
        const runtime = runtimeRoles(ctx, cfg);
        const runtimeSubjects: { subject: string; role: string }[] = [];
        for (const role of runtime) {
            ctx.unknowns.run(() => {
                const trust = trustDocument(role);
                if (trust)
                    for (const p of pinnedSubjects(trust))
                        runtimeSubjects.push({ subject: p.subject, role: roleLabel(role) });
            });
        }
        for (const role of ctx.model.roles) {
            if (runtime.includes(role)) continue;
            ctx.unknowns.run(() => {
                const trust = trustDocument(role);
                if (!trust) return;
                const kind = roleKind(role);
                const declared = kind !== undefined && cfg.keyManagementRoleKinds.includes(kind);
                // A declared role is checked without reading its policies (they may still be unknown in a preview).
                const manages = declared
                    ? []
                    : [
                          ...grantedActions(
                              knownRolePermissions(role.permissionSources, ctx.unknowns),
                              ctx.catalog,
                              isKeyManagement,
                          ).values(),
                      ];
                if (!declared && manages.length === 0) return;
                const what = declared
                    ? `kind ${kind}`
                    : `allowed ${manages
                          .map(g => g.action.name)
                          .sort()
                          .slice(0, 4)
                          .join(", ")}`;
                for (const pattern of admittedSubjectPatterns(trust)) {
                    for (const rt of runtimeSubjects.filter(x => resourceMatches(pattern, x.subject))) {
                        reportViolation(
                            `${roleLabel(role)} (${what}) trusts "${pattern}", which admits ${rt.subject}, the subject of runtime ${rt.role}: a leaked runtime token could create keys.`,
                            role.urn,
                        );
                    }
                }
                for (const s of trust.statements) {
                    if (s.effect !== "Allow" || isWebIdentityStatement(s)) continue;
                    for (const rt of runtime) {
                        const via = statementReachesRole(s, rt, true);
                        if (via) {
                            reportViolation(
                                `${roleLabel(role)} (${what}) trusts ${via} in ${statementLabel(s)}, which lets runtime ${roleLabel(rt)} assume it (role chaining): the runtime workload could manage keys (seed 004).`,
                                role.urn,
                            );
                        }
                    }
                }
            });
        }
        ctx.unknowns.finish();
    },
};

const LONG_RUNNING_WORKLOADS: Readonly<Record<string, (props: Record<string, any>) => unknown>> = {
    "kubernetes:apps/v1:Deployment": p => p.spec?.template?.spec,
    "kubernetes:apps/v1:StatefulSet": p => p.spec?.template?.spec,
    "kubernetes:apps/v1:DaemonSet": p => p.spec?.template?.spec,
    "kubernetes:apps/v1:ReplicaSet": p => p.spec?.template?.spec,
    "kubernetes:core/v1:Pod": p => p.spec,
};

/** `namespace/name` of the ServiceAccounts long-running pods of the stack run as. */
function longRunningServiceAccounts(resources: readonly StackResource[]): Set<string> {
    const out = new Set<string>();
    for (const r of resources) {
        const specOf = LONG_RUNNING_WORKLOADS[r.type];
        if (!specOf) continue;
        const spec = specOf(r.props) as Record<string, unknown> | undefined;
        const sa = knownString(spec, "serviceAccountName") ?? knownString(spec, "serviceAccount") ?? "default";
        out.add(`${knownString(r.props.metadata, "namespace") ?? "default"}/${sa}`);
    }
    return out;
}

const declaredRoleKindConsistentConfig = defineConfig({
    ...RUNTIME_ROLE_PROPERTIES,
    oneShotRoleKinds: { type: "array", items: { type: "string" }, default: ["provisioner"] },
});

/**
 * The custody:role-kind tag is self-declared: tagging the signer `key-manager` would exempt it from rule 3. A
 * declared provisioner/key-manager role must look like one: it is no share-ring grantee (seed 000: the shares
 * belong to the signer alone), no ServiceAccount of a runtime workload carries it (a runtime role pins that
 * ServiceAccount, or, for a provisioner, a long-running pod uses it: seed 004's provisioner is "a one-shot
 * bootstrap job"), and it has no item access to the stack's tables (key material and slashing data are the
 * runtime's).
 */
export const declaredRoleKindConsistent: StackValidationPolicy = {
    name: "declared-role-kind-consistent",
    description:
        "A role tagged custody:role-kind provisioner/key-manager is not a share-ring grantee, is not the role of a runtime workload's ServiceAccount (nor, for a provisioner, of a long-running pod), and has no DynamoDB item access to the stack's tables (seeds 000, 001, 004).",
    enforcementLevel: "mandatory",
    severity: "high",
    remediationSteps:
        "Remove the custody:role-kind tag from a role that is used at runtime, or move the runtime grants (share keys, ServiceAccounts, table items) to a runtime role.",
    configSchema: declaredRoleKindConsistentConfig.schema,
    validateStack: async (args, reportViolation) => {
        const cfg = declaredRoleKindConsistentConfig.read(args);
        const ctx = await stackContext(args);
        const declared = ctx.model.roles.filter(
            role => ctx.unknowns.run(() => runtimeVerdict(role, cfg).declared) === true,
        );
        if (declared.length === 0) {
            ctx.unknowns.finish();
            return;
        }
        // (a) Share-ring grantees.
        for (const key of ctx.model.keys) {
            const ring = knownTag(key.resource, TAGS.shareRing);
            const source = key.policySource;
            if (ring === undefined || !source) continue;
            ctx.unknowns.run(() => {
                const parsed = tryParsePolicyDocument(source.readRaw());
                if (!parsed.ok) return;
                for (const s of parsed.doc.statements.filter(x => x.effect === "Allow")) {
                    for (const role of declared) {
                        const named = (s.principal?.aws ?? []).find(p => principalReachesRole(p, role) === "named");
                        if (named)
                            reportViolation(
                                `${roleLabel(role)} is declared ${roleKind(role)} but ${source.label} (share ring ${ring}) grants it ${statementLabel(s)}: a share grantee is the runtime signer, which must not be exempt from rule 3 (seed 000).`,
                                role.urn,
                            );
                    }
                }
            });
        }
        // (b) ServiceAccounts of runtime workloads.
        const runtime = runtimeRoles(ctx, cfg);
        const runtimeSubjects = new Set<string>();
        for (const role of runtime) {
            ctx.unknowns.run(() => {
                const trust = trustDocument(role);
                if (trust) for (const p of pinnedSubjects(trust)) runtimeSubjects.add(p.subject);
            });
        }
        const longRunning =
            ctx.unknowns.run(() => longRunningServiceAccounts(ctx.model.resources)) ?? new Set<string>();
        for (const sa of ctx.model.serviceAccounts) {
            ctx.unknowns.run(() => {
                const md = sa.props.metadata ?? {};
                const annotation = md.annotations?.["eks.amazonaws.com/role-arn"];
                if (annotation === undefined) return;
                const ns = String(md.namespace ?? "default");
                const name = String(md.name ?? sa.name);
                for (const role of declared.filter(r => principalReachesRole(String(annotation), r) === "named")) {
                    if (runtimeSubjects.has(`system:serviceaccount:${ns}:${name}`)) {
                        reportViolation(
                            `${roleLabel(role)} is declared ${roleKind(role)} but annotated on ServiceAccount ${ns}/${name}, which a runtime role's trust pins: the runtime workload would run with it.`,
                            sa.urn,
                        );
                    }
                    const kind = roleKind(role);
                    if (kind !== undefined && cfg.oneShotRoleKinds.includes(kind) && longRunning.has(`${ns}/${name}`)) {
                        reportViolation(
                            `${roleLabel(role)} is declared ${kind} but ServiceAccount ${ns}/${name}, annotated with it, is used by a long-running pod: seed 004's provisioner is a one-shot job or an operator role.`,
                            sa.urn,
                        );
                    }
                }
            });
        }
        // (c) Item access to the stack's tables.
        const itemActions = ctx.catalog
            .service("dynamodb")
            .filter(a => classifyDynamoDbAction(a) === "item")
            .map(a => a.name);
        for (const role of declared) {
            ctx.unknowns.run(() => {
                const perms = knownRolePermissions(role.permissionSources, ctx.unknowns);
                for (const table of ctx.model.tables) {
                    const hits = itemActions.filter(a => grantsOnTable(perms, ctx.catalog, a, table).length > 0);
                    if (hits.length > 0) {
                        reportViolation(
                            `${roleLabel(role)} is declared ${roleKind(role)} but is allowed ${hits.slice(0, 5).join(", ")}${hits.length > 5 ? ", ..." : ""} on table ${table.name ?? table.resource.name}: item data belongs to the runtime role.`,
                            role.urn,
                        );
                    }
                }
            });
        }
        ctx.unknowns.finish();
    },
};
