/**
 * Permissions boundaries (IAM User Guide, "Permissions boundaries for IAM entities": "An entity's permissions
 * boundary allows it to perform only the actions that are allowed by both its identity-based policies and its
 * permissions boundaries"). One reader for the engine (engine/build.ts) and every rule (rules/common.ts), so a
 * boundary caps the same grants wherever they are judged.
 */
import { ActionCatalog } from "./catalog";
import { asHeldBy, strictPin } from "./conditions";
import { type ConditionClause, NormalizedStatement, PolicyOwner } from "./document";
import type { Grant, RolePermissions } from "./effective";
import { arnPrefixLower, resourcePatternCovers, resourcePatternMayMeet } from "./glob";
import { statementActions } from "./permissions";
import { regionBoundReach } from "./requestConditions";
import { isAliasSetClause } from "./keyAttributes";
import { type StackResource } from "./resources";
import { boundaryDocument } from "./boundaryDocument";
export { boundaryAllows, boundaryDenies } from "./boundaryDocument";
import { isUnknownValueError, knownString } from "./unknowns";

/**
 * Whether `holder` (a role or user resource) surely has a permissions boundary: its `permissionsBoundary` is a known,
 * non-empty ARN (whatever the policy it names holds). Unknown (a first preview) or absent: not sure.
 */
export function hasKnownBoundary(holder: StackResource | undefined): boolean {
    return !!(holder && knownString(holder.props, "permissionsBoundary"));
}

/**
 * The Resource patterns a boundary Deny surely applies to: its Resource when it has no condition and no NotResource
 * (a condition may be false for the request; a NotResource Deny spares what the pack may not list), none otherwise.
 * A pattern holding a policy variable stands for a value the pack does not know: not sure, left out.
 */
function deniedResources(st: NormalizedStatement): readonly string[] {
    if (st.conditions.length !== 0 || st.notResources !== undefined) return [];
    return (st.resources ?? []).filter(p => !p.includes("${"));
}

/**
 * What a permissions boundary admits for one action (lower-case catalogue name): `on`, the Resource patterns its
 * Allows admit it on (undefined: any resource), less `denied`, the patterns its unconditional Denies take it on
 * (IAM User Guide, "Permissions boundaries for IAM entities": the effective permissions are the intersection of the
 * identity-based policies and the boundary, actions and resources alike).
 */
export interface BoundaryAdmits {
    readonly on: readonly string[] | undefined;
    readonly denied: readonly string[];
    /**
     * Round 88: the kms:ResourceAliases clauses (model/keyAttributes.ts isAliasSetClause) of the one boundary Allow
     * admitting the action, when exactly one does: the action is then allowed only where both the identity Allow and
     * that boundary Allow hold, so the identity statement keeps them beside its own conditions (boundedParts) and is
     * read per key by allowNeverHoldsOnKey, as its own clauses are. Two admitting Allows (either may hold): none.
     */
    readonly clauses?: readonly ConditionClause[];
}
/** What a permissions boundary admits, per action it admits at all (BoundaryAdmits). */
export type BoundaryCap = ReadonlyMap<string, BoundaryAdmits>;

/**
 * The Resource patterns a boundary Allow admits its actions on: its Resource when the statement has no condition
 * and no NotResource; undefined (any resource) otherwise, since a condition may hold for the request and
 * NotResource admits what the pack cannot list (fail closed: no narrowing).
 */
function allowedResources(st: NormalizedStatement): readonly string[] | undefined {
    return st.conditions.length === 0 && st.notResources === undefined ? st.resources : undefined;
}

/**
 * What the permissions boundary of `holder` (a role or user resource) admits (BoundaryCap): the Allow statements'
 * actions of the in-stack Policy its `permissionsBoundary` names, each with the resources those Allows name
 * (allowedResources), less the resources its unconditional Denies name (deniedResources; an action denied on `*`
 * is not admitted at all).
 * Undefined, capping nothing, when the holder has no boundary, or the boundary is outside the stack, unknown (a first
 * preview) or malformed: the pack may then refuse what the boundary forbids, never the reverse. A kept action keeps
 * the identity statement's conditions, and those of its resources that may meet one the boundary admits it on (as
 * written, wider than the intersection: boundedParts).
 */
