/**
 * Who can reach a KMS key through IAM: every identity the stack grants something, and the kms actions its known
 * permissions allow on one key ARN (each key of the stack keeps its account's root delegation, so an IAM policy
 * reaching the key's ARN is enough in the key's account).
 */
import { ActionCatalog, actsOnKmsKey, CatalogAction } from "./catalog";
import { accountRootOf, normalizeAwsPrincipal, parseArn, principalIdentity, roleOfPrincipal } from "./arn";
import { NormalizedDocument, PolicyOwner, statementLabel } from "./document";
import { hasWildcard } from "./glob";
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

/**
 * Whether a key policy's or grant's AWS principal may designate a caller of the identity `roleArn` (a role's ARN;
 * undefined for a user, group or role whose ARN is unknown) in `account`: `"*"`, a wildcard or unparsable principal
 * (fail closed), the account's root or id, or the role itself (any path, or one of its sessions: principalIdentity).
 * A principal of another account, or another role or a user of the account when the identity is a known role,
 * designates none of its callers. `account` undefined: any principal may.
 */
export function principalMayDesignate(
    principal: string,
    account: string | undefined,
    roleArn: string | undefined,
): boolean {
    if (principal === "*" || account === undefined || hasWildcard(principal)) return true;
    const p = normalizeAwsPrincipal(principal);
    const a = parseArn(p);
    if (!a) return true;
    if (a.account !== account) return false;
    if (accountRootOf(p) !== undefined || roleArn === undefined) return true;
    return roleOfPrincipal(p) !== undefined && principalIdentity(p) === principalIdentity(roleArn);
}

/**
 * Whether a KMS key of another account may let an identity of `account` (the role `roleArn`, when known) use it:
 * AWS KMS Developer Guide, "Allowing users in other accounts to use a KMS key": "the key policy for the KMS key must
 * give the external account (or users and roles in the external account) permission to use the KMS key", and "IAM
 * policies in the external account" only delegate it; the key's own account's root delegation empowers that
 * account's identities only. So the identity reaches the key only when an Allow of the key policy names it, its
 * account, or a principal that may designate it (principalMayDesignate), or a grant's grantee may
 * (KMS grants are the other path, "Grants in AWS KMS"). Fail closed: an unknown policy (`doc` undefined), an Allow
 * with NotPrincipal or a principal other than AWS (service, federated, canonical user), or a grant whose grantee is
 * unknown admits it; conditions and Denies are ignored (they only narrow). `grantees` are the stack's grants'
 * grantees on any key (undefined: unknown).
 */
export function foreignKeyMayAdmit(
    doc: NormalizedDocument | undefined,
    grantees: readonly (string | undefined)[],
    account: string | undefined,
    roleArn: string | undefined,
): boolean {
    if (doc === undefined || account === undefined) return true;
    const byPolicy = doc.statements.some(s => {
        if (s.effect !== "Allow") return false;
        if (s.notPrincipal !== undefined || s.principal === undefined) return true;
        const p = s.principal;
        if (p.wildcard || p.service.length + p.federated.length + p.canonicalUser.length > 0) return true;
        return p.aws.some(a => principalMayDesignate(a, account, roleArn));
    });
    return byPolicy || grantees.some(g => g === undefined || principalMayDesignate(g, account, roleArn));
}
