/**
 * Condition keys whose value every request carries and the pack can read without the caller: the request's time
 * (aws:CurrentTime, aws:EpochTime), whether the caller is a service principal (aws:PrincipalIsAWSService), and the
 * Region a request is sent to (aws:RequestedRegion). Read by model/conditions.ts allowNeverHoldsFor,
 * denySurelyHoldsFor and asHeldBy.
 */
import { type ConditionClause, type PolicyOwner } from "./document";
import { arnPrefixLower, arnSegments, globsIntersect, hasWildcard, resourceMatches } from "./glob";

/**
 * The request-time keys: "aws:CurrentTime: the date and time of the request" and "aws:EpochTime: the date and time of
 * the request in epoch or Unix time", both in every request context (IAM User Guide, "AWS global condition context
 * keys"). A Date operator's value is an ISO 8601 date or epoch seconds ("IAM JSON policy elements: Condition
 * operators", Date condition operators); aws:EpochTime also takes the Numeric operators, in seconds.
 */
const TIME_KEYS = new Set(["aws:currenttime", "aws:epochtime"]);
const UPPER_BOUNDS = new Set(["datelessthan", "datelessthanequals", "numericlessthan", "numericlessthanequals"]);
const LOWER_BOUNDS = new Set([
    "dategreaterthan",
    "dategreaterthanequals",
    "numericgreaterthan",
    "numericgreaterthanequals",
]);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const EPOCH_SECONDS = /^\d{1,12}$/;
/** A day's margin: a date written without a zone is read in local time here; past means past in every zone. */
const MARGIN_MS = 24 * 60 * 60 * 1000;

/**
 * A time clause's bound values in milliseconds since the epoch, with its operator (lower case), or undefined when it
 * is no plain bound on a request-time key (IfExists, a set qualifier, a policy variable, a Numeric operator on
 * aws:CurrentTime, a value that is no readable date): unread, so fail closed.
 */
function timeBounds(c: ConditionClause): { op: string; times: number[] } | undefined {
    const op = c.operator.toLowerCase();
    if (!TIME_KEYS.has(c.keyLower) || c.values.length === 0) return undefined;
    if (!UPPER_BOUNDS.has(op) && !LOWER_BOUNDS.has(op)) return undefined;
    const numeric = op.startsWith("numeric");
    if (numeric && c.keyLower !== "aws:epochtime") return undefined;
    const times = c.values.map(v => {
        if (EPOCH_SECONDS.test(v)) return Number(v) * 1000;
        return !numeric && ISO_DATE.test(v) ? Date.parse(v) : NaN;
    });
    return times.some(t => Number.isNaN(t)) ? undefined : { op, times };
}

/**
 * Whether a clause holds for no request from now on: an upper bound on the request's time whose every value is past
 * (a clause with several values holds when any does: IAM User Guide, "Create a condition with multiple context keys
 * or values"). `DateLessThan aws:CurrentTime 2020-01-01T00:00:00Z` ("AWS: Allows access based on date and time")
 * expired then: an Allow under it grants nothing.
 */
export function timeClauseNeverHoldsAgain(c: ConditionClause, now = Date.now()): boolean {
    const b = timeBounds(c);
    return b !== undefined && UPPER_BOUNDS.has(b.op) && b.times.every(t => t + MARGIN_MS < now);
}

/** Whether a clause holds for every request from now on: a lower bound on the request's time one of whose values is past. */
export function timeClauseAlwaysHolds(c: ConditionClause, now = Date.now()): boolean {
    const b = timeBounds(c);
    return b !== undefined && LOWER_BOUNDS.has(b.op) && b.times.some(t => t + MARGIN_MS < now);
}

/**
 * The aws:PrincipalIsAWSService value of every request an identity policy's holder makes: "false" for an IAM role,
 * user or group (its users). IAM User Guide, "AWS global condition context keys", aws:PrincipalIsAWSService: present
 * in every signed request, true only when the call is made by an AWS service principal; an identity policy is
 * evaluated for its IAM principal's own requests (and forward access sessions, which carry that principal), never a
 * service principal's. Undefined for an unknown holder.
 */
function principalIsServiceOf(owner: PolicyOwner | undefined): string | undefined {
    return owner?.kind === undefined ? undefined : "false";
}

