/**
 * Conditions judged by whether they really restrict the caller. A clause pins a key only when every request
 * that passes it carries one of a few exact values: a positive equality operator (`StringEquals`,
 * `StringEqualsIgnoreCase`, `ArnEquals`, or `StringLike`/`ArnLike` without a wildcard), optionally
 * `ForAnyValue:`. `...IfExists` passes when the key is absent, `ForAllValues:` passes when the key is absent
 * or empty, and negated operators exclude rather than pin: none of those restrict.
 * (IAM User Guide, "IAM JSON policy elements: Condition operators" and "Single-valued vs multivalued keys".)
 */
import type { ConditionClause, NormalizedStatement } from "./document";
import { hasWildcard as hasGlob } from "./glob";

function baseOperator(c: ConditionClause): { op: string; restricting: boolean } {
    let op = c.operator.toLowerCase();
    if (op.startsWith("forallvalues:")) return { op, restricting: false };
    if (op.startsWith("foranyvalue:")) op = op.slice("foranyvalue:".length);
    if (op.endsWith("ifexists")) return { op, restricting: false };
    return { op, restricting: true };
}

const EXACT_OPS = new Set(["stringequals", "stringequalsignorecase", "arnequals"]);
const LIKE_OPS = new Set(["stringlike", "arnlike"]);

/**
 * The exact values a statement pins `keyLower` to, or undefined when no clause restricts it. Several clauses
 * on one key must all hold: the values are intersected. A like-operator value with a wildcard makes the key
 * pinned to a pattern, not exact: see `patternValues`.
 */
export function pinnedValues(s: NormalizedStatement, keyLower: string): string[] | undefined {
    let out: string[] | undefined;
    for (const c of s.conditions) {
        if (c.keyLower !== keyLower) continue;
        const { op, restricting } = baseOperator(c);
        if (!restricting) continue;
        const exact = EXACT_OPS.has(op) || (LIKE_OPS.has(op) && !c.values.some(hasGlob));
        if (!exact) continue;
        const ignoreCase = op === "stringequalsignorecase";
        const vals = ignoreCase ? c.values.map(v => v.toLowerCase()) : c.values;
        out = out === undefined ? vals : out.filter(v => vals.includes(ignoreCase ? v.toLowerCase() : v));
    }
    return out;
}

/** The wildcard patterns a like-operator clause restricts `keyLower` to (undefined when none does). */
export function patternValues(s: NormalizedStatement, keyLower: string): string[] | undefined {
    for (const c of s.conditions) {
        if (c.keyLower !== keyLower) continue;
        const { op, restricting } = baseOperator(c);
        if (restricting && LIKE_OPS.has(op) && c.values.some(hasGlob)) return c.values;
    }
    return undefined;
}

/** Condition keys naming the caller (not the request): the only ones that turn `"*"` into someone. */
export const CALLER_KEYS = {
    principalArn: "aws:principalarn",
    principalAccount: "aws:principalaccount",
    callerAccount: "kms:calleraccount",
    principalOrgId: "aws:principalorgid",
    viaService: "kms:viaservice",
    sourceAccount: "aws:sourceaccount",
} as const;

export function describePins(s: NormalizedStatement, keys: readonly string[]): string {
    const parts: string[] = [];
    for (const c of s.conditions) {
        if (keys.includes(c.keyLower)) parts.push(`${c.operator} ${c.key} = ${c.values.join(", ")}`);
    }
    return parts.join("; ");
}
