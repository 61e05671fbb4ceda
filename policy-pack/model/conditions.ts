/**
 * Conditions judged by whether they really restrict the caller. A clause pins a key only when every request
 * that passes it carries one of a few exact values: a positive equality operator (`StringEquals`,
 * `StringEqualsIgnoreCase`, or `ArnEquals`/`StringLike`/`ArnLike` without a wildcard: an ARN operator with one is a
 * pattern whatever its name, document.ts operatorByMatch), optionally
 * `ForAnyValue:`. `...IfExists` passes when the key is absent, `ForAllValues:` passes when the key is absent
 * or empty, and negated operators exclude rather than pin: none of those restrict.
 * (IAM User Guide, "IAM JSON policy elements: Condition operators" and "Single-valued vs multivalued keys".)
 */
import { principalIdentity, roleOfPrincipal } from "./arn";
import {
    type ConditionClause,
    type NormalizedStatement,
    ownerValue,
    type PolicyOwner,
    writtenOperator,
} from "./document";
import {
    arnGlobCovers,
    arnPatternMatches,
    arnPatternMayMatch,
    arnSegments,
    globsIntersect,
    hasWildcard as hasGlob,
    resourceMatches,
    stringGlobCovers,
} from "./glob";
import { keyPresenceFor, principalTagValue, readForHolder, truthByPresence } from "./keyPresence";
import {
    callerKindClauseAlwaysHolds,
    callerKindClauseNeverHolds,
    narrowedByRequestedRegion,
    timeClauseAlwaysHolds,
    timeClauseNeverHoldsAgain,
} from "./requestConditions";

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

/**
 * Caller keys whose value the holder of an identity policy always brings: aws:PrincipalArn and aws:PrincipalAccount
 * are in every request context and are the caller's own, a role session's being the role's ARN (IAM User Guide, "AWS
 * global condition context keys"); kms:CallerAccount is the caller's account (KMS Developer Guide, "AWS KMS condition
 * keys", kms:CallerAccount). model/document.ts ownerValue knows them for the policy's owner (the one place).
 * Round 85: aws:PrincipalType too, which ownerValue fixes for a role only ("AssumedRole" for every session: IAM
 * User Guide, "AWS global condition context keys", aws:PrincipalType, "Principal key values"); a user's or group's
 * policy also serves FederatedUser sessions, so it has no held value there (refused, fail closed).
 */
const HOLDER_KEYS: readonly string[] = [
    CALLER_KEYS.principalArn,
    CALLER_KEYS.principalAccount,
    CALLER_KEYS.callerAccount,
    "aws:principaltype",
];

/**
 * The keys of one fixed value for the holder a statement reads: HOLDER_KEYS, and (round 86) each aws:PrincipalTag/<key>
 * the role's fixed tags declare (model/fixedTags.ts; ownerValue gives its value).
 */
function heldKeysOf(s: NormalizedStatement, owner: PolicyOwner | undefined): string[] {
    const tags = s.conditions.map(c => c.keyLower).filter(k => principalTagValue(k, owner) !== undefined);
    return [...HOLDER_KEYS, ...new Set(tags)];
}

function holderValue(keyLower: string, owner: PolicyOwner | undefined): string | undefined {
    return ownerValue(keyLower === CALLER_KEYS.callerAccount ? CALLER_KEYS.principalAccount : keyLower, owner);
}

/**
 * The exact values a statement pins `keyLower` to with no set qualifier on any clause of that key (pinOf reads
 * `ForAnyValue:` as a pin; here a qualified clause makes the key unread, fail closed), and no policy variable.
 */
export function strictPin(
    s: NormalizedStatement,
    keyLower: string,
): { values: string[]; caseBlind: boolean } | undefined {
    const clauses = s.conditions.filter(c => c.keyLower === keyLower);
    if (clauses.some(c => /^for(anyvalue|allvalues):/i.test(c.operator) || c.values.some(v => v.includes("${"))))
        return undefined;
    return pinOf(s, keyLower);
}

/**
 * Whether a pinned value may be the holder's: an ARN is compared as its principal (any path; any case unless
 * `caseSensitive`, the operator's own rule). An STS ARN (a
 * role session's `arn:aws:sts::<account>:assumed-role/<role>/<session>`) is never a role's aws:PrincipalArn: "For IAM
 * roles, the request context returns the ARN of the role, not the ARN of the user that assumed the role" (IAM User
 * Guide, "AWS global condition context keys", aws:PrincipalArn), and the holder is a role (ownerValue).
 */
