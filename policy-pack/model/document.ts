/**
 * One normalised shape for every IAM policy document the stack can produce (identity policies, trust
 * policies, KMS key policies), whether the program passed it as a JSON string or as an object. Single values
 * become arrays; Principal forms ("*", {AWS: "*"}, {AWS: [...]}, Service, Federated) become one PrincipalSet;
 * Condition blocks become a flat list of (operator, key, values).
 *
 * Reading an object-valued document goes through the policy SDK's unknown-checking proxy, so an unknown
 * value inside it throws the SDK's UnknownValueError: that error is deliberately not caught here.
 */
import { normalizeAwsPrincipal } from "./arn";
import { resourceMatches } from "./glob";
import { type HolderKind, keyPresenceFor, principalTagValue } from "./keyPresence";

export type Effect = "Allow" | "Deny";

export interface ConditionClause {
    /**
     * As written, e.g. `StringEquals`, `ForAnyValue:StringLike`, `ArnLikeIfExists`, except where the spelling and the
     * match differ: a *Like without wildcard reads as the *Equals, an ARN *Equals with a wildcard as the *Like
     * (`operatorByMatch`). Compare this one; show `written` (see `writtenOperator`).
     */
    operator: string;
    /** The operator as written, only when `operator` reads it otherwise. */
    written?: string;
    /** As written; IAM compares condition keys case-insensitively, so use `keyLower` to compare. */
    key: string;
    keyLower: string;
    values: string[];
}

export interface PrincipalSet {
    /** `"Principal": "*"` or `{"AWS": "*"}`: anyone, in any account. */
    wildcard: boolean;
    /**
     * `"Principal": "*"` itself. `{"AWS": "*"}` names the principals of AWS accounts (root, users, role sessions);
     * whether it also covers a service principal is not documented the same way ("some services behave
     * differently", AWS CDK AnyPrincipal), so only the bare `"*"` surely does.
     */
    anyone?: boolean;
    /** AWS principals; a bare 12-digit account id is rewritten to its `:root` ARN (arn.ts normalizeAwsPrincipal). */
    aws: string[];
    service: string[];
    federated: string[];
    canonicalUser: string[];
}

export interface NormalizedStatement {
    /** Position in the document (0-based), for messages when there is no Sid. */
    index: number;
    sid?: string;
    effect: Effect;
    actions?: string[];
    notActions?: string[];
    resources?: string[];
    notResources?: string[];
    principal?: PrincipalSet;
    notPrincipal?: PrincipalSet;
    conditions: ConditionClause[];
}

export interface NormalizedDocument {
    statements: NormalizedStatement[];
}

/** A document that cannot be what AWS would accept (bad JSON, missing Effect, Action and NotAction, ...). */
export class PolicyDocumentError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "PolicyDocumentError";
    }
}

