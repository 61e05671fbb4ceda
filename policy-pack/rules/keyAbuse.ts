/**
 * Who can destroy or re-share the stack's KMS keys through IAM. Every key of the stack keeps its account's root
 * delegation (seed 000's EnableIAMDelegation), so any role, user or group of the key's account whose IAM policy
 * reaches the key's ARN (by ARN, `key/*` or `*`, NotResource, wildcards) can call what that policy allows on it.
 */
import { StackValidationPolicy } from "@pulumi/policy";
import {
    accountOf,
    ActionCatalog,
    ALL_KMS_KEY_TYPES,
    CatalogAction,
    DocumentSource,
    knownString,
    knownTag,
    parseArn,
    presence,
    providerAccount,
    providerRegion,
    RolePermissions,
    knownRolePermissions,
    statementActions,
    statementCoversResource,
    statementLabel,
    StackResource,
    TAGS,
} from "../model";
import { roleLabel, StackContext, stackContext } from "./common";
import { defineConfig } from "./config";

/** One identity the stack grants something: a role of the stack, a role outside it (by RolePolicy), a user or group. */
export interface GrantedIdentity {
    label: string;
    urn: string;
    /** The account the identity lives in (its provider's allowedAccountIds); undefined when unknown. */
    account?: string;
    /** The role's ARN and name (roles of the stack only), to recognise a key policy's grantee. */
    roleArn?: string;
    roleName?: string;
    sources: DocumentSource[];
}

export function grantedIdentities(ctx: StackContext): GrantedIdentity[] {
    const byUrn = new Map(ctx.model.resources.map(r => [r.urn, r]));
    const accountAt = (urn: string) => {
        const r = byUrn.get(urn);
        return r ? providerAccount(r) : undefined;
    };
    return [
        ...ctx.model.roles.map(r => ({
            label: roleLabel(r),
            urn: r.urn,
            account: r.account,
            roleArn: r.arn,
            roleName: r.name,
            sources: r.permissionSources,
        })),
        ...ctx.model.externalRoleSources.map(e => ({
            label: `role ${e.roleName} (outside this stack)`,
            urn: e.source.urn,
            account: accountAt(e.source.urn),
            sources: [e.source],
        })),
        ...ctx.model.identities.map(i => ({
            label: `${i.kind} ${i.name ?? "(name unknown)"}`,
            urn: i.urn,
            account: accountAt(i.urn),
            sources: i.permissionSources,
        })),
    ];
}

/**
 * The kms actions (matching `wanted`) the permissions allow on `keyArn`, each with the statements that allow it.
 * Actions that act on no key (wildcard-only: CreateKey, ListKeys, ...) are left out. An unconditional Deny that
 * reaches the key removes the action.
 */
export function kmsActionsOnKey(
    perms: RolePermissions,
    catalog: ActionCatalog,
    keyArn: string,
    wanted: (a: CatalogAction) => boolean,
): Map<string, string[]> {
    const denied = new Set<string>();
    for (const d of perms.denies) {
        const s = d.statement;
        if (s.conditions.length > 0 || !statementCoversResource(s, keyArn)) continue;
        for (const [name, a] of statementActions(s, catalog)) if (a.service === "kms") denied.add(name);
    }
    const out = new Map<string, string[]>();
    for (const g of perms.allows) {
        if (!statementCoversResource(g.statement, keyArn)) continue;
        for (const [name, a] of statementActions(g.statement, catalog)) {
            if (a.service !== "kms" || a.wildcardOnly || denied.has(name) || !wanted(a)) continue;
            const via = `${statementLabel(g.statement)} of ${g.source.label}`;
            const list = out.get(a.name) ?? [];
            if (!list.includes(via)) list.push(via);
            out.set(a.name, list);
        }
    }
    return out;
}

/** `kms:A, kms:B and 3 more`: the actions found, at most `max` named. */
export function describeKeyActions(found: Map<string, string[]>, max = 8): string {
    const names = [...found.keys()];
    return names.length > max ? `${names.slice(0, max).join(", ")} and ${names.length - max} more` : names.join(", ");
}

/** The statements that allow the actions found, each once. */
export function describeKeyGrants(found: Map<string, string[]>): string {
    return [...new Set([...found.values()].flat())].join("; ");
}

