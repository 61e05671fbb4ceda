/**
 * Permissions boundaries (IAM User Guide, "Permissions boundaries for IAM entities": "An entity's permissions
 * boundary allows it to perform only the actions that are allowed by both its identity-based policies and its
 * permissions boundaries"). One reader for the engine (engine/build.ts) and every rule (rules/common.ts), so a
 * boundary caps the same grants wherever they are judged.
 */
import { ActionCatalog } from "./catalog";
import { NormalizedStatement, PolicyOwner, tryParsePolicyDocument } from "./document";
import type { RolePermissions } from "./effective";
import { arnPrefixLower, globsIntersect } from "./glob";
import { statementActions } from "./permissions";
import { policyByArn, StackResource, TYPES } from "./resources";
import { isUnknownValueError, knownString, UNKNOWN_SENTINELS } from "./unknowns";

/** Whether a plain value holds an unknown (the engine's sentinel strings) anywhere. */
function holdsUnknown(v: unknown): boolean {
    if (typeof v === "string") return UNKNOWN_SENTINELS.has(v);
    if (Array.isArray(v)) return v.some(holdsUnknown);
    if (v !== null && typeof v === "object") return Object.values(v as Record<string, unknown>).some(holdsUnknown);
    return false;
}

/** A Deny that applies to every request for its actions: no condition, `Resource: "*"`, no NotResource. */
function deniesEverywhere(st: NormalizedStatement): boolean {
    return (
        st.conditions.length === 0 &&
        st.notResources === undefined &&
        st.resources !== undefined &&
        st.resources.includes("*")
    );
}

/**
 * What a permissions boundary admits: per action (lower-case catalogue name), the Resource patterns its Allows admit
 * it on, or undefined for any resource (IAM User Guide, "Permissions boundaries for IAM entities": the effective
 * permissions are the intersection of the identity-based policies and the boundary, actions and resources alike).
 */
export type BoundaryCap = ReadonlyMap<string, readonly string[] | undefined>;

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
 * (allowedResources), less the actions its unconditional Denies of every resource deny (deniesEverywhere).
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
        const arn = holder ? knownString(holder.props, "permissionsBoundary") : undefined;
        if (arn === undefined) return undefined;
        const p = policyByArn(
            resources.filter(r => r.type === TYPES.policy),
            arn,
        );
        const raw: unknown = p?.props.policy;
        if (raw === undefined || raw === null || holdsUnknown(raw)) return undefined;
        const parsed = tryParsePolicyDocument(raw, owner);
        if (!parsed.ok) return undefined;
        const bounded = new Map<string, readonly string[] | undefined>();
        for (const st of parsed.doc.statements) {
            if (st.effect !== "Allow") continue;
            const where = allowedResources(st);
            for (const k of statementActions(st, catalog).keys()) {
                const before = bounded.has(k) ? bounded.get(k) : [];
                bounded.set(k, before === undefined || where === undefined ? undefined : [...before, ...where]);
            }
        }
        // IAM User Guide, "How AWS enforcement code logic evaluates requests to allow or deny access": "An explicit
        // deny overrides an explicit allow", and the Deny evaluation reads every policy that applies, "IAM
        // permissions boundaries" among them. So an action a boundary Deny surely denies is not admitted. Surely:
        // a Deny with no condition (a condition may be false for the request, and then the Deny does not apply) on
        // every resource (`Resource: "*"`; a Deny of some resources, or of all but some by NotResource, leaves the
        // action allowed elsewhere). Action and NotAction both name the denied actions (statementActions). A Deny the
        // pack cannot be sure of subtracts nothing: fail closed.
        for (const st of parsed.doc.statements)
            if (st.effect === "Deny" && deniesEverywhere(st))
                for (const k of statementActions(st, catalog).keys()) bounded.delete(k);
        return bounded;
    } catch (e) {
        if (isUnknownValueError(e)) return undefined;
        throw e;
    }
}

/** A KMS ARN pattern's six colon-separated segments, a short pattern's trailing `*` standing for the rest. */
function kmsSegments(pattern: string): string[] | undefined {
    const parts = arnPrefixLower(pattern).split(":");
    if (parts[0] !== "arn" || parts.length > 6 || (parts.length >= 3 && parts[2] !== "kms")) return undefined;
    if (parts.length === 6) return parts;
    return parts[parts.length - 1].endsWith("*") ? [...parts, ...Array<string>(6 - parts.length).fill("*")] : undefined;
}

/**
 * Whether two Resource patterns may name one resource. A `*` ending an ARN segment may extend across colons (IAM
 * User Guide, "IAM JSON policy elements: Resource", "Using wildcards in resource ARNs"), so in general the whole
 * strings are compared (globsIntersect: every match, the prefix in any case: arnPrefixLower). A KMS key or alias ARN
 * holds no colon past the account (KMS API Reference: a KeyId is a key id or mrk- id, an AliasName matches
 * `^[a-zA-Z0-9/_-]+$`), so two KMS patterns meet only where each of the six segments does.
 */
function patternsMeet(a: string, b: string): boolean {
    const [x, y] = [kmsSegments(a), kmsSegments(b)];
    if (x !== undefined && y !== undefined) return x.every((seg, i) => globsIntersect(seg, y[i]));
    return globsIntersect(arnPrefixLower(a), arnPrefixLower(b));
}

/**
 * The identity resources that may meet one the boundary admits the action on (patternsMeet; undefined `admitted`:
 * any resource), each kept as written. A NotResource statement (`resources` undefined) is kept whole (fail closed).
 */
function resourcesWithin(
    resources: readonly string[] | undefined,
    admitted: readonly string[] | undefined,
): readonly string[] | undefined {
    if (resources === undefined || admitted === undefined) return resources;
    return resources.filter(r => admitted.some(b => patternsMeet(r, b)));
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
    const parts = new Map<string, { resources: readonly string[] | undefined; actions: [string, T][] }>();
    for (const [k, v] of actions) {
        if (!cap.has(k)) continue;
        const kept = resourcesWithin(statement.resources, cap.get(k));
        if (kept !== undefined && kept.length === 0) continue;
        const key = JSON.stringify(kept ?? null);
        const part = parts.get(key) ?? { resources: kept, actions: [] };
        part.actions.push([k, v]);
        parts.set(key, part);
    }
    return [...parts.values()].map(p => ({
        statement:
            p.resources === statement.resources || p.resources?.length === statement.resources?.length
                ? statement
                : { ...statement, resources: [...p.resources!] },
        actions: p.actions,
    }));
}

/**
 * The permissions with each Allow capped by the boundary (boundedParts): a statement keeps the actions the boundary
 * admits, written out by name, on the resources it admits them on (its conditions unchanged), and one left with none
 * is dropped. Denies are kept whole. With no boundary (undefined) the permissions are returned as they are.
 */
export function capByBoundary(
    perms: RolePermissions,
    bounded: BoundaryCap | undefined,
    catalog: ActionCatalog,
): RolePermissions {
    if (bounded === undefined) return perms;
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
