/**
 * The in-stack permissions boundary document of a role or user, and its Allows and Denies (IAM User Guide,
 * "Permissions boundaries for IAM entities"). Apart from model/boundary.ts so that model/fixedTags.ts reads a tag
 * changer's boundary without importing the reach model (boundary.ts -> effective.ts -> keyAttributes.ts ->
 * fixedTags.ts).
 */
import { asHeldBy } from "./conditions";
import {
    type NormalizedDocument,
    type NormalizedStatement,
    type PolicyOwner,
    tryParsePolicyDocument,
} from "./document";
import { type DocumentSource, documentSource, policyByArn, type StackResource, TYPES } from "./resources";
import { isUnknownValueError, knownString, UNKNOWN_SENTINELS } from "./unknowns";

/** Whether a plain value holds an unknown (the engine's sentinel strings) anywhere. */
function holdsUnknown(v: unknown): boolean {
    if (typeof v === "string") return UNKNOWN_SENTINELS.has(v);
    if (Array.isArray(v)) return v.some(holdsUnknown);
    if (v !== null && typeof v === "object") return Object.values(v as Record<string, unknown>).some(holdsUnknown);
    return false;
}

/**
 * The holder's in-stack permissions boundary: the Policy its `permissionsBoundary` names, with its document as it
 * works for `owner`; undefined when it has none, or it is outside the stack, unknown (a first preview) or malformed.
 * The one reader of boundaryActions, boundaryDenies and boundaryAllows. Throws an unknown read through the proxy.
 */
export function boundaryDocument(
    resources: readonly StackResource[],
    holder: StackResource | undefined,
    owner: PolicyOwner | undefined,
): { policy: StackResource; doc: NormalizedDocument } | undefined {
    const arn = holder ? knownString(holder.props, "permissionsBoundary") : undefined;
    if (arn === undefined) return undefined;
    const p = policyByArn(
        resources.filter(r => r.type === TYPES.policy),
        arn,
    );
    const raw: unknown = p?.props.policy;
    if (p === undefined || raw === undefined || raw === null || holdsUnknown(raw)) return undefined;
    const parsed = tryParsePolicyDocument(raw, owner);
    return parsed.ok ? { policy: p, doc: parsed.doc } : undefined;
}

/**
 * Round 90: the Allow statements of the holder's in-stack permissions boundary, as written (a conditioned one may
 * hold: it admits what it names), or undefined when the holder has no boundary or it is not read (outside the stack,
 * unknown, malformed: then it caps nothing, the fail-closed side). The holder may call an action on a resource only
 * where one of them admits it ("An entity's permissions boundary allows it to perform only the actions that are
 * allowed by both its identity-based policies and its permissions boundaries": IAM User Guide, "Permissions
 * boundaries for IAM entities"). Read by model/fixedTags.ts changingReaches.
 */
export function boundaryAllows(
    resources: readonly StackResource[],
    holder: StackResource | undefined,
): NormalizedStatement[] | undefined {
    try {
        return boundaryDocument(resources, holder, undefined)?.doc.statements.filter(st => st.effect === "Allow");
    } catch (e) {
        if (isUnknownValueError(e)) return undefined;
        throw e;
    }
}

/**
 * Round 88: the Deny statements of the holder's in-stack permissions boundary, as Denies of the holder (each as it
 * works for `owner`: asHeldBy), so a conditioned one is read per key by the key's fixed attributes
 * (model/keyAttributes.ts denySurelyHoldsOnKey) as the holder's own Denies are: "An explicit deny in any of these
 * policies overrides the allow", the permissions boundary among them (IAM User Guide, "Policy evaluation logic";
 * "Permissions boundaries for IAM entities"). Empty when the boundary is not read (boundaryActions: it then caps
 * nothing; subtracting nothing is the fail-closed side).
 */
export function boundaryDenies(
    resources: readonly StackResource[],
    holder: StackResource | undefined,
    owner: PolicyOwner | undefined,
): { statement: NormalizedStatement; source: DocumentSource }[] {
    try {
        const parsed = boundaryDocument(resources, holder, owner);
        if (parsed === undefined) return [];
        const p = parsed.policy;
        const source = documentSource("attached Policy", p, `permissions boundary ${p.name}`, () => p.props.policy);
        return parsed.doc.statements
            .filter(st => st.effect === "Deny")
            .map(st => asHeldBy(st, owner))
            .filter((st): st is NormalizedStatement => st !== undefined)
            .map(statement => ({ statement, source }));
    } catch (e) {
        if (isUnknownValueError(e)) return [];
        throw e;
    }
}