function mayBeHolder(value: string, held: string, keyLower: string, caseSensitive = false): boolean {
    const same = (a: string, b: string) => (caseSensitive ? a === b : a.toLowerCase() === b.toLowerCase());
    if (same(value, held)) return true;
    if (keyLower !== CALLER_KEYS.principalArn || /^arn:[^:]*:sts:/i.test(value)) return false;
    if (principalIdentity(value) !== principalIdentity(held)) return false;
    // The same role in another case: a case-sensitive operator (StringNotEquals: IAM User Guide, "Condition
    // operators", StringEquals "Exact matching, case sensitive") tells it apart when the role name differs in case.
    return !caseSensitive || roleOfPrincipal(value)?.roleName === roleOfPrincipal(held)?.roleName;
}

/**
 * Whether an identity Allow can never hold for its holder (`owner`: a managed policy is read once per principal it
 * is attached to): an exact positive clause on a caller key whose values none may be the holder's (IAM User Guide,
 * "AWS global condition context keys": a StringEquals on aws:PrincipalArn naming another role is false in every
 * request of this one). Unknown holder values, IfExists, set qualifiers, negations and wildcards hold (fail closed).
 */
export function allowNeverHoldsFor(written: NormalizedStatement, owner: PolicyOwner | undefined): boolean {
    const s = readByHolder(written, owner);
    // Round 84: a clause the presence of its key makes false for the holder (model/keyPresence.ts).
    if (s.conditions.some(c => truthByPresence(c, owner) === false)) return true;
    // A past upper bound on the request's time, or a caller kind the holder never is (model/requestConditions.ts).
    if (s.conditions.some(c => timeClauseNeverHoldsAgain(c) || callerKindClauseNeverHolds(c, owner))) return true;
    return heldKeysOf(s, owner).some(key => {
        const held = holderValue(key, owner);
        if (held !== undefined && patternsExcludeHolder(s, key, held)) return true;
        const pin = held === undefined ? undefined : strictPin(s, key);
        return pin !== undefined && !pin.values.some(v => mayBeHolder(v, held!, key));
    });
}

/**
 * A glob that every value the holder may bring for `keyLower` matches, in lower case: the held value itself. A
 * stack role's held aws:PrincipalArn is its `arn` output, the ARN as AWS returns it with its path (document.ts
 * PolicyOwner; IAM User Guide, "IAM identifiers": a role's ARN carries its path), which is the key's value exactly
 * ("For IAM roles, the request context returns the ARN of the role": "AWS global condition context keys"). A pattern
 * that cannot meet it (globsIntersect, or arnPatternMayMatch for an ARN operator) matches none of the holder's
 * requests, whatever the case.
 */
function holderValuesGlob(held: string): string {
    return held.toLowerCase();
}

/**
 * Whether a positive like-operator clause on `keyLower` (StringLike/ArnLike with a wildcard, no set qualifier, no
 * IfExists, no policy variable) admits none of the holder's values: `StringLike aws:PrincipalArn
 * arn:aws:sts::<account>:assumed-role/<role>/*` never matches the role's own ARN (mayBeHolder), so the Allow never
 * holds for it.
 */
function patternsExcludeHolder(s: NormalizedStatement, keyLower: string, held: string): boolean {
    const glob = holderValuesGlob(held);
    return s.conditions.some(c => {
        const op = c.operator.toLowerCase();
        return (
            c.keyLower === keyLower &&
            LIKE_OPS.has(op) &&
            c.values.length > 0 &&
            c.values.every(v => !v.includes("${") && !patternMayMatch(op, v, glob))
        );
    });
}

/**
 * Whether a like-operator value may match some value the glob `held` matches, whatever the case: an ARN operator's
 * segment by segment (model/glob.ts arnPatternMayMatch: one of fewer than six segments matches nothing), a string
 * operator's as one string (its `*` spans colons: IAM User Guide, "Condition operators", StringLike).
 */
function patternMayMatch(op: string, value: string, held: string): boolean {
    return op.startsWith("arn") ? arnPatternMayMatch(value, held) : globsIntersect(value.toLowerCase(), held);
}

/**
 * Whether a conditioned identity Deny surely holds for its holder: every clause an exact positive one (StringEquals,
 * StringEqualsIgnoreCase, ArnEquals, or an ARN/String like-operator without wildcard) on a caller key naming the
 * holder's own value exactly (case as the operator compares it), or a negated one whose values all surely differ
 * from the holder's (negatedExcludingHolder: `ArnNotEquals aws:PrincipalArn <break-glass role>`). Such a Deny is
 * subtracted like an unconditional one (IAM User Guide, "Policy evaluation logic": an explicit deny in any policy
 * overrides any allow). The trust-policy twin is engine/trustDeny.ts clauseSurelyHolds.
 */