export function statementLabel(s: NormalizedStatement): string {
    return s.sid ? `statement "${s.sid}"` : `statement #${s.index + 1}`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A string or a list of strings; numbers and booleans (condition values) are stringified as IAM does. */
function stringList(v: unknown, what: string): string[] {
    const items = Array.isArray(v) ? [...v] : [v];
    return items.map(item => {
        if (typeof item === "string") return item;
        if (typeof item === "number" || typeof item === "boolean") return String(item);
        throw new PolicyDocumentError(`${what} must be a string or a list of strings`);
    });
}

const ACCOUNT_ID = /^\d{12}$/;

function principalSet(v: unknown, what: string): PrincipalSet {
    const set: PrincipalSet = { wildcard: false, aws: [], service: [], federated: [], canonicalUser: [] };
    if (v === "*") {
        set.wildcard = true;
        set.anyone = true;
        set.aws.push("*");
        return set;
    }
    if (!isRecord(v)) throw new PolicyDocumentError(`${what} must be "*" or an object`);
    for (const kind of Object.keys(v)) {
        const values = stringList(v[kind], `${what}.${kind}`);
        switch (kind) {
            case "AWS":
                for (const p of values) {
                    if (p === "*") set.wildcard = true;
                    set.aws.push(normalizeAwsPrincipal(p));
                }
                break;
            case "Service":
                set.service.push(...values);
                break;
            case "Federated":
                set.federated.push(...values);
                break;
            case "CanonicalUser":
                set.canonicalUser.push(...values);
                break;
            default:
                throw new PolicyDocumentError(`${what} has an unknown principal type "${kind}"`);
        }
    }
    return set;
}

/**
 * A clause's operator read by what it matches, not by how it is spelled (IAM User Guide, "IAM JSON policy elements:
 * Condition operators"):
 * - `StringLike`/`ArnLike` whose values hold no wildcard match exactly what `StringEquals`/`ArnEquals` match (both
 *   case-sensitive), so they are read as the exact operator;
 * - `ArnEquals`/`ArnNotEquals` whose values hold a wildcard are read as `ArnLike`/`ArnNotLike`. The ARN operators
 *   take wildcards whatever their name: "`ArnEquals`, `ArnLike`: Case-sensitive matching of the ARN. Each of the six
 *   colon-delimited components of the ARN is checked separately and each can include multi-character match
 *   wildcards (*) or single-character match wildcards (?). The ArnEquals and ArnLike condition operators behave
 *   identically", and likewise "The ArnNotEquals and ArnNotLike condition operators behave identically" (section
 *   "Amazon Resource Name (ARN) condition operators"; @cloud-copilot/iam-simulate: ArnNotEquals.matches =
 *   ArnNotLike.matches). Every reader of a clause (pins, guard Denies, requirements, trust Denies) then judges
 *   `ArnEquals role/x-*` as the pattern it is. (`StringEquals` takes no wildcard: its `*` is a literal character.)
 * The set prefix (`ForAnyValue:`, `ForAllValues:`) and the `IfExists` suffix are kept.
 */
function operatorByMatch(operator: string, values: readonly string[]): string {
    const wildcard = values.some(v => v.includes("*") || v.includes("?"));
    if (wildcard)
        return operator.replace(
            /^((?:ForAnyValue:|ForAllValues:)?)Arn(Not)?Equals((?:IfExists)?)$/i,
            (_m, set, not, ifExists) => `${set}Arn${not ?? ""}Like${ifExists}`,
        );
    return operator.replace(
        /^((?:ForAnyValue:|ForAllValues:)?)(String|Arn)Like((?:IfExists)?)$/i,
        (_m, set, kind, ifExists) => `${set}${kind.toLowerCase() === "arn" ? "ArnEquals" : "StringEquals"}${ifExists}`,
    );
}

/** A clause's operator as the policy's author wrote it, for messages. */
export function writtenOperator(c: ConditionClause): string {
    return c.written ?? c.operator;
}

/**
 * A condition value with the policy variables its owner fixes substituted (ownerValue): "You can use policy variables
 * in the Resource element and in string comparisons in the Condition element" (IAM User Guide, "IAM policy elements:
 * Variables and tags"), only in a `2012-10-17` document. Any other variable is kept as written (its readers treat a
 * value holding `${` as unknown), as is a value holding a wildcard (read literally or not: not said).
 */
function withFixedVariables(value: string, owner: PolicyOwner | undefined, variablesSupported: boolean): string {
    if (!value.includes("${") || !variablesSupported) return value;
    return value.replace(POLICY_VARIABLE, (written: string, inner: string) => {
        const fixed = ownerValue(inner.split(",")[0].trim(), owner);
        return fixed === undefined || /[*?]/.test(fixed) ? written : fixed;
    });
}

function conditions(v: unknown, what: string, owner?: PolicyOwner, variablesSupported = false): ConditionClause[] {
    if (v === undefined) return [];
    if (!isRecord(v)) throw new PolicyDocumentError(`${what} must be an object`);
    const clauses: ConditionClause[] = [];
    for (const operator of Object.keys(v)) {
        const block = v[operator];
        if (!isRecord(block)) throw new PolicyDocumentError(`${what}.${operator} must be an object`);
        for (const key of Object.keys(block)) {
            const values = stringList(block[key], `${what}.${operator}.${key}`).map(value =>
                withFixedVariables(value, owner, variablesSupported),
            );
            const read = operatorByMatch(operator, values);
            clauses.push({
                operator: read,
                ...(read !== operator ? { written: operator } : {}),
                key,
                keyLower: key.toLowerCase(),
                values,
            });
        }
    }
    return clauses;
}

/**
 * Whose identity policy a document is: the request-context values that fixes (IAM User Guide, "IAM policy elements:
 * Variables and tags", and "AWS global condition context keys"). A role's own policy is only ever evaluated for a
 * session of that role, so `aws:PrincipalAccount` is the role's account, `aws:PrincipalArn` the role's ARN (not the
 * session's) and `aws:PrincipalType` `AssumedRole`. A user's or group's policy also applies to federated-user sessions
 * of the user (GetFederationToken), whose ARN, type and name differ: only the account is fixed there. `aws:userid`
 * (`role-id:session-name`), `aws:PrincipalTag/*` (session tags the caller passes; a role's fixed tags excepted) and every other key stay the
 * caller's. A resource policy (key, table, topic) has no owner: there every variable is the caller's value.
 */
export interface PolicyOwner {
    /** Undefined when only the account is known (an identity policy's own provider account). */
    kind?: HolderKind;
    /** The principal's 12-digit account, when known. */
    account?: string;
    /**
     * A role's ARN as AWS returns it (with its path), when known; a user's ARN (its path may be missing: only
     * model/conditions.ts userPrincipalArnGlobs reads it, by account and name).
     */
    arn?: string;
    /**
     * Round 86: a user's `arn` is its User resource's `arn` output, as AWS returns it (partition and path): read by
     * model/conditions.ts userPrincipalArnForms.
     */
    arnAsReturned?: boolean;
    /**
     * A role's aws:PrincipalTag values, when no session tag and no identity of the program may change them
     * (model/fixedTags.ts, round 84): read by model/keyPresence.ts and model/conditions.ts, and (round 86) as the
     * value of ${aws:PrincipalTag/<key>} (ownerValue).
     */
    principalTags?: Readonly<Record<string, string>>;
}

const POLICY_VARIABLE = /\$\{([^}]*)\}/g;

