/**
 * What a statement allows, evaluated against the action catalogue: Action and NotAction are expanded (a
 * NotAction statement allows every catalogue action it does not match), Resource and NotResource are matched
 * as IAM does.
 */
import { ActionCatalog, CatalogAction } from "./catalog";
import { NormalizedStatement } from "./document";
import { actionMatches, resourceMatches } from "./glob";

const expansions = new WeakMap<NormalizedStatement, ReadonlyMap<string, CatalogAction>>();

/** Every catalogue action the statement's Action/NotAction covers, keyed by lower-case name. */
export function statementActions(s: NormalizedStatement, catalog: ActionCatalog): ReadonlyMap<string, CatalogAction> {
    let result = expansions.get(s);
    if (result) return result;
    const map = new Map<string, CatalogAction>();
    if (s.actions) {
        for (const pattern of s.actions) for (const a of catalog.expand(pattern)) map.set(a.name.toLowerCase(), a);
    } else {
        const excluded = new Set<string>();
        for (const pattern of s.notActions ?? [])
            for (const a of catalog.expand(pattern)) excluded.add(a.name.toLowerCase());
        for (const a of catalog.all()) {
            const key = a.name.toLowerCase();
            if (!excluded.has(key)) map.set(key, a);
        }
    }
    result = map;
    expansions.set(s, result);
    return result;
}

/** Whether the statement names this action (pattern semantics; also answers for actions not in the catalogue). */
export function statementMatchesAction(s: NormalizedStatement, action: string): boolean {
    if (s.actions) return s.actions.some(p => actionMatches(p, action));
    return !(s.notActions ?? []).some(p => actionMatches(p, action));
}

/** Whether the statement's Resource/NotResource reaches this ARN. A statement without either reaches nothing. */
export function statementCoversResource(s: NormalizedStatement, arn: string): boolean {
    if (s.resources) return s.resources.some(p => resourceMatches(p, arn));
    if (s.notResources) return !s.notResources.some(p => resourceMatches(p, arn));
    return false;
}

/** The statement's resource patterns as written, for messages (NotResource shown as such). */
export function describeResources(s: NormalizedStatement): string {
    if (s.resources) return s.resources.join(", ");
    if (s.notResources) return `NotResource ${s.notResources.join(", ")}`;
    return "(no Resource)";
}

/**
 * An explicit Deny that applies whatever the request: no Condition, and Resource "*" (or absent NotResource
 * restriction). Only these are subtracted from a role's grants; a conditional Deny can be bypassed by
 * whoever controls the condition, so it does not make a dangerous Allow safe.
 */
export function isUnconditionalDenyEverywhere(s: NormalizedStatement): boolean {
    return s.effect === "Deny" && s.conditions.length === 0 && (s.resources?.includes("*") ?? false);
}