export function boundaryActions(
    resources: readonly StackResource[],
    holder: StackResource | undefined,
    owner: PolicyOwner | undefined,
    catalog: ActionCatalog,
): BoundaryCap | undefined {
    try {
        const parsed = boundaryDocument(resources, holder, owner);
        if (parsed === undefined) return undefined;
        const bounded = new Map<string, BoundaryAdmits>();
        const admitting = new Map<string, number>();
        for (const written of parsed.doc.statements) {
            if (written.effect !== "Allow") continue;
            // Round 84: a boundary Allow as it works for the holder (model/conditions.ts asHeldBy, as identity
            // Allows are read): one that never holds for it (allowNeverHoldsFor: a past aws:CurrentTime bound, a
            // caller the holder is not) admits nothing; a conditioned one still admits any resource but those of a
            // region-bound service outside its aws:RequestedRegion pin (regionBoundReach).
            const st = asHeldBy(written, owner);
            if (st === undefined) continue;
            const where = allowedResources(st);
            const regions = strictPin(st, "aws:requestedregion")?.values;
            const clauses = st.conditions.filter(isAliasSetClause);
            for (const k of statementActions(st, catalog).keys()) {
                const before = bounded.has(k) ? bounded.get(k)!.on : [];
                const reach = where ?? regionBoundReach(k.slice(0, k.indexOf(":")), regions);
                const on = before === undefined || reach === undefined ? undefined : [...before, ...reach];
                const count = (admitting.get(k) ?? 0) + 1;
                admitting.set(k, count);
                bounded.set(k, { on, denied: [], ...(count === 1 && clauses.length > 0 ? { clauses } : {}) });
            }
        }
        // IAM User Guide, "How AWS enforcement code logic evaluates requests to allow or deny access": "An explicit
        // deny overrides an explicit allow", and the Deny evaluation reads every policy that applies, "IAM
        // permissions boundaries" among them. So what a boundary Deny surely denies is not admitted. Surely: a Deny
        // with no condition (a condition may be false for the request, and then the Deny does not apply), on the
        // resources its Resource names (deniedResources; a Deny of all but some by NotResource subtracts nothing):
        // on `*` the action is dropped, otherwise boundedParts drops the identity resources a denied pattern surely
        // covers (read narrow, as identity Denies are). Action and NotAction both name the denied actions
        // (statementActions). A Deny the pack cannot be sure of subtracts nothing: fail closed.
        for (const st of parsed.doc.statements) {
            const denied = st.effect === "Deny" ? deniedResources(st) : [];
            if (denied.length === 0) continue;
            for (const k of statementActions(st, catalog).keys()) {
                const admits = bounded.get(k);
                if (admits === undefined) continue;
                if (denied.includes("*")) bounded.delete(k);
                else bounded.set(k, { ...admits, denied: [...admits.denied, ...denied] });
            }
        }
        return bounded;
    } catch (e) {
        if (isUnknownValueError(e)) return undefined;
        throw e;
    }
}

/**
 * A Resource pattern as read on the wide side (an Allow's reach): a policy variable may be any value, the `arn`,
 * partition, service, region and account segments compare in any case (arnPrefixLower).
 */
function wideResource(pattern: string): string {
    return arnPrefixLower(pattern.replace(/\$\{[^}]*\}/g, "*"));
}

/**
 * The most colons an ARN both patterns may match can hold: five when either names KMS, whose key and alias ARNs hold
 * no colon past the account (KMS API Reference: a KeyId is a key id or mrk- id, an AliasName matches
 * `^[a-zA-Z0-9/_-]+$`); unbounded otherwise (a DynamoDB stream label, a log stream, hold colons).
 */
function colonsAtMost(a: string, b: string): number | undefined {
    return [a, b].some(p => p.split(":")[2] === "kms") ? 5 : undefined;
}

/**
 * Whether two Resource patterns (an identity Allow's and a boundary Allow's) may name one resource: the one
 * Resource-element matcher of model/glob.ts, both read wide (resourcePatternMayMeet: a `*` ending a segment may
 * expand across colons, IAM User Guide, "IAM JSON policy elements: Resource", so `arn:aws:kms:*:key/*` meets every key
 * of every account), the matched ARN holding no more colons than its service allows (colonsAtMost).
 */
function patternsMeet(a: string, b: string): boolean {
    const [x, y] = [wideResource(a), wideResource(b)];
    return resourcePatternMayMeet(x, y, "wide", colonsAtMost(x, y));
}

/**
 * The identity resources that may meet one the boundary admits the action on (patternsMeet; undefined `on`: any
 * resource) and that no pattern it denies the action on surely covers (resourcePatternCovers, the Deny read narrow
 * and the identity pattern wide, as an identity Deny is subtracted). A NotResource statement (`resources` undefined)
 * is kept whole (fail closed). Round 88: each kept as the intersection where one pattern holds the other ("the
 * effective permissions are the intersection": IAM User Guide, "Permissions boundaries for IAM entities"): when the
 * identity pattern, read narrow, covers every ARN the boundary pattern may stand for (read wide), the boundary
 * pattern, as written, is kept in its place (every boundary pattern it meets, each so narrowed); when a boundary
 * pattern covers the identity pattern, or neither holds the other, the identity pattern as written (the wider side:
 * never wider than the identity statement). A boundary pattern holding a policy variable narrows nothing.
 */