/** The value a policy variable surely has for every request this owner's policy is evaluated for. */
export function ownerValue(key: string, owner: PolicyOwner | undefined): string | undefined {
    if (!owner) return undefined;
    switch (key.toLowerCase()) {
        case "aws:principalaccount":
            return owner.account !== undefined && ACCOUNT_ID.test(owner.account) ? owner.account : undefined;
        case "aws:principalarn":
            return owner.kind === "role" ? owner.arn : undefined;
        case "aws:principaltype":
            return owner.kind === "role" ? "AssumedRole" : undefined;
        default:
            // Round 86: a role's fixed tag (model/fixedTags.ts) is the value of ${aws:PrincipalTag/<key>} in every
            // session ("IAM policy elements: Variables and tags": aws:PrincipalTag/key-name, "the tag attached to the
            // principal"); an undeclared key stays the caller's (principalTagValue).
            return principalTagValue(key.toLowerCase(), owner);
    }
}

/**
 * A Resource/NotResource pattern with its policy variables resolved for one direction:
 * AWS resolves a variable only in the resource part of an ARN (after the fifth colon) and only in a `2012-10-17`
 * document (IAM User Guide, "IAM policy elements: Variables and tags", "Where you can use policy variables"; earlier
 * versions read `${...}` literally). Before the fifth colon it is literal text, which no real ARN contains (the
 * signer written `arn:aws:dynamodb:<region>:${aws:PrincipalAccount}:table/...` lacks its tables, as
 * @cloud-copilot/iam-simulate also evaluates it): an Allow's Resource written so is refused as invalid, with the fix,
 * rather than judged on a reading that the IAM guide and the pack could disagree on. In the resource part:
 * - `wide` (an Allow's Resource, a Deny's NotResource: what the statement may reach): a variable matches whatever
 *   its value could be. A value fixed by the owner is substituted; any other variable is `*` (a tag value may hold
 *   `:` and `/`: IAM API Reference, "Tag", value pattern `[\p{L}\p{Z}\p{N}_.:/=+\-@]*`). `${*}` and `${?}` stand
 *   for one literal character (`?`), `${$}` for `$`.
 * - `narrow` (a Deny's Resource, an Allow's NotResource: what it surely covers): only a value fixed by the owner is
 *   substituted; any other variable is kept as written, so it surely covers nothing.
 */