export const DEFAULT_DESTRUCTIVE_KEY_ACTIONS = [
    "kms:ScheduleKeyDeletion",
    "kms:DisableKey",
    "kms:PutKeyPolicy",
    "kms:CreateGrant",
    "kms:ReplicateKey",
    "kms:DeleteImportedKeyMaterial",
    "kms:DisableKeyRotation",
    "kms:UpdatePrimaryRegion",
];

interface StackKey {
    resource: StackResource;
    account?: string;
    region?: string;
}

function stackKeys(resources: readonly StackResource[]): StackKey[] {
    return resources
        .filter(r => ALL_KMS_KEY_TYPES.includes(r.type))
        .map(r => {
            const arn = knownString(r.props, "arn");
            return {
                resource: r,
                account: providerAccount(r) ?? accountOf(arn) ?? knownTag(r, TAGS.account),
                region: providerRegion(r) ?? (arn ? parseArn(arn)?.region : undefined),
            };
        });
}

const stackKeysNotDestructibleConfig = defineConfig({
    destructiveKeyActions: {
        type: "array",
        items: { type: "string" },
        default: DEFAULT_DESTRUCTIVE_KEY_ACTIONS,
    },
});

/**
 * A KMS key the stack creates (share key, the tables' CMK, Basil's catalog keys, the cross-account key) stays
 * usable only while nobody can schedule its deletion, disable it, rewrite its policy, grant it away or replicate
 * it. Through the key's root delegation, any identity of the key's account whose IAM policy reaches the key can:
 * e.g. seed 001's Defakto key manager (ScheduleKeyDeletion on "*") in the tables' account makes every table
 * unreadable. Principals of other accounts only reach the key if its policy names them (kms-key-policy-safe,
 * share-custody), so only identities of the key's account (or of an unknown account) count here.
 */
export const stackKeysNotDestructible: StackValidationPolicy = {
    name: "stack-keys-not-destructible",
    description:
        'No role, user or group of the stack (nor a RolePolicy on a role outside it) in a key\'s account is allowed a destructive kms action (ScheduleKeyDeletion, DisableKey, PutKeyPolicy, CreateGrant, ReplicateKey, DeleteImportedKeyMaterial, DisableKeyRotation, UpdatePrimaryRegion) on a KMS key the stack creates, by its ARN, key/*, "*", NotResource or wildcards.',
    enforcementLevel: "mandatory",
    severity: "critical",
    remediationSteps:
        "Remove the destructive kms actions, or scope their Resource away from this stack's keys (not `*` or key/* in the key's account).",
    configSchema: stackKeysNotDestructibleConfig.schema,
    validateStack: async (args, reportViolation) => {
        const cfg = stackKeysNotDestructibleConfig.read(args);
        const ctx = await stackContext(args);
        const catalog = ctx.catalog;
        const destructive = new Set(
            cfg.destructiveKeyActions.flatMap(p => catalog.expand(p)).map(a => a.name.toLowerCase()),
        );
        const identities = grantedIdentities(ctx);
        for (const key of stackKeys(ctx.model.resources)) {
            ctx.unknowns.run(() => {
                // While the key's ARN is unknown (first preview), a stand-in ARN in its account and region still
                // tells whether `*`, `key/*` or a NotResource reaches it; a grant naming another key id cannot.
                const known = presence(key.resource.props, "arn") === "present";
                const keyArn =
                    known || key.account === undefined || key.region === undefined
                        ? String(key.resource.props.arn)
                        : `arn:aws:kms:${key.region}:${key.account}:key/(unknown-until-created)`;
                for (const id of identities) {
                    if (id.account !== undefined && key.account !== undefined && id.account !== key.account) continue;
                    ctx.unknowns.run(() => {
                        const found = kmsActionsOnKey(
                            knownRolePermissions(id.sources, ctx.unknowns),
                            catalog,
                            keyArn,
                            a => destructive.has(a.name.toLowerCase()),
                        );
                        if (found.size === 0) return;
                        reportViolation(
                            `${id.label} is allowed ${describeKeyActions(found)} on KMS key ${key.resource.name} (${keyArn}) of account ${key.account ?? "(unknown)"} by ${describeKeyGrants(found)}; through the key's root delegation it can destroy the key, lock the account out of it or pass it on, and everything encrypted under it is lost. Scope the statement's Resource to the keys the role manages (not "*" or key/* in this account), or move the role to another account.`,
                            id.urn,
                        );
                    });
                }
            });
        }
        ctx.unknowns.finish();
    },
};