export function denySurelyHoldsFor(written: NormalizedStatement, owner: PolicyOwner | undefined): boolean {
    if (written.effect !== "Deny" || written.conditions.length === 0) return false;
    const s = readByHolder(written, owner);
    // kms:CallerAccount is a KMS key (KMS Developer Guide, "AWS KMS condition keys"): another service's request does
    // not carry it. On a missing key a positive operator is false and a negated one true (IAM User Guide, "Condition
    // operators"), so its clause is read per service the Deny's actions may name: on KMS actions as the holder's
    // account, on any other as an absent key.
    const actions = s.notActions === undefined ? (s.actions ?? []).map(a => a.toLowerCase()) : ["*"];
    const mayBeKms = actions.some(a => globsIntersect(a, "kms:*"));
    const mayBeOther = actions.some(a => !a.startsWith("kms:"));
    return s.conditions.every(c => {
        // Round 84: a Null on a key of fixed presence, any clause on a key the holder never carries.
        const byPresence = truthByPresence(c, owner);
        if (byPresence !== undefined) return byPresence;
        if (timeClauseAlwaysHolds(c) || callerKindClauseAlwaysHolds(c, owner)) return true;
        if (likeMatchesEveryValue(c, owner)) return true;
        // Round 84: a role's own tag, when no session tag and no identity of the program may change it (fixedTags.ts).
        const tag = principalTagValue(c.keyLower, owner);
        if (tag !== undefined) return /^string/i.test(c.operator) && clauseHoldsForHolder(s, c, tag);
        const userGlobs = userPrincipalArnGlobs(c.keyLower, owner) ?? userIdGlobs(c.keyLower, owner);
        if (userGlobs !== undefined)
            return negatedExcludingGlobs(c, userGlobs) || likeCoversGlobs(c, userPrincipalArnForms(c.keyLower, owner));
        const held = holderValue(c.keyLower, owner);
        if (held === undefined || !HOLDER_KEYS.includes(c.keyLower)) return false;
        if (c.keyLower !== CALLER_KEYS.callerAccount) return clauseHoldsForHolder(s, c, held);
        return (!mayBeKms || clauseHoldsForHolder(s, c, held)) && (!mayBeOther || trueOnAbsentKey(c));
    });
}

/**
 * A statement with each clause read for its holder (model/keyPresence.ts readForHolder: `...IfExists` on a key every
 * request of the holder carries, a set qualifier on a single-valued key, read as the plain operator).
 */
function readByHolder(s: NormalizedStatement, owner: PolicyOwner | undefined): NormalizedStatement {
    const conditions = s.conditions.map(c => readForHolder(c, owner));
    return conditions.every((c, i) => c === s.conditions[i]) ? s : { ...s, conditions };
}

/** Whether a clause on a holder key surely holds for the holder (denySurelyHoldsFor, a key the request carries). */
function clauseHoldsForHolder(s: NormalizedStatement, c: ConditionClause, held: string): boolean {
    if (negatedExcludingHolder(c, held) || likeMatchesHeld(c, held)) return true;
    const pin = strictPin({ ...s, conditions: [c] }, c.keyLower);
    return pin !== undefined && pin.values.includes(pin.caseBlind ? held.toLowerCase() : held);
}

/**
 * Round 86: whether a positive like-operator clause (StringLike, ArnLike: the set qualifier or IfExists already read
 * away for the holder, no policy variable) has a pattern that matches the holder's one value `held` by the operator's
 * own rule, case-sensitive (IAM User Guide, "Condition operators": StringLike "Case-sensitive matching. The values can
 * include multi-character match wildcards (*) and single-character match wildcards (?)"; ArnLike segment by segment:
 * model/glob.ts arnPatternMatches).
 */
function likeMatchesHeld(c: ConditionClause, held: string): boolean {
    const op = c.operator.toLowerCase();
    if (!LIKE_OPS.has(op) || c.values.some(v => v.includes("${"))) return false;
    return c.values.some(v => (op === "arnlike" ? arnPatternMatches(v, held) : resourceMatches(v, held)));
}