function resolveVariables(
    what: string,
    pattern: string,
    owner: PolicyOwner | undefined,
    direction: "wide" | "narrow",
    variablesSupported: boolean,
    refuseUnresolved = false,
): string {
    if (!pattern.includes("${") || !variablesSupported) return pattern;
    return pattern.replace(POLICY_VARIABLE, (written: string, inner: string, offset: number) => {
        const colons =
            pattern
                .slice(0, offset)
                .replace(/\$\{[^}]*\}/g, "")
                .split(":").length - 1;
        if (colons < 5) {
            // Only an Allow's Resource is refused (it grants nothing); elsewhere the literal reading is exact.
            if (!refuseUnresolved) return written;
            throw new PolicyDocumentError(
                `${what} "${pattern}" has the policy variable ${written} before the fifth colon, where AWS never ` +
                    `resolves it (IAM User Guide, "IAM policy elements: Variables and tags"): the pattern matches no ` +
                    `resource. Write the partition, service, region and account literally.`,
            );
        }
        const key = inner.split(",")[0].trim();
        if (key === "$") return "$";
        if (key === "*" || key === "?") return direction === "wide" ? "?" : written;
        const value = ownerValue(key, owner);
        // A fixed value is exact; one holding a wildcard (no tag value does: IAM API Reference, "Tag") covers
        // nothing surely.
        if (value !== undefined && (direction === "wide" || !/[*?]/.test(value))) return value;
        // Round 84: a key the owner's requests never carry (model/keyPresence.ts: aws:username for a role) takes its
        // default value if one is written ("Specifying default values"), else "the resource that includes a policy
        // variable with no value will not match any resource" ("Policy variables with no value"): kept as written,
        // literal text no real ARN holds, in either direction.
        if (keyPresenceFor(key.toLowerCase(), owner) === "absent") {
            const fallback = defaultValue(inner);
            return fallback !== undefined && (direction === "wide" || !/[*?]/.test(fallback)) ? fallback : written;
        }
        return direction === "wide" ? "*" : written;
    });
}

/**
 * The default value a policy variable names after its key, `${aws:PrincipalTag/team, 'company-wide'}` (IAM User
 * Guide, "IAM policy elements: Variables and tags", "Specifying default values": the default in single quotes after a
 * comma and space), or undefined when none is written in that form.
 */
function defaultValue(inner: string): string | undefined {
    const comma = inner.indexOf(",");
    if (comma < 0) return undefined;
    return /^'([^']*)'$/.exec(inner.slice(comma + 1).trim())?.[1];
}

/**
 * A key policy's Resource or NotResource value read against the key the policy is attached to. AWS KMS developer
 * guide, "Elements in a key policy": "In a key policy, the value of the Resource element is "*", which means "this
 * KMS key." The asterisk ("*") identifies the KMS key to which the key policy is attached." KMS evaluates a key
 * policy's Resource as IAM evaluates any Resource, against the key's ARN: a value that does not match it leaves the
 * statement applying to no key (a root delegation written on `arn:aws:dynamodb:*` fails KMS's policy lockout safety
 * check, ministryofjustice/modernisation-platform#1046), so one that matches it (the key's own ARN, as a separate
 * KeyPolicy can write it, or a pattern covering it) names exactly what "*" names, and is read as "*". This key only:
 * any other value is kept as written (the engine reads it as the pattern it is).
 */
function keyPolicyResource(value: string, keyArn: string | undefined): string {
    return keyArn !== undefined && value !== "*" && resourceMatches(value, keyArn) ? "*" : value;
}

