/**
 * Whether a statement carries the conditions a custody-model entry requires (`when`), judged by what its clauses
 * restrict, not by how they are spelled. A requirement holds when some clause on its key admits only values the
 * requirement admits:
 * - `StringEquals` / `StringLike` (and their `ForAnyValue:` forms, which are the same test on a single-valued
 *   key): a positive clause, neither `...IfExists` (passes when the key is absent) nor `ForAllValues:` (passes
 *   when the key is absent or empty), whose every value is one the requirement admits;
 * - `ForAllValues:StringEquals` / `ForAllValues:StringLike`: a `ForAllValues:` clause (every value of a
 *   multivalued key such as `aws:TagKeys` must be admitted) without `IfExists`, whose values are all admitted.
 * (IAM User Guide, "IAM JSON policy elements: Condition operators" and "Set operators for multivalued context
 * keys".) Several clauses on one key must all hold, so one that satisfies the requirement is enough.
 */
import type { ConditionClause, NormalizedStatement } from "../model/document";
import type { RequiredCondition } from "../custody/types";
import { globSubsumes, hasGlob } from "./patterns";

interface Operator {
    set: "single" | "forAll";
    like: boolean;
}

/** A clause's operator in the terms of a requirement, or undefined when it restricts nothing requirable. */
function clauseOperator(c: ConditionClause): Operator | undefined {
    let op = c.operator.toLowerCase();
    if (op.endsWith("ifexists")) return undefined;
    let set: Operator["set"] = "single";
    if (op.startsWith("forallvalues:")) {
        set = "forAll";
        op = op.slice("forallvalues:".length);
    } else if (op.startsWith("foranyvalue:")) op = op.slice("foranyvalue:".length);
    if (op === "stringequals" || op === "arnequals") return { set, like: false };
    if (op === "stringlike" || op === "arnlike") return { set, like: true };
    return undefined;
}

function requirementOperator(r: RequiredCondition): Operator {
    const op = r.operator.toLowerCase();
    return {
        set: op.startsWith("forallvalues:") ? "forAll" : "single",
        like: op.endsWith("stringlike"),
    };
}

/** Every string `value` (a pattern when the clause is a *Like one) can stand for is one the requirement admits. */
function admitted(r: RequiredCondition, req: Operator, value: string, like: boolean): boolean {
    if (!req.like) return !(like && hasGlob(value)) && r.values.includes(value);
    return r.values.some(allowed => globSubsumes(allowed, value));
}

export function satisfies(s: NormalizedStatement, r: RequiredCondition): boolean {
    const key = r.key.toLowerCase();
    const req = requirementOperator(r);
    return s.conditions.some(c => {
        if (c.keyLower !== key || c.values.length === 0) return false;
        const op = clauseOperator(c);
        if (!op || op.set !== req.set) return false;
        return c.values.every(v => admitted(r, req, v, op.like));
    });
}

/** The requirements a statement does not satisfy, as IAM would write them. */
export function unmetRequirements(s: NormalizedStatement, when: readonly RequiredCondition[] | undefined): string[] {
    return (when ?? []).filter(r => !satisfies(s, r)).map(describeRequirement);
}

export function describeRequirement(r: RequiredCondition): string {
    return `${r.operator} ${r.key} = ${r.values.join(", ")}`;
}

/**
 * A guard Deny carries a requirement for the Allows it covers: `Deny` of the action on the resource whose only
 * condition is the negation of the requirement (`StringNotEquals key = values` for StringEquals, `StringNotLike` for
 * StringLike, with values the requirement admits) refuses every request the requirement would. A negated operator
 * (and its IfExists form) also holds when the key is absent, so untagged requests are denied too (IAM User Guide,
 * "Condition operators").
 */
export function guardCarries(deny: NormalizedStatement, r: RequiredCondition): boolean {
    if (deny.effect !== "Deny" || deny.conditions.length !== 1 || r.operator.startsWith("ForAllValues:")) return false;
    const c = deny.conditions[0];
    if (c.keyLower !== r.key.toLowerCase() || c.values.length === 0) return false;
    const op = c.operator.toLowerCase().replace(/ifexists$/, "");
    const like = op === "stringnotlike" || op === "arnnotlike";
    if (!like && op !== "stringnotequals" && op !== "arnnotequals") return false;
    const req = requirementOperator(r);
    return c.values.every(v => admitted(r, req, v, like));
}