/**
 * Round 86: whether a positive StringLike clause on a key every request of the holder carries (model/keyPresence.ts)
 * has a pattern of `*` only, which matches every string ("Condition operators", StringLike): aws:RequestedRegion
 * "is always included in the request context", so `StringLike aws:RequestedRegion *` holds.
 */
function likeMatchesEveryValue(c: ConditionClause, owner: PolicyOwner | undefined): boolean {
    if (c.operator.toLowerCase() !== "stringlike" || keyPresenceFor(c.keyLower, owner) !== "present") return false;
    return c.values.some(v => /^\*+$/.test(v));
}

/**
 * Round 86, the mirror of negatedExcludingGlobs: whether a positive like-operator clause surely matches every value
 * the holder's globs (case as AWS writes the value) stand for: each glob covered by one of its patterns (a StringLike
 * pattern as one string, model/glob.ts stringGlobCovers; an ArnLike one segment by segment).
 */
function likeCoversGlobs(c: ConditionClause, globs: readonly string[] | undefined): boolean {
    const op = c.operator.toLowerCase();
    if (!LIKE_OPS.has(op) || globs === undefined || globs.length === 0) return false;
    if (c.values.length === 0 || c.values.some(v => v.includes("${"))) return false;
    return globs.every(g => c.values.some(v => (op === "arnlike" ? arnGlobCovers(v, g) : stringGlobCovers(v, g))));
}

/**
 * Whether a clause is true when its key is absent from the request: a negated string or ARN operator, or an
 * `...IfExists` one, with no set qualifier (IAM User Guide, "Condition operators": "If the policy condition requires
 * that the key is not matched, such as StringNotLike or ArnNotLike, and the right key is not present, the condition
 * is true"; "...IfExists": true if the key is not present).
 */
function trueOnAbsentKey(c: ConditionClause): boolean {
    const op = c.operator.toLowerCase();
    if (/^for(anyvalue|allvalues):/.test(op)) return false;
    return op.endsWith("ifexists") || NEGATED_OPS.has(op);
}

const NEGATED_OPS = new Set([
    "stringnotequals",
    "stringnotequalsignorecase",
    "arnnotequals",
    "stringnotlike",
    "arnnotlike",
]);

/**
 * Whether a negated clause on a holder key is surely true for the holder: no set qualifier, no policy variable, and
 * every value surely differs from the holder's (IAM User Guide, "IAM JSON policy elements: Condition operators":
 * StringNotEquals / ArnNotEquals / ...NotLike are "negated matching", true when the key's value matches none of the
 * values; a negated operator is also true on a missing key, so IfExists changes nothing). A value differs surely only
 * when it may not be the holder in any case or path (mayBeHolder); a pattern only when it cannot match any value the
 * holder's request may carry (holderValuesGlob).
 */
function negatedExcludingHolder(c: ConditionClause, held: string): boolean {
    const op = readableNegatedOperator(c);
    if (op === undefined) return false;
    const glob = holderValuesGlob(held);
    const caseSensitive = op === "stringnotequals";
    return c.values.every(v =>
        hasGlob(v) ? !patternMayMatch(op, v, glob) : !mayBeHolder(v, held, c.keyLower, caseSensitive),
    );
}

/**
 * A negated clause's operator (lower case, IfExists dropped) when its values can be read: some, none a policy variable.
 * An ARN operator's value of fewer than six segments is malformed: the IAM guide does not say how a negated clause
 * reads it (@cloud-copilot/iam-simulate reads the clause as false), so it is not sure to hold.
 */
function readableNegatedOperator(c: ConditionClause): string | undefined {
    const op = c.operator.toLowerCase().replace(/ifexists$/, "");
    if (!NEGATED_OPS.has(op) || c.values.length === 0 || c.values.some(v => v.includes("${"))) return undefined;
    if (op.startsWith("arn") && c.values.some(v => arnSegments(v) === undefined)) return undefined;
    return op;
}

/** Whether a negated clause is surely true for every value the globs match: no value may match any of them. */
function negatedExcludingGlobs(c: ConditionClause, globs: readonly string[]): boolean {
    const op = readableNegatedOperator(c);
    return op !== undefined && c.values.every(v => globs.every(g => !patternMayMatch(op, v, g.toLowerCase())));
}

/**
 * The globs (any partition and path) every aws:PrincipalArn an IAM user's policies are evaluated for matches: the
 * user's own ARN (any path) and its federated-user sessions', `arn:aws:sts::<account>:federated-user/<name>` with a
 * name the caller of GetFederationToken picks (IAM User Guide, "AWS global condition context keys", aws:PrincipalArn
 * for an IAM user and for "AWS STS federated user sessions"; "AWS JSON policy elements: Principal", federated user
 * permissions are "the intersection of the principal that called GetFederationToken and the session policies").
 * Undefined for another key or holder, or a user whose ARN is not known.
 */