function statement(
    raw: unknown,
    index: number,
    owner: PolicyOwner | undefined,
    variablesSupported: boolean,
    keyArn: string | undefined,
): NormalizedStatement {
    const what = `Statement[${index}]`;
    if (!isRecord(raw)) throw new PolicyDocumentError(`${what} must be an object`);
    const effect = raw.Effect;
    if (effect !== "Allow" && effect !== "Deny")
        throw new PolicyDocumentError(`${what}.Effect must be "Allow" or "Deny"`);
    const s: NormalizedStatement = {
        index,
        effect,
        conditions: conditions(raw.Condition, `${what}.Condition`, owner, variablesSupported),
    };
    if (typeof raw.Sid === "string" && raw.Sid !== "") s.sid = raw.Sid;
    if (raw.Action !== undefined) s.actions = stringList(raw.Action, `${what}.Action`);
    if (raw.NotAction !== undefined) s.notActions = stringList(raw.NotAction, `${what}.NotAction`);
    // A policy variable stands for a request-context value (IAM User Guide, "IAM policy elements: Variables and
    // tags"): read wide where the statement grants (an Allow's Resource, a Deny's NotResource) and narrow where it
    // takes away, so neither an Allow nor a Deny is ever credited with less reach, resp. more cover, than it has.
    const wideResource = effect === "Allow" ? "wide" : "narrow";
    const wideNotResource = effect === "Allow" ? "narrow" : "wide";
    if (raw.Resource !== undefined)
        s.resources = stringList(raw.Resource, `${what}.Resource`).map(r =>
            keyPolicyResource(
                resolveVariables(`${what}.Resource`, r, owner, wideResource, variablesSupported, effect === "Allow"),
                keyArn,
            ),
        );
    if (raw.NotResource !== undefined)
        s.notResources = stringList(raw.NotResource, `${what}.NotResource`).map(r =>
            keyPolicyResource(
                resolveVariables(`${what}.NotResource`, r, owner, wideNotResource, variablesSupported),
                keyArn,
            ),
        );
    if (raw.Principal !== undefined) s.principal = principalSet(raw.Principal, `${what}.Principal`);
    if (raw.NotPrincipal !== undefined) s.notPrincipal = principalSet(raw.NotPrincipal, `${what}.NotPrincipal`);
    if ((s.actions === undefined) === (s.notActions === undefined)) {
        throw new PolicyDocumentError(`${what} must have exactly one of Action and NotAction`);
    }
    if (s.resources !== undefined && s.notResources !== undefined) {
        throw new PolicyDocumentError(`${what} cannot have both Resource and NotResource`);
    }
    return s;
}

/**
 * Normalises a policy document given as a JSON string or an object. Throws PolicyDocumentError when the
 * document is malformed, and lets the SDK's UnknownValueError through when part of it is unknown. `owner`: the
 * role, user or group whose identity policy this is (never for a resource or trust policy), to resolve the policy
 * variables it fixes. `keyArn`: for a key policy, the ARN of its key when known, so that a Resource naming that key
 * reads as the `"*"` it is equivalent to (keyPolicyResource).
 */
export function parsePolicyDocument(raw: unknown, owner?: PolicyOwner, keyArn?: string): NormalizedDocument {
    let doc: unknown = raw;
    if (typeof raw === "string") {
        try {
            doc = JSON.parse(raw);
        } catch (e) {
            // Only JSON.parse runs in this try block: it reads no proxied value, so no unknown can be hidden here.
            throw new PolicyDocumentError(`not valid JSON (${(e as Error).message})`);
        }
    }
    if (!isRecord(doc)) throw new PolicyDocumentError("a policy document must be a JSON object");
    const raw_statements = doc.Statement;
    if (raw_statements === undefined) throw new PolicyDocumentError("the document has no Statement");
    const list = Array.isArray(raw_statements) ? [...raw_statements] : [raw_statements];
    // Policy variables exist only in version 2012-10-17; earlier documents read `${...}` literally.
    const variablesSupported = doc.Version === "2012-10-17";
    return { statements: list.map((s, i) => statement(s, i, owner, variablesSupported, keyArn)) };
}

export type ParseResult = { ok: true; doc: NormalizedDocument } | { ok: false; error: string };

/** Like parsePolicyDocument, but returns a malformed document as a value (unknown values still throw). */
export function tryParsePolicyDocument(raw: unknown, owner?: PolicyOwner, keyArn?: string): ParseResult {
    try {
        return { ok: true, doc: parsePolicyDocument(raw, owner, keyArn) };
    } catch (e) {
        if (e instanceof PolicyDocumentError) return { ok: false, error: e.message };
        throw e;
    }
}
