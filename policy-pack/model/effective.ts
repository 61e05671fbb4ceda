/**
 * A role's effective permissions: every statement of every document attached to it, taken together (an
 * evasion can split a grant across an inline policy, a RolePolicy and an attached Policy). Unconditional
 * Denies on `*` are subtracted; conditional Denies are not (whoever sets the condition can lift them).
 *
 * During a first preview some documents are unknown. `knownRolePermissions` evaluates the known ones anyway
 * (a known dangerous Allow is refused even when another document of the role is unknown) and records the
 * unknown error for the SDK's advisory; `rolePermissions` needs every document (it throws at an unknown).
 */
import { ActionCatalog, CatalogAction } from "./catalog";
import { NormalizedStatement, PolicyOwner, tryParsePolicyDocument } from "./document";
import { arnOrNamePatternMatchesTable } from "./tables";
import { isUnconditionalDenyEverywhere, statementActions, statementCoversResource } from "./permissions";
import { denialsCount } from "./inForce";
import { asHeldBy } from "./conditions";
import { allowNeverHoldsOnKey, denySurelyHoldsOnKey } from "./keyAttributes";
import { DocumentSource, type KeyAttributes, RoleModel, StackResource, TableModel, TYPES } from "./resources";
import { isUnknownValueError, knownString } from "./unknowns";

export interface Grant {
    statement: NormalizedStatement;
    source: DocumentSource;
}

export interface RolePermissions {
    allows: Grant[];
    denies: Grant[];
    /** Documents that are not valid policies (reported by iam-actions-exist; AWS would refuse them). */
    malformed: { source: DocumentSource; error: string }[];
    /**
     * False when some documents were unknown (a first preview) and are left out (`knownRolePermissions`). The
     * known statements still support "X is allowed" verdicts: an unknown document can only add grants or
     * Denies, and only an unconditional Deny on "*" is ever subtracted, so reporting a known Allow is
     * conservative. "X is missing" verdicts (a grant the role must hold) need `complete`: the missing grant may
     * be in the unknown document.
     */
    complete: boolean;
}

/** Where `knownRolePermissions` hands the unknown error it did not throw (an `UnknownCollector`). */
export interface UnknownSink {
    record(e: Error): void;
}

/** A role of the stack as the owner of its identity policies (the policy variables its sessions fix). */
export function roleOwner(role: Pick<RoleModel, "account" | "arn" | "principalTags">): PolicyOwner {
    return { kind: "role", account: role.account, arn: role.arn, principalTags: role.principalTags };
}

/**
 * An IAM user of the stack as the owner of its identity policies, when its account and name are known (its ARN
 * without a path: model/conditions.ts reads a user's ARN by account and name only); undefined otherwise.
 */
export function userOwner(
    account: string | undefined,
    name: string | undefined,
    user?: StackResource,
): PolicyOwner | undefined {
    if (account === undefined || name === undefined) return undefined;
    const returned = returnedUserArn(user, account, name);
    return returned !== undefined
        ? { kind: "user", account, arn: returned, arnAsReturned: true }
        : { kind: "user", account, arn: `arn:aws:iam::${account}:user/${name}` };
}

/**
 * Round 86: the User resource's known `arn` output when it is this user's (its account, its name after the path):
 * the ARN as AWS returns it, partition and path included (IAM User Guide, "IAM identifiers", IAM ARNs).
 */
function returnedUserArn(user: StackResource | undefined, account: string, name: string): string | undefined {
    const arn = user?.type === TYPES.user ? knownString(user.props, "arn") : undefined;
    const m = arn === undefined ? null : /^arn:[a-z-]+:iam::(\d{12}):user\/(?:[^:]*\/)?([^/:*?]+)$/.exec(arn);
    return m !== null && m[1] === account && m[2] === name ? arn : undefined;
}

/**
 * An IAM group of the stack as the owner of its identity policies: its account only (its users' requests carry
 * their own ARN and type, never the group's), so model/conditions.ts reads its holder keys (aws:PrincipalAccount,
 * aws:PrincipalIsAWSService) as the engine's (engine/build.ts) do. Round 85: share-custody gave a group no owner.
 */
export function groupOwner(account: string | undefined): PolicyOwner {
    return { kind: "group", account };
}

/** A user or group of the stack as the owner of its identity policies (one builder for the engine and rules). */
export function identityOwner(
    kind: "user" | "group",
    account: string | undefined,
    name: string | undefined,
    user?: StackResource,
): PolicyOwner | undefined {
    return kind === "user" ? userOwner(account, name, user) : groupOwner(account);
}

/** Without the identity, an identity policy's own account still fixes ${aws:PrincipalAccount} (resources.ts). */
function ownerOfSource(source: DocumentSource): PolicyOwner | undefined {
    return source.principalAccount !== undefined ? { account: source.principalAccount } : undefined;
}

