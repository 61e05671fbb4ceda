/**
 * Round 84: which AWS global condition keys the requests of an identity policy's holder always carry, never carry,
 * and which are single-valued, one row per key with the "Availability" line of the IAM User Guide, "AWS global
 * condition context keys", that fixes it. A key not in the table, or a holder whose kind is not known, has no fixed
 * presence (fail closed). Read by model/conditions.ts (allowNeverHoldsFor, denySurelyHoldsFor, asHeldBy) and
 * model/document.ts (policy variables with no value).
 *
 * A role's identity policy is evaluated only for sessions of the role, and every role session signs with temporary
 * credentials ("Temporary credentials are used to authenticate IAM roles", aws:MultiFactorAuthPresent); a forward
 * access session a service makes for it passes "your identity, permissions, and session attributes" (IAM User Guide,
 * "Forward access sessions"). A user's or group's policy also applies to the user's federated-user sessions and to
 * requests with its long-term access keys, so only the keys every signed IAM request carries are fixed there.
 */

/** The kinds of an identity policy's holder (model/document.ts PolicyOwner reads them from here). */
export type HolderKind = "role" | "user" | "group";
interface Holder {
    kind?: HolderKind;
    /** A role's declared tags when fixed (PolicyOwner.principalTags). */
    principalTags?: Readonly<Record<string, string>>;
}
/** The fields of model/document.ts ConditionClause this table reads. */
interface Clause {
    operator: string;
    written?: string;
    keyLower: string;
    values: readonly string[];
}
const IAM: readonly HolderKind[] = ["role", "user", "group"];

interface KeyFacts {
    /** Holder kinds whose every request carries the key; "any" also covers a holder whose kind is unknown. */
    present: readonly HolderKind[] | "any";
    /** Holder kinds whose requests never carry it. */
    absent: readonly HolderKind[];
}

const KEY_FACTS: ReadonlyMap<string, KeyFacts> = new Map<string, KeyFacts>([
    // "This key is always included in the request context." (aws:CurrentTime, aws:EpochTime, aws:RequestedRegion)
    ["aws:currenttime", { present: "any", absent: [] }],
    ["aws:epochtime", { present: "any", absent: [] }],
    ["aws:requestedregion", { present: "any", absent: [] }],
    // "This key is included in the request context for all requests, including anonymous requests."
    ["aws:principalaccount", { present: "any", absent: [] }],
    ["aws:principaltype", { present: "any", absent: [] }],
    ["aws:userid", { present: "any", absent: [] }],
    // "This key is included in the request context for all signed requests."
    ["aws:principalarn", { present: IAM, absent: [] }],
    // "This key is present in the request context for all signed API requests that use AWS credentials."
    ["aws:principalisawsservice", { present: IAM, absent: [] }],
    // "This key is present in the request when the call is made by an AWS service principal. This key is not present
    // in any other situation", among them a service using an IAM principal's credentials or a service role, and "If
    // the call is made directly by an IAM principal".
    ["aws:principalservicename", { present: [], absent: IAM }],
    ["aws:principalservicenameslist", { present: [], absent: IAM }],
    // "This key is included in the request context only when the principal uses temporary credentials to make the
    // request": a role session always does; a user's access keys do not.
    ["aws:tokenissuetime", { present: ["role"], absent: [] }],
    // "Anonymous requests and requests that are made using the AWS account root user or IAM roles do not include this
    // key." (aws:username; "Principal key values": "(not present)" for every assumed role)
    ["aws:username", { present: [], absent: ["role"] }],
]);

/**
 * Keys documented "Value type – Single-valued": every request carries at most one value, so a set operator compares
 * a set of one (IAM User Guide, "Single-valued vs. multivalued context keys": "The ForAnyValue qualifier tests
 * whether at least one member of the set of request context key values matches at least one member of the set of
 * context key values in your policy condition").
 */
const SINGLE_VALUED = new Set([...KEY_FACTS.keys()].filter(k => k !== "aws:principalservicenameslist"));
/** aws:PrincipalTag/<key>: "Value type – Single-valued" ("AWS global condition context keys"). */
const singleValued = (keyLower: string) => SINGLE_VALUED.has(keyLower) || keyLower.startsWith(PRINCIPAL_TAG);

