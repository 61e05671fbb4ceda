/**
 * Who can reach a KMS key through IAM: every identity the stack grants something, and the kms actions its known
 * permissions allow on one key ARN (each key of the stack keeps its account's root delegation, so an IAM policy
 * reaching the key's ARN is enough in the key's account).
 */
import { ActionCatalog, actsOnKmsKey, CatalogAction } from "./catalog";
import { accountRootOf, normalizeAwsPrincipal, parseArn, principalIdentity, roleOfPrincipal } from "./arn";
import { CALLER_KEYS, pinnedValues } from "./conditions";
import { NormalizedDocument, NormalizedStatement, PolicyOwner, statementLabel } from "./document";
import { hasWildcard } from "./glob";
import { RolePermissions, identityOwner, permissionsOnKey, roleOwner } from "./effective";
import { statementActions, statementCoversResource, statementSurelyCoversResource } from "./permissions";
import { DocumentSource, type KeyAttributes, providerAccount, StackModel, StackResource, TYPES } from "./resources";
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
    /** What a key policy's principal is compared with (principalMayDesignate). */
    designee: Designee;
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
            designee: { kind: "role" as const, arn: r.arn },
            sources: r.permissionSources,
            owner: roleOwner(r),
            holder: r.resource,
        })),
        ...model.externalRoleSources.map(e => {
            const account = accountAt(e.source.urn);
            const arn = e.roleName.startsWith("arn:")
                ? e.roleName
                : account !== undefined
                  ? `arn:aws:iam::${account}:role/${e.roleName}`
                  : undefined;
            return {
                label: `role ${e.roleName} (outside this stack)`,
                urn: e.source.urn,
                account,
                designee: { kind: "role" as const, arn },
                sources: [e.source],
            };
        }),
        ...model.identities.map(i => {
            const account = i.account ?? accountAt(i.urn);
            const arn =
                i.name !== undefined && account !== undefined
                    ? `arn:aws:iam::${account}:${i.kind}/${i.name}`
                    : undefined;
            return {
                label: `${i.kind} ${i.name ?? "(name unknown)"}`,
                urn: i.urn,
                account,
                designee: { kind: i.kind, arn },
                sources: i.permissionSources,
                owner: identityOwner(i.kind, account, i.name, userResource(byUrn.get(i.urn))),
                holder: i.kind === "user" ? userResource(byUrn.get(i.urn)) : undefined,
            };
        }),
    ];
}

/**
 * The kms actions (matching `wanted`) the permissions allow on `keyArn`, each with the statements that allow it.
 * Actions that act on no key (wildcard-only: CreateKey, ListKeys, ...) are left out. An unconditional Deny that
 * reaches the key removes the action. Round 90: read on the key of fixed attributes `attrs` (KeyModel.fixedAttributes:
 * model/effective.ts permissionsOnKey, the two predicates engine/build.ts reads), a Deny its tags, aliases or Region
 * make surely hold there is unconditional and an Allow its aliases make false reaches nothing ("An explicit deny in
 * any of these policies overrides the allow": IAM User Guide, "Policy evaluation logic"; KMS Developer Guide, "ABAC
 * for AWS KMS": aws:ResourceTag and kms:ResourceAliases are the key's); any other conditioned Deny may not hold.
 */
