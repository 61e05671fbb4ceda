/**
 * Permissions boundaries (IAM User Guide, "Permissions boundaries for IAM entities": "An entity's permissions
 * boundary allows it to perform only the actions that are allowed by both its identity-based policies and its
 * permissions boundaries"). One reader for the engine (engine/build.ts) and every rule (rules/common.ts), so a
 * boundary caps the same grants wherever they are judged.
 */
import { ActionCatalog } from "./catalog";
import { PolicyOwner, tryParsePolicyDocument } from "./document";
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

/**
 * The actions (lower-case catalogue names) the permissions boundary of `holder` (a role or user resource) admits: the
 * Allow statements' actions of the in-stack Policy its `permissionsBoundary` names. Undefined, capping nothing, when
 * the holder has no boundary, or the boundary is outside the stack, unknown (a first preview) or malformed: the pack
 * may then refuse what the boundary forbids, never the reverse. Only actions are capped (each kept action keeps the
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
