/**
 * Permissions boundaries (IAM User Guide, "Permissions boundaries for IAM entities": "An entity's permissions
 * boundary allows it to perform only the actions that are allowed by both its identity-based policies and its
 * permissions boundaries"). One reader for the engine (engine/build.ts) and every rule (rules/common.ts), so a
 * boundary caps the same grants wherever they are judged.
 */
import { ActionCatalog } from "./catalog";
import { NormalizedStatement, PolicyOwner, tryParsePolicyDocument } from "./document";
import type { RolePermissions } from "./effective";
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
 * The actions (lower-case catalogue names) the permissions boundary of `holder` (a role or user resource) admits: the
 * Allow statements' actions of the in-stack Policy its `permissionsBoundary` names, less those its unconditional
 * Denies of every resource deny (deniesEverywhere). Undefined, capping nothing, when the holder has no boundary, or
 * the boundary is outside the stack, unknown (a first preview) or malformed: the pack may then refuse what the
 * boundary forbids, never the reverse. Only actions are capped (each kept action keeps the
 * identity statement's own resources and conditions, wider than the intersection).
 */
export function boundaryActions(
    resources: readonly StackResource[],
    holder: StackResource | undefined,
    owner: PolicyOwner | undefined,
    catalog: ActionCatalog,
): ReadonlySet<string> | undefined {
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
        const bounded = new Set<string>();
        for (const st of parsed.doc.statements)
            if (st.effect === "Allow") for (const k of statementActions(st, catalog).keys()) bounded.add(k);
        // IAM User Guide, "How AWS enforcement code logic evaluates requests to allow or deny access": "An explicit
        // deny overrides an explicit allow", and the Deny evaluation reads every policy that applies, "IAM
        // permissions boundaries" among them. So an action a boundary Deny surely denies is not admitted. Surely:
        // a Deny with no condition (a condition may be false for the request, and then the Deny does not apply) on
        // every resource (`Resource: "*"`; a Deny of some resources, or of all but some by NotResource, leaves the
        // action allowed elsewhere, and only actions are capped here). Action and NotAction both name the denied
        // actions (statementActions). A Deny the pack cannot be sure of subtracts nothing: fail closed.
        for (const st of parsed.doc.statements)
            if (st.effect === "Deny" && deniesEverywhere(st))
                for (const k of statementActions(st, catalog).keys()) bounded.delete(k);
        return bounded;
    } catch (e) {
        if (isUnknownValueError(e)) return undefined;
        throw e;
    }
}

/**
 * The permissions with each Allow capped to the boundary's actions (boundaryActions): a statement keeps the actions
 * the boundary admits, written out by name (its resources and conditions unchanged), and one left with none is
 * dropped. Denies are kept whole. With no boundary (undefined) the permissions are returned as they are.
 */
export function capByBoundary(
    perms: RolePermissions,
    bounded: ReadonlySet<string> | undefined,
    catalog: ActionCatalog,
): RolePermissions {
    if (bounded === undefined) return perms;
    const allows = perms.allows.flatMap(g => {
        const granted = [...statementActions(g.statement, catalog)];
        const kept = granted.filter(([k]) => bounded.has(k));
        if (kept.length === granted.length) return [g];
        if (kept.length === 0) return [];
        return [{ ...g, statement: { ...g.statement, actions: kept.map(([, a]) => a.name), notActions: undefined } }];
    });
    return { ...perms, allows };
}