/** Whether every request of the holder carries `keyLower` ("present"), none does ("absent"), or it may vary. */
export function keyPresenceFor(keyLower: string, owner: Holder | undefined): "present" | "absent" | undefined {
    if (principalTagValue(keyLower, owner) !== undefined) return "present";
    const facts = KEY_FACTS.get(keyLower);
    if (facts === undefined || owner === undefined) return undefined;
    if (facts.present === "any") return "present";
    if (owner.kind === undefined) return undefined;
    if (facts.present.includes(owner.kind)) return "present";
    return facts.absent.includes(owner.kind) ? "absent" : undefined;
}

const PRINCIPAL_TAG = "aws:principaltag/";

/**
 * The value of `aws:PrincipalTag/<key>` in every request of the holder: a role's declared tag when its tags are fixed
 * (PolicyOwner.principalTags, model/fixedTags.ts), matched by key in any case (condition key names are not case
 * sensitive: IAM User Guide, "IAM JSON policy elements: Condition", and IAM tag keys are unique ignoring case:
 * "Tagging IAM resources"). Undefined for a key the role does not declare: a provider's default tag may carry it.
 */
export function principalTagValue(keyLower: string, owner: Holder | undefined): string | undefined {
    if (!keyLower.startsWith(PRINCIPAL_TAG) || owner?.principalTags === undefined) return undefined;
    const tagKey = keyLower.slice(PRINCIPAL_TAG.length);
    const hit = Object.keys(owner.principalTags).find(k => k.toLowerCase() === tagKey);
    return hit === undefined ? undefined : owner.principalTags[hit];
}

const SET_QUALIFIER = /^(forallvalues|foranyvalue):/i;
/** A negated operator: true on a missing key (IAM User Guide, "Condition operators"). */
const NEGATED = /^(stringnot|numericnot|datenot|arnnot|notipaddress)/i;

/**
 * A clause as it reads for the holder: `...IfExists` dropped on a key every request carries ("If the condition key
 * is present in the context of the request, process the key as specified in the policy": IAM User Guide, "Condition
 * operators", ...IfExists), and a `ForAnyValue:` positive operator on a single-valued key read as the plain operator
 * (a set of one matches when its one value does; on a missing key both are false), as is `ForAllValues:` on a
 * single-valued key every request carries. A negated operator under a set qualifier is left as written (unread).
 */
export function readForHolder<C extends Clause>(c: C, owner: Holder | undefined): C {
    let operator = c.operator;
    const present = keyPresenceFor(c.keyLower, owner) === "present";
    const qualifier = SET_QUALIFIER.exec(operator)?.[1].toLowerCase();
    if (qualifier !== undefined) {
        const base = operator.slice(qualifier.length + 1);
        if (!singleValued(c.keyLower) || NEGATED.test(base) || /^null$/i.test(base)) return c;
        if (qualifier === "forallvalues" && !present) return c;
        operator = base;
    }
    if (present && /ifexists$/i.test(operator)) operator = operator.slice(0, -"ifexists".length);
    return operator === c.operator ? c : { ...c, operator, written: c.written ?? c.operator };
}

/**
 * A clause's truth for every request of the holder when the presence of its key decides it, else undefined: `Null`
 * ("true" holds when the key is absent, "false" when present: IAM User Guide, "Condition operators", Condition
 * operator to check existence of condition keys) on a key of fixed presence; on a key the holder never carries,
 * `...IfExists` and negated operators are true and every other is false ("If the key that you specify in a policy
 * condition is not present in the request context, the values do not match and the condition is false. If the
 * policy condition requires that the key is not matched ... the condition is true. This logic applies to all
 * condition operators except ...IfExists and Null check"). A set qualifier or an unreadable Null value: undefined.
 */
export function truthByPresence(c: Clause, owner: Holder | undefined): boolean | undefined {
    const presence = keyPresenceFor(c.keyLower, owner);
    if (presence === undefined || SET_QUALIFIER.test(c.operator) || c.values.length === 0) return undefined;
    if (/^null$/i.test(c.operator)) {
        const values = c.values.map(v => v.toLowerCase());
        if (!values.every(v => v === "true" || v === "false")) return undefined;
        return values.includes(presence === "absent" ? "true" : "false");
    }
    if (presence === "present") return undefined;
    return /ifexists$/i.test(c.operator) || NEGATED.test(c.operator);
}