function resourcesWithin(
    resources: readonly string[] | undefined,
    admits: BoundaryAdmits | undefined,
): readonly string[] | undefined {
    if (resources === undefined || admits === undefined) return resources;
    const { on, denied } = admits;
    const out: string[] = [];
    for (const r of resources) {
        if (denied.some(d => resourcePatternCovers(d, wideResource(r), "wide"))) continue;
        if (on === undefined) {
            out.push(r);
            continue;
        }
        const meeting = on.filter(b => patternsMeet(r, b));
        if (meeting.length === 0) continue;
        const narrowed = meeting.every(b => !b.includes("${") && narrowerWithin(r, b));
        for (const x of narrowed ? meeting : [r]) if (!out.includes(x)) out.push(x);
    }
    return out;
}

/**
 * Whether the boundary pattern `b` is within the identity pattern `r`: `r` read narrow covers every ARN `b` (read
 * wide, its prefix in any case: wideResource) may stand for, and `b` does not also cover `r` (then they are one).
 */
function narrowerWithin(r: string, b: string): boolean {
    if (r.includes("${")) return false;
    return (
        resourcePatternCovers(arnPrefixLower(r), wideResource(b), "wide") &&
        !resourcePatternCovers(arnPrefixLower(b), wideResource(r), "wide")
    );
}

/**
 * An identity Allow as its holder's boundary leaves it: its `actions` (lower-case name → value) grouped by the
 * resources each keeps (resourcesWithin), an action the boundary does not admit or that keeps no resource dropped.
 * One part keeping the statement's own resources when nothing narrows them. The engine (engine/build.ts) and the
 * rules (capByBoundary) cap through it.
 */
export function boundedParts<T>(
    statement: NormalizedStatement,
    actions: Iterable<[string, T]>,
    cap: BoundaryCap,
): { statement: NormalizedStatement; actions: [string, T][] }[] {
    const parts = new Map<
        string,
        { resources: readonly string[] | undefined; clauses: readonly ConditionClause[]; actions: [string, T][] }
    >();
    for (const [k, v] of actions) {
        if (!cap.has(k)) continue;
        const kept = resourcesWithin(statement.resources, cap.get(k));
        if (kept !== undefined && kept.length === 0) continue;
        const clauses = cap.get(k)!.clauses ?? [];
        const key = JSON.stringify([kept ?? null, clauses]);
        const part = parts.get(key) ?? { resources: kept, clauses, actions: [] };
        part.actions.push([k, v]);
        parts.set(key, part);
    }
    const sameResources = (kept: readonly string[] | undefined) =>
        kept === statement.resources ||
        (kept !== undefined &&
            statement.resources !== undefined &&
            kept.length === statement.resources.length &&
            kept.every((x, i) => x === statement.resources![i]));
    return [...parts.values()].map(p => {
        if (sameResources(p.resources) && p.clauses.length === 0) return { statement, actions: p.actions };
        return {
            statement: {
                ...statement,
                ...(sameResources(p.resources) ? {} : { resources: [...p.resources!] }),
                ...(p.clauses.length === 0 ? {} : { conditions: [...statement.conditions, ...p.clauses] }),
            },
            actions: p.actions,
        };
    });
}

/**
 * The permissions with each Allow capped by the boundary (boundedParts): a statement keeps the actions the boundary
 * admits, written out by name, on the resources it admits them on (its conditions unchanged), and one left with none
 * is dropped. Denies are kept whole, with the boundary's own Denies (`denies`: boundaryDenies, round 88) beside
 * them. With no boundary (undefined) the permissions are returned as they are.
 */
export function capByBoundary(
    perms: RolePermissions,
    bounded: BoundaryCap | undefined,
    catalog: ActionCatalog,
    denies: readonly Grant[] = [],
): RolePermissions {
    if (bounded === undefined) return perms;
    if (denies.length > 0) perms = { ...perms, denies: [...perms.denies, ...denies] };
    const allows = perms.allows.flatMap(g => {
        const granted = [...statementActions(g.statement, catalog)];
        const parts = boundedParts(g.statement, granted, bounded);
        if (parts.length === 1 && parts[0].statement === g.statement && parts[0].actions.length === granted.length)
            return [g];
        return parts.map(p => ({
            ...g,
            statement: { ...p.statement, actions: p.actions.map(([, a]) => a.name), notActions: undefined },
        }));
    });
    return { ...perms, allows };
}