function readDocument(perms: RolePermissions, source: DocumentSource, owner: PolicyOwner | undefined): void {
    const parsed = tryParsePolicyDocument(source.readRaw(), owner ?? ownerOfSource(source));
    if (!parsed.ok) {
        perms.malformed.push({ source, error: parsed.error });
        return;
    }
    for (const written of parsed.doc.statements) {
        // As it works for its holder (model/conditions.ts asHeldBy): a never-holding Allow dropped, a surely-holding
        // Deny unconditional.
        const statement = asHeldBy(written, owner ?? ownerOfSource(source));
        if (statement === undefined) continue;
        // A Deny of a document another resource may delete, detach or overwrite guards nothing (model/inForce.ts).
        if (statement.effect === "Allow") perms.allows.push({ statement, source });
        else if (denialsCount(source)) perms.denies.push({ statement, source });
    }
}

/**
 * Reads every permission document of the role. Throws the SDK's unknown error if one is unknown. For verdicts
 * that need the whole set ("the role's policy allows X on every key", "Query also reaches the index").
 */
export function rolePermissions(sources: readonly DocumentSource[], owner?: PolicyOwner): RolePermissions {
    const perms: RolePermissions = { allows: [], denies: [], malformed: [], complete: true };
    for (const source of sources) readDocument(perms, source, owner);
    return perms;
}

/**
 * Reads the documents that are known and leaves out the unknown ones (`complete: false`), handing each
 * unknown error to `unknowns` (the rule's `UnknownCollector`, whose `finish()` rethrows it so the SDK still
 * reports its "can't be known during preview" advisory). The error is never swallowed: a rule using this
 * must call `finish()`. For "X is allowed" verdicts only; check `complete` before any "X is missing" verdict.
 */
export function knownRolePermissions(
    sources: readonly DocumentSource[],
    unknowns: UnknownSink,
    owner?: PolicyOwner,
): RolePermissions {
    const perms: RolePermissions = { allows: [], denies: [], malformed: [], complete: true };
    for (const source of sources) {
        try {
            readDocument(perms, source, owner);
        } catch (e) {
            if (!isUnknownValueError(e)) throw e;
            unknowns.record(e);
            perms.complete = false;
        }
    }
    return perms;
}

export interface GrantedAction {
    action: CatalogAction;
    grants: Grant[];
}

/** Catalogue actions the role is allowed (somewhere), each with the statements that allow it. */
export function grantedActions(
    perms: RolePermissions,
    catalog: ActionCatalog,
    keep: (a: CatalogAction) => boolean = () => true,
): Map<string, GrantedAction> {
    const denied = new Set<string>();
    for (const d of perms.denies) {
        if (isUnconditionalDenyEverywhere(d.statement))
            for (const k of statementActions(d.statement, catalog).keys()) denied.add(k);
    }
    const out = new Map<string, GrantedAction>();
    for (const g of perms.allows) {
        for (const [k, a] of statementActions(g.statement, catalog)) {
            if (denied.has(k) || !keep(a)) continue;
            const entry = out.get(k) ?? { action: a, grants: [] };
            entry.grants.push(g);
            out.set(k, entry);
        }
    }
    return out;
}

/** The allow grants of `action` whose resources reach `arn` (when known) or the table by name. */
export function grantsOnTable(
    perms: RolePermissions,
    catalog: ActionCatalog,
    action: string,
    table: TableModel,
    suffix = "",
): Grant[] {
    const key = action.toLowerCase();
    return perms.allows.filter(
        g => statementActions(g.statement, catalog).has(key) && statementReachesTable(g.statement, table, suffix),
    );
}

function statementReachesTable(s: NormalizedStatement, table: TableModel, suffix: string): boolean {
    if (table.arn) return statementCoversResource(s, table.arn + suffix);
    if (s.resources) return s.resources.some(p => arnOrNamePatternMatchesTable(p, table, suffix));
    if (s.notResources) return !s.notResources.some(p => arnOrNamePatternMatchesTable(p, table, suffix));
    return false;
}

/**
 * Round 87: the permissions as they work on one KMS key whose fixed aliases and tags are `attrs`
 * (model/keyAttributes.ts): an Allow its kms:ResourceAliases clause makes false there dropped, a Deny its
 * aws:ResourceTag / kms:ResourceAliases clauses make true there unconditional. engine/build.ts reads identity grants
 * on a key asset with the same two predicates.
 */
export function permissionsOnKey(perms: RolePermissions, attrs: KeyAttributes | undefined): RolePermissions {
    if (attrs === undefined) return perms;
    return {
        ...perms,
        allows: perms.allows.filter(g => !allowNeverHoldsOnKey(g.statement, attrs)),
        denies: perms.denies.map(d =>
            denySurelyHoldsOnKey(d.statement, attrs) ? { ...d, statement: { ...d.statement, conditions: [] } } : d,
        ),
    };
}
