import { Plan } from "../../tools/offline/mockEngine";

/**
 * A plan with its ordering taken out, so that two programs that register the same resources in another order
 * compare equal: resources by URN, dependency lists sorted, object keys sorted. Arrays inside inputs keep
 * their order (a statement list or a tag order is part of what is deployed).
 */
export function canonicalPlan(plan: Plan): unknown {
    const resources = [...plan.resources]
        .sort((a, b) => a.urn.localeCompare(b.urn))
        .map(r => ({
            ...r,
            dependencies: [...r.dependencies].sort(),
            propertyDependencies: Object.fromEntries(
                Object.entries(r.propertyDependencies).map(([k, v]) => [k, [...v].sort()]),
            ),
        }));
    // Through JSON, as plan.json is written: an undefined property is no property.
    return JSON.parse(JSON.stringify(sortKeys({ ...plan, resources })));
}

function sortKeys(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(sortKeys);
    if (value && typeof value === "object") {
        return Object.fromEntries(
            Object.keys(value)
                .sort()
                .map(k => [k, sortKeys((value as Record<string, unknown>)[k])]),
        );
    }
    return value;
}