function userPrincipalArnGlobs(keyLower: string, owner: PolicyOwner | undefined): string[] | undefined {
    if (keyLower !== CALLER_KEYS.principalArn || owner?.kind !== "user" || owner.arn === undefined) return undefined;
    const parts = owner.arn.split(":");
    const name = parts.slice(5).join(":").split("/").pop() ?? "";
    if (parts.length < 6 || !ACCOUNT_ID.test(parts[4]) || !parts[5].startsWith("user/") || name === "" || hasGlob(name))
        return undefined;
    return [`arn:*:iam::${parts[4]}:user/*${name}`, `arn:*:sts::${parts[4]}:federated-user/*`];
}

/**
 * Round 86: the globs every aws:PrincipalArn of the holder follows, as AWS writes them, for a positive clause to
 * cover (likeCoversGlobs): a user's ARN as the User resource returns it (PolicyOwner.arnAsReturned: its partition and
 * path) and its federated-user sessions' `arn:<partition>:sts::<account>:federated-user/*` (userPrincipalArnGlobs);
 * a role's or group member's aws:userid globs (userIdGlobs: their case is AWS's). Undefined otherwise.
 */
function userPrincipalArnForms(keyLower: string, owner: PolicyOwner | undefined): string[] | undefined {
    if (keyLower === USER_ID) return userIdGlobs(keyLower, owner);
    if (userPrincipalArnGlobs(keyLower, owner) === undefined || owner?.arnAsReturned !== true) return undefined;
    const [, partition, , , account] = owner.arn!.split(":");
    return [owner.arn!, `arn:${partition}:sts::${account}:federated-user/*`];
}

const ACCOUNT_ID = /^\d{12}$/;

/** aws:userid (lower case). */
const USER_ID = "aws:userid";

/**
 * The globs (case as AWS writes the ids) every aws:userid the holder's requests carry matches (IAM User Guide, "IAM policy elements:
 * Variables and tags", the principal table's aws:userid column, and GetCallerIdentity UserId): a role session's is
 * `role-id:caller-specified-role-name` (an EC2 instance's: `role-id:instance-id`), an IAM user's its unique id, a
 * federated-user session's `account:caller-specified-name`; a role's unique id starts `AROA`, a user's `AIDA` (IAM
 * User Guide, "IAM identifiers", unique ID prefixes). So a role's is `AROA*:*`, a user's (or a group member's)
 * `AIDA*` or `<account>:*`. Undefined for another key or an owner whose kind (or a user's account) is not known.
 */
function userIdGlobs(keyLower: string, owner: PolicyOwner | undefined): string[] | undefined {
    if (keyLower !== USER_ID) return undefined;
    if (owner?.kind === "role") return ["AROA*:*"];
    const account = owner?.account;
    if ((owner?.kind === "user" || owner?.kind === "group") && account !== undefined && ACCOUNT_ID.test(account))
        return ["AIDA*", `${account}:*`];
    return undefined;
}

/**
 * An Allow's Resource narrowed to the accounts an exact aws:ResourceAccount pin names (IAM User Guide, "AWS global
 * condition context keys", aws:ResourceAccount: the account that owns the resource in the request; a request
 * without the key fails the positive operator): `"*"` becomes any resource of those accounts, an ARN pattern keeps
 * only the accounts its account field admits. Undefined when nothing narrows it (no strict pin, NotResource, a value
 * that is no account id).
 */
function narrowedByResourceAccount(s: NormalizedStatement): string[] | undefined {
    const pin = s.resources === undefined ? undefined : strictPin(s, "aws:resourceaccount");
    if (pin === undefined || !pin.values.every(v => ACCOUNT_ID.test(v))) return undefined;
    // An ARN without an account field (S3's `arn:aws:s3:::bucket/key`, AWS General Reference "Amazon Resource Names")
    // does not say its owner: it stays as written (fail closed), and `"*"` keeps every such ARN.
    return s.resources!.flatMap(r => {
        if (r === "*") return [...pin.values.map(a => `arn:*:*:*:${a}:*`), "arn:*:*:*::*"];
        const parts = r.split(":");
        if (parts.length < 6 || parts[0] !== "arn" || parts.slice(1, 4).some(p => hasGlob(p) && p !== "*")) return [r];
        if (parts[4] === "") return [r];
        const accounts = pin.values.filter(a => resourceMatches(parts[4], a));
        const accountless = resourceMatches(parts[4], "")
            ? [[...parts.slice(0, 4), "", ...parts.slice(5)].join(":")]
            : [];
        return [...accounts.map(a => [...parts.slice(0, 4), a, ...parts.slice(5)].join(":")), ...accountless];
    });
}