export function kmsActionsOnKey(
    permissions: RolePermissions,
    catalog: ActionCatalog,
    keyArn: string,
    wanted: (a: CatalogAction) => boolean,
    attrs?: KeyAttributes,
): Map<string, string[]> {
    const perms = permissionsOnKey(permissions, attrs);
    const denied = new Set<string>();
    for (const d of perms.denies) {
        const s = d.statement;
        if (s.conditions.length > 0 || !statementSurelyCoversResource(s, keyArn)) continue;
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
 * The identity a key policy's or grant's principal is compared with: its kind (a role, an IAM user, or a group
 * whose member users the group's policies empower) and its ARN when known (a user's as
 * `arn:aws:iam::<account>:user/<name>`, compared by account and name). Undefined: nothing is known of it.
 */
export interface Designee {
    kind: "role" | "user" | "group";
    arn?: string;
}

/** The user name an IAM user principal (`arn:aws:iam::<account>:user/<path/>name`) names, else undefined. */
function userNameOf(principal: string): string | undefined {
    const a = parseArn(principal);
    if (!a || a.service !== "iam" || !a.resource.startsWith("user/")) return undefined;
    return a.resource.split("/").pop() || undefined;
}

/**
 * Whether a key policy's or grant's AWS principal may designate a caller of `who` in `account`: `"*"`, a wildcard
 * or unparsable principal (fail closed), the account's root or id (it delegates to the account's IAM policies), or
 * a principal of the identity's own kind that is (or may be) it. IAM User Guide, "AWS JSON policy elements:
 * Principal": a role principal (its ARN, any path, or one of its sessions: principalIdentity) designates that role's
 * sessions only, an IAM user principal that user only, and "You cannot identify a user group as a principal", so a
 * group's policies act only for member users, any of whom a user principal may name. So a role principal designates
 * no user or group member, and a user principal no role. A principal of another account designates none of its
 * callers. Fail closed: `account` or `who` undefined, a role (user) whose ARN is unknown against a role (user)
 * principal, and any other principal form (a federated-user session, a group ARN) against a user or group.
 */
export function principalMayDesignate(
    principal: string,
    account: string | undefined,
    who: Designee | undefined,
): boolean {
    if (principal === "*" || account === undefined || hasWildcard(principal)) return true;
    const p = normalizeAwsPrincipal(principal);
    const a = parseArn(p);
    if (!a) return true;
    if (a.account !== account) return false;
    if (accountRootOf(p) !== undefined || who === undefined) return true;
    if (roleOfPrincipal(p) !== undefined)
        return (
            who.kind === "role" &&
            (who.arn === undefined || hasWildcard(who.arn) || principalIdentity(p) === principalIdentity(who.arn))
        );
    if (who.kind === "role") return false;
    const user = userNameOf(p);
    if (user === undefined || who.kind === "group") return true;
    const own = who.arn === undefined || hasWildcard(who.arn) ? undefined : userNameOf(who.arn);
    // IAM user names are unique per account and "not distinguished by case" (IAM User Guide, "IAM identifiers").
    return own === undefined || own.toLowerCase() === user.toLowerCase();
}

/**
 * Whether an Allow of `s` may admit a caller of `account`, as far as its conditions say: not when a condition
 * pins the caller's account (kms:CallerAccount, aws:PrincipalAccount: AWS KMS Developer Guide, "AWS KMS condition
 * keys", kms:CallerAccount; IAM User Guide, "AWS global condition context keys", aws:PrincipalAccount) to other
 * accounts only. Pins are read by model/conditions.ts pinnedValues: only a positive exact clause (StringEquals,
 * StringEqualsIgnoreCase, a StringLike without wildcard, optionally ForAnyValue:) restricts; ...IfExists,
 * ForAllValues:, negated operators and wildcard patterns pin nothing (fail closed). Both keys name the caller's
 * account, so clauses on both must all hold (their values intersect).
 */
function conditionsMayAdmit(s: NormalizedStatement, account: string): boolean {
    const byPrincipal = pinnedValues(s, CALLER_KEYS.principalAccount);
    const byCaller = pinnedValues(s, CALLER_KEYS.callerAccount);
    return (byPrincipal ?? [account]).includes(account) && (byCaller ?? [account]).includes(account);
}

/**
 * Whether a resource policy (a key policy, a DynamoDB table's resource policy) of another account may admit an
 * identity `who` of `account`: an Allow whose conditions may let the account's callers through
 * (conditionsMayAdmit) and that names the identity, its account, or a principal that may designate it
 * (principalMayDesignate). Fail closed: an unknown policy (`doc` undefined), an Allow with NotPrincipal or a
 * principal other than AWS (service, federated, canonical user). Denies are ignored (they only narrow).
 */
export function foreignPolicyMayAdmit(
    doc: NormalizedDocument | undefined,
    account: string | undefined,
    who: Designee | undefined,
): boolean {
    if (doc === undefined || account === undefined) return true;
    return doc.statements.some(s => {
        if (s.effect !== "Allow" || !conditionsMayAdmit(s, account)) return false;
        if (s.notPrincipal !== undefined || s.principal === undefined) return true;
        const p = s.principal;
        if (p.wildcard || p.service.length + p.federated.length + p.canonicalUser.length > 0) return true;
        return p.aws.some(a => principalMayDesignate(a, account, who));
    });
}

/**
 * Whether a KMS key of another account may let an identity `who` of `account` use it: AWS KMS Developer Guide,
 * "Allowing users in other accounts to use a KMS key": "the key policy for the KMS key must give the external
 * account (or users and roles in the external account) permission to use the KMS key", and "IAM policies in the
 * external account" only delegate it; the key's own account's root delegation empowers that account's identities
 * only. So the identity reaches the key only when an Allow of the key policy may admit it (foreignPolicyMayAdmit),
 * or a grant's grantee may designate it (KMS grants are the other path, "Grants in AWS KMS"). Fail closed: an
 * unknown policy or a grant whose grantee is unknown admits it. `grantees` are the stack's grants' grantees on any
 * key (undefined: unknown).
 */
export function foreignKeyMayAdmit(
    doc: NormalizedDocument | undefined,
    grantees: readonly (string | undefined)[],
    account: string | undefined,
    who: Designee | undefined,
): boolean {
    if (doc === undefined || account === undefined) return true;
    return (
        foreignPolicyMayAdmit(doc, account, who) ||
        grantees.some(g => g === undefined || principalMayDesignate(g, account, who))
    );
}