/** A `Bool aws:PrincipalIsAWSService` clause's values when read plainly (no IfExists, set qualifier or variable). */
function serviceFlagValues(c: ConditionClause): string[] | undefined {
    if (c.keyLower !== "aws:principalisawsservice" || c.operator.toLowerCase() !== "bool") return undefined;
    if (c.values.length === 0 || c.values.some(v => v.includes("${"))) return undefined;
    return c.values.map(v => v.toLowerCase());
}

/** Whether a clause is false for every request of the holder: `Bool aws:PrincipalIsAWSService true` on a role's policy. */
export function callerKindClauseNeverHolds(c: ConditionClause, owner: PolicyOwner | undefined): boolean {
    const values = serviceFlagValues(c);
    const held = principalIsServiceOf(owner);
    return values !== undefined && held !== undefined && !values.includes(held);
}

/** Whether a clause is true for every request of the holder: `Bool aws:PrincipalIsAWSService false` on a role's policy. */
export function callerKindClauseAlwaysHolds(c: ConditionClause, owner: PolicyOwner | undefined): boolean {
    const values = serviceFlagValues(c);
    const held = principalIsServiceOf(owner);
    return values !== undefined && held !== undefined && values.includes(held);
}

/**
 * Services whose resources are used only through the endpoint of the resource's own Region, so aws:RequestedRegion
 * ("the AWS Region that was called in the request": IAM User Guide, "AWS global condition context keys") of a request
 * on one is the Region in its ARN. KMS: "AWS KMS keys are created in a single AWS Region" and are used in it (a
 * multi-Region replica is another key with its own Region's ARN: KMS Developer Guide, "Multi-Region keys");
 * DynamoDB: tables are regional resources (a global table's replica has its own Region's ARN).
 */
const REGION_BOUND_SERVICES = new Set(["kms", "dynamodb"]);

/**
 * Round 84: the ARN patterns an action of `service` (lower case) may reach under a positive aws:RequestedRegion pin
 * (`pinned`, as narrowedByRequestedRegion's): its resources in the pinned Regions for a region-bound service
 * (REGION_BOUND_SERVICES); undefined, any resource, for every other service or a pin holding a variable (fail closed).
 */
export function regionBoundReach(service: string, pinned: readonly string[] | undefined): string[] | undefined {
    if (pinned === undefined || pinned.some(v => v.includes("${")) || !REGION_BOUND_SERVICES.has(service))
        return undefined;
    return pinned.map(region => `arn:*:${service}:${region.toLowerCase()}:*`);
}

/**
 * An Allow's Resource narrowed by a positive aws:RequestedRegion pin (`pinned`, the values every request passing the
 * statement carries, lower case): a pattern naming only a region-bound service's resources (literal partition and
 * service) that can match no ARN in any pinned Region reaches nothing and is dropped; round 84: one whose Region
 * segment is a wildcard (`arn:aws:kms:*:<account>:key/*`) reaches only the pinned Regions' resources, so it becomes
 * one pattern per pinned Region its segment matches. Every other pattern is kept as written (`"*"`, another service,
 * a global one, fewer than six segments: fail closed). Undefined when nothing changes.
 */
export function narrowedByRequestedRegion(
    resources: readonly string[] | undefined,
    pinned: readonly string[] | undefined,
): string[] | undefined {
    if (resources === undefined || pinned === undefined || pinned.some(v => v.includes("${") || hasWildcard(v)))
        return undefined;
    let changed = false;
    const narrowed = resources.flatMap(r => {
        const lower = arnPrefixLower(r);
        const prefix = /^arn:([a-z0-9-]+):([a-z0-9-]+):/.exec(lower);
        if (prefix === null || !REGION_BOUND_SERVICES.has(prefix[2])) return [r];
        const regions = pinned.filter(region =>
            globsIntersect(lower, `arn:${prefix[1]}:${prefix[2]}:${region.toLowerCase()}:*`),
        );
        const segments = arnSegments(r);
        if (regions.length > 0 && (segments === undefined || !hasWildcard(segments[3]))) return [r];
        changed = true;
        if (segments === undefined) return [];
        return regions
            .filter(region => resourceMatches(segments[3].toLowerCase(), region.toLowerCase()))
            .map(region => [...segments.slice(0, 3), region.toLowerCase(), ...segments.slice(4)].join(":"));
    });
    return changed ? narrowed : undefined;
}