/**
 * An identity statement as it works for its holder (`owner`): undefined for an Allow that never holds for it
 * (allowNeverHoldsFor); an Allow pinned by aws:ResourceAccount with its Resource narrowed to those accounts, or by
 * aws:RequestedRegion with its regional patterns of other Regions dropped (requestConditions.ts); a Deny
 * that surely holds without its conditions (subtracted like an unconditional one). Engine and rules read identity
 * documents through it (engine/build.ts readIdentity, model/effective.ts readDocument).
 */
export function asHeldBy(s: NormalizedStatement, owner: PolicyOwner | undefined): NormalizedStatement | undefined {
    if (s.effect === "Deny") return denySurelyHoldsFor(s, owner) ? { ...s, conditions: [] } : s;
    if (allowNeverHoldsFor(s, owner)) return undefined;
    const byAccount = narrowedByResourceAccount(s);
    const regionPin = strictPin(readByHolder(s, owner), "aws:requestedregion")?.values;
    const resources = narrowedByRequestedRegion(byAccount ?? s.resources, regionPin) ?? byAccount;
    if (resources === undefined) return s;
    return resources.length === 0 ? undefined : { ...s, resources };
}

/** The encryption context key DynamoDB sets to the table's name when it calls KMS for a table's items. */
const DYNAMODB_TABLE_CONTEXT = "kms:encryptioncontext:aws:dynamodb:tablename";
const DYNAMODB_ENDPOINT = /^dynamodb\.[a-z0-9-]+\.amazonaws\.com$/;

/**
 * The DynamoDB table names an Allow confines its KMS use to, or undefined when it does not: an exact positive pin of
 * kms:ViaService to DynamoDB (`dynamodb.<region>.amazonaws.com`) and one of the encryption context key
 * aws:dynamodb:tableName, both read strictly (strictPin: no IfExists, set qualifier, wildcard or variable). KMS
 * Developer Guide, "kms:ViaService" (the request must come from that service on the caller's behalf) and
 * "kms:EncryptionContext:context-key"; DynamoDB Developer Guide, "Encryption at rest: how DynamoDB uses AWS KMS":
 * every KMS request DynamoDB makes for a table carries encryption context aws:dynamodb:tableName = the table's name.
 * Such a grant lets the key protect that table's items only.
 */
function dynamoDbTablesOnly(s: NormalizedStatement): string[] | undefined {
    if (s.effect !== "Allow") return undefined;
    const via = strictPin(s, CALLER_KEYS.viaService);
    const tables = strictPin(s, DYNAMODB_TABLE_CONTEXT);
    if (via === undefined || tables === undefined) return undefined;
    if (!via.values.every(v => DYNAMODB_ENDPOINT.test(v.toLowerCase()))) return undefined;
    return tables.values;
}

/**
 * Whether a KMS Allow reaches no custody table's data: it is confined to DynamoDB for named tables
 * (dynamoDbTablesOnly) none of which any of `custodyTables` (ARN patterns of the custody tables and their parts) may
 * name, in any account, region or case (fail closed). Read by the engine's asset reach (engine/build.ts) and by
 * judge.ts reachesModelPattern, so both count such a grant alike.
 */
export function keyUseConfinedToOtherTables(s: NormalizedStatement, custodyTables: readonly string[]): boolean {
    const names = dynamoDbTablesOnly(s);
    if (names === undefined) return false;
    return !names.some(n => custodyTables.some(p => mayNameTable(p.toLowerCase(), n.toLowerCase())));
}

/**
 * Whether an ARN pattern may name table `name` or one of its parts (indexes, streams, exports), in any partition,
 * region or account. A pattern that is no ARN (`*`) may name anything (fail closed); another service's ARN names no
 * table.
 */
function mayNameTable(pattern: string, name: string): boolean {
    const parts = pattern.split(":");
    if (parts.length < 6 || parts[0] !== "arn") return true;
    if (!globsIntersect(parts[2], "dynamodb")) return false;
    const resource = parts.slice(5).join(":");
    return globsIntersect(resource, `table/${name}`) || globsIntersect(resource, `table/${name}/*`);
}
