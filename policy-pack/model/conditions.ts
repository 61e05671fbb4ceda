/**
 * Conditions judged by whether they really restrict the caller. A clause pins a key only when every request
 * that passes it carries one of a few exact values: a positive equality operator (`StringEquals`,
 * `StringEqualsIgnoreCase`, or `ArnEquals`/`StringLike`/`ArnLike` without a wildcard: an ARN operator with one is a
 * pattern whatever its name, document.ts operatorByMatch), optionally
 * `ForAnyValue:`. `...IfExists` passes when the key is absent, `ForAllValues:` passes when the key is absent
 * or empty, and negated operators exclude rather than pin: none of those restrict.
 * (IAM User Guide, "IAM JSON policy elements: Condition operators" and "Single-valued vs multivalued keys".)
 */
import { type ConditionClause, type NormalizedStatement, writtenOperator } from "./document";
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
 * How a statement pins `keyLower`, or undefined when no clause restricts it. Several clauses on one key must all
 * hold (they AND: IAM User Guide, "Create a condition with multiple context keys or values"), so the values are
 * intersected, whatever order the clauses are written in.
 *
 * Only `StringEqualsIgnoreCase` compares without case; `StringEquals`, `StringLike`, `ArnEquals` and `ArnLike` are
 * case-sensitive (IAM User Guide, "IAM JSON policy elements: Condition operators": string and ARN condition
 * operators). When at least one clause is case-sensitive the pinned values are its values as written that every
 * other clause admits (a case-blind clause admits a value equal to one of its own ignoring case): `caseBlind` is
 * false. When every clause is case-blind the values are lower-cased and stand for every casing of themselves:
 * `caseBlind` is true, and a consumer whose values AWS compares with case (an EKS cluster name, say) must read
 * them so. An aws:PrincipalArn pinned case-blind still names one principal: IAM user, group and role names are unique
 * within the account and "not distinguished by case" (IAM API reference, CreateRole / CreateUser RoleName, UserName),
 * and the engine matches stack roles by lower-cased name. An empty list is a statement no request passes.
 */
export function pinOf(s: NormalizedStatement, keyLower: string): { values: string[]; caseBlind: boolean } | undefined {
    const exact: string[][] = [];
    const blind: string[][] = [];
    for (const c of s.conditions) {
        if (c.keyLower !== keyLower) continue;
        const { op, restricting } = baseOperator(c);
        if (!restricting) continue;
        if (!(EXACT_OPS.has(op) || (LIKE_OPS.has(op) && !c.values.some(hasGlob)))) continue;
        if (op === "stringequalsignorecase") blind.push(c.values.map(v => v.toLowerCase()));
        else exact.push(c.values);
    }
    const [first, ...rest] = exact.length > 0 ? exact : blind;
    if (first === undefined) return undefined;
    const values = [...new Set(first)].filter(
        v => rest.every(vals => vals.includes(v)) && blind.every(vals => vals.includes(v.toLowerCase())),
    );
    return { values, caseBlind: exact.length === 0 };
}

/**
 * Whether the statement holds only for requests that carry `keyLower`: a positive string operator on it (StringEquals,
 * StringEqualsIgnoreCase, StringLike), with no ForAnyValue:/ForAllValues: qualifier and no IfExists. "If the key that
 * you specify in a policy condition is not present in the request context, the values do not match and the condition
 * is false"; negated operators are then true, and ...IfExists and Null test presence (IAM User Guide, "IAM JSON policy
 * elements: Condition operators").
 */
export function requiresKey(s: NormalizedStatement, keyLower: string): boolean {
    return s.conditions.some(
        c =>
            c.keyLower === keyLower &&
            c.values.length > 0 &&
            ["stringequals", "stringequalsignorecase", "stringlike"].includes(c.operator.toLowerCase()),
    );
}

/**
 * The exact values a statement pins `keyLower` to, or undefined when no clause restricts it (see `pinOf`: values
 * pinned only case-blind are lower-cased). A like-operator value with a wildcard makes the key pinned to a pattern,
 * not exact: see `patternValues`.
 */
export function pinnedValues(s: NormalizedStatement, keyLower: string): string[] | undefined {
    return pinOf(s, keyLower)?.values;
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
        if (keys.includes(c.keyLower)) parts.push(`${writtenOperator(c)} ${c.key} = ${c.values.join(", ")}`);
    }
    return parts.join("; ");
}
