/**
 * Who can reach a KMS key through IAM: every identity the stack grants something, and the kms actions its known
 * permissions allow on one key ARN (each key of the stack keeps its account's root delegation, so an IAM policy
 * reaching the key's ARN is enough in the key's account).
 */
import { ActionCatalog, actsOnKmsKey, CatalogAction } from "./catalog";
import { PolicyOwner, statementLabel } from "./document";
import { RolePermissions, roleOwner } from "./effective";
import { statementActions, statementCoversResource } from "./permissions";
import { DocumentSource, providerAccount, StackModel, StackResource, TYPES } from "./resources";
import { roleLabel } from "./roles";

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
    /** Whose identity policies `sources` are (the policy variables that fixes); undefined when not known. */
    owner?: PolicyOwner;
    /** The role or user resource whose `permissionsBoundary` caps `sources` (model/boundary.ts). */
    holder?: StackResource;
}

/** The IAM User resource itself (an attaching resource cannot carry the user's boundary). */
const userResource = (r: StackResource | undefined) => (r?.type === TYPES.user ? r : undefined);

export function grantedIdentities(model: StackModel): GrantedIdentity[] {
    const byUrn = new Map(model.resources.map(r => [r.urn, r]));
    const accountAt = (urn: string) => {
        const r = byUrn.get(urn);
        return r ? providerAccount(r) : undefined;
    };
    return [
        ...model.roles.map(r => ({
            label: roleLabel(r),
            urn: r.urn,
            account: r.account,
            roleArn: r.arn,
            roleName: r.name,
            sources: r.permissionSources,
            owner: roleOwner(r),
            holder: r.resource,
        })),
        ...model.externalRoleSources.map(e => ({
            label: `role ${e.roleName} (outside this stack)`,
            urn: e.source.urn,
            account: accountAt(e.source.urn),
            sources: [e.source],
        })),
        ...model.identities.map(i => ({
            label: `${i.kind} ${i.name ?? "(name unknown)"}`,
            urn: i.urn,
            account: i.account ?? accountAt(i.urn),
            sources: i.permissionSources,
            holder: i.kind === "user" ? userResource(byUrn.get(i.urn)) : undefined,
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
            if (!actsOnKmsKey(a) || denied.has(name) || !wanted(a)) continue;
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
