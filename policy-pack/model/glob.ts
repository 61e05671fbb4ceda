/** IAM wildcard matching: `*` (any run of characters) and `?` (one character), as in Action and Resource. */

const cache = new Map<string, RegExp>();

function compile(pattern: string, caseInsensitive: boolean): RegExp {
    const cacheKey = `${caseInsensitive ? "i" : "s"}:${pattern}`;
    let re = cache.get(cacheKey);
    if (!re) {
        const body = pattern
            .split("")
            .map(ch => (ch === "*" ? ".*" : ch === "?" ? "." : ch.replace(/[.+^${}()|[\]\\/-]/g, "\\$&")))
            .join("");
        re = new RegExp(`^${body}$`, caseInsensitive ? "is" : "s");
        cache.set(cacheKey, re);
    }
    return re;
}

export function hasWildcard(pattern: string): boolean {
    return pattern.includes("*") || pattern.includes("?");
}

/** Action names: IAM compares them case-insensitively. */
export function actionMatches(pattern: string, action: string): boolean {
    return compile(pattern, true).test(action);
}

/** ARNs: IAM compares resource ARNs case-sensitively. */
export function resourceMatches(pattern: string, arn: string): boolean {
    return compile(pattern, false).test(arn);
}

/** A memo table for two-pattern dynamic programs over (i, j). */
export function memo2(n: number, m: number): Int8Array {
    return new Int8Array((n + 1) * (m + 1)).fill(-1);
}

/** Whether some string matches both IAM globs (`*` any run, `?` one character), compared case-sensitively. */
export function globsIntersect(a: string, b: string): boolean {
    if (a === b || a === "*" || b === "*") return true;
    const aGlob = hasWildcard(a);
    const bGlob = hasWildcard(b);
    if (!aGlob && !bGlob) return false;
    if (!aGlob) return resourceMatches(b, a);
    if (!bGlob) return resourceMatches(a, b);
    const n = a.length;
    const m = b.length;
    const seen = memo2(n, m);
    const go = (i: number, j: number): boolean => {
        const k = i * (m + 1) + j;
        if (seen[k] !== -1) return seen[k] === 1;
        let r: boolean;
        if (i === n && j === m) r = true;
        else if (i < n && a[i] === "*") r = go(i + 1, j) || (j < m && go(i, j + 1));
        else if (j < m && b[j] === "*") r = go(i, j + 1) || (i < n && go(i + 1, j));
        else if (i < n && j < m) r = (a[i] === "?" || b[j] === "?" || a[i] === b[j]) && go(i + 1, j + 1);
        else r = false;
        seen[k] = r ? 1 : 0;
        return r;
    };
    return go(0, 0);
}

/**
 * An ARN pattern with its `arn`, partition, service, region and account segments in lower case. IAM matches those
 * segments case-insensitively and the resource segment case-sensitively (as @cloud-copilot/iam-simulate models
 * it, resource/resource.js): `arn:aws:DynamoDB:...:table/t` names table t. Used only where reading a pattern as
 * wider is the safe side (what an Allow reaches or a grant is covered by), never to subtract a Deny.
 */
export function arnPrefixLower(pattern: string): string {
    if (!/^arn:/i.test(pattern)) return pattern;
    const parts = pattern.split(":");
    for (let i = 0; i < 5 && i < parts.length; i++) parts[i] = parts[i].toLowerCase();
    return parts.join(":");
}

/**
 * An ARN (or an ARN operator's pattern) as its six colon-delimited segments: `arn`, partition, service, region,
 * account and resource (the resource keeps any further colons). Undefined with fewer than six.
 */
export function arnSegments(arn: string): string[] | undefined {
    const parts = arn.split(":");
    return parts.length < 6 ? undefined : [...parts.slice(0, 5), parts.slice(5).join(":")];
}

/**
 * Whether an ARN condition operator's value (ArnEquals, ArnLike, their negations: an ARN operator takes wildcards
 * whatever its name) surely matches `arn`, a known ARN. ARN operators match segment by segment: "Each of the six
 * colon-delimited components of the ARN is checked separately" and may hold `*` or `?` (IAM User Guide, "IAM JSON
 * policy elements: Condition operators", ARN condition operators; AWS SDK for .NET ConditionFactory.ArnComparisonType),
 * and "wildcards cannot be used to span ARN segment, so the partition, service, region, account, and resource must all
 * be present in your policy value" (iam.cloudcopilot.io, "ArnLike"). So a value with fewer than six segments matches
 * nothing, and a `*` never reaches past a colon of the first five. Compared with case, the strict reading (the IAM
 * guide says "Case-sensitive"; the .NET SDK "case-insensitive"): a case-sensitive match is one under either.
 * StringLike is no ARN operator: its `*` spans colons (resourceMatches on the whole string).
 */
export function arnPatternMatches(pattern: string, arn: string): boolean {
    const p = arnSegments(pattern);
    const a = arnSegments(arn);
    return p !== undefined && a !== undefined && p.every((seg, i) => resourceMatches(seg, a[i]));
}

/**
 * Whether the glob `outer` matches every string the glob `inner` matches (both `*` any run, `?` one character,
 * compared case-sensitively): globCovers with both read as whole strings. Sound, not complete (a StringLike value
 * against the globs a holder's values follow: model/conditions.ts likeCoversGlobs; a Deny's pattern against a grant's:
 * engine/patterns.ts globSubsumes).
 */
export function stringGlobCovers(outer: string, inner: string): boolean {
    return globCovers(outer, "string", inner, "string");
}

/**
 * Whether an ARN operator's value matches every ARN the glob `arns` matches, segment by segment as arnPatternMatches
 * (a `*` of either stays in its segment), case-sensitive. False when either has fewer than six segments.
 */
export function arnGlobCovers(pattern: string, arns: string): boolean {
    const p = arnSegments(pattern);
    const a = arnSegments(arns);
    return p !== undefined && a !== undefined && p.every((seg, i) => stringGlobCovers(seg, a[i]));
}

/**
 * Whether an ARN operator's value may match some ARN that the glob `arns` matches (segment-wise as arnPatternMatches,
 * ignoring case, as either reading of the case rule may apply). A value with fewer than six segments matches nothing
 * (false); a six-segment value against a glob that is no six-segment ARN may match (true, fail closed). The `arn`
 * segment is not compared (@cloud-copilot/iam-simulate, condition/arn/arn.js, compares the other five only).
 */
export function arnPatternMayMatch(pattern: string, arns: string): boolean {
    const p = arnSegments(pattern.toLowerCase());
    if (p === undefined) return false;
    const a = arnSegments(arns.toLowerCase());
    return a === undefined || p.every((seg, i) => i === 0 || globsIntersect(seg, a[i]));
}

// ---- The Resource element (and NotResource) of a policy statement, matched as IAM matches resource ARNs.
// IAM User Guide, "IAM JSON policy elements: Resource", "Using wildcards in resource ARNs": wildcards are used "within
// the individual segments of an ARN (the parts separated by colons)"; "If the * wildcard is the last character of a
// resource ARN segment, it can expand to match beyond the colon boundaries". So a `*` inside a segment and every `?`
// stand for characters of that segment only (`arn:aws:kms:*111111111111:key/*` has five segments and matches no key),
// unlike an ARN condition operator (arnPatternMatches), whose every `*` stays in its segment. Two readings:
// - narrow, for what a pattern SURELY matches (a Deny's Resource, an Allow's NotResource): only the pattern's final `*`
//   spans colons (the reading both of the guide's "can expand" and of @cloud-copilot/iam-simulate, which pads a short
//   pattern with `*` segments, agree on), every other wildcard stays in its segment;
// - wide, for what it MAY match (an Allow's Resource, a Deny's NotResource): a `*` ending any segment spans colons,
//   and in the resource part (after the fifth colon) every wildcard does (iam-simulate, resource/resource.js, matches
//   that part as one string: a stream label holds colons).
// An asset's ARN pattern (engine/patterns.ts arnShape) has `*` for an unknown region or account (no colon) or
// resource (any characters).

const COLON = 58;
/** One character of the segment (never a colon). */
const ONE_IN_SEGMENT = -1;
/** Any one character. */
const ONE_ANY = -2;
/** A run of characters of the segment. */
const RUN_IN_SEGMENT = -3;
/** Any run of characters, colons included. */
const RUN_ANY = -4;

/** How a Resource-element pattern is read: what it surely matches, may match, or an asset's partly known ARN. */
export type ResourceReading = "narrow" | "wide" | "asset";
/**
 * What a glob's wildcards may cross: a Resource-element reading (colons only where that reading says), or `string`, a
 * whole-string IAM glob (Action, StringLike, a pattern compared as one string): every `*` any run and every `?` any
 * one character, colons included.
 */
export type GlobReading = ResourceReading | "string";

const tokenCache = new Map<string, number[]>();

function resourceTokens(pattern: string, reading: GlobReading): number[] {
    const key = `${reading}\n${pattern}`;
    const cached = tokenCache.get(key);
    if (cached) return cached;
    const out: number[] = [];
    let colons = 0;
    for (let i = 0; i < pattern.length; i++) {
        const ch = pattern[i];
        const inResourcePart = colons >= 5;
        const last = i + 1 === pattern.length;
        const endsSegment = last || pattern[i + 1] === ":";
        if (ch === ":") colons++;
        if (ch === "*") {
            const spans =
                reading === "string" ||
                (reading === "narrow" ? last : reading === "wide" ? endsSegment || inResourcePart : inResourcePart);
            out.push(spans ? RUN_ANY : RUN_IN_SEGMENT);
        } else if (ch === "?")
            out.push(reading === "string" || (reading === "wide" && inResourcePart) ? ONE_ANY : ONE_IN_SEGMENT);
        else out.push(pattern.charCodeAt(i));
    }
    tokenCache.set(key, out);
    return out;
}

const isRun = (t: number) => t === RUN_IN_SEGMENT || t === RUN_ANY;
/** Whether a run token may stand for (the characters of) token `t`. */
const runTakes = (run: number, t: number) => run === RUN_ANY || (t !== RUN_ANY && t !== ONE_ANY && t !== COLON);
/** Whether a run token may share a character with the one-character token `t`. */
const runMeets = (run: number, t: number) => run === RUN_ANY || t !== COLON;
/** Whether the one-character token `outer` matches every character `inner` stands for. */
const oneCovers = (outer: number, inner: number) =>
    outer === inner || outer === ONE_ANY || (outer === ONE_IN_SEGMENT && inner >= 0 && inner !== COLON);
/** Whether some character matches both one-character tokens. */
const oneMeets = (a: number, b: number) =>
    a === b || a === ONE_ANY || b === ONE_ANY || (a < 0 && b < 0) || (a < 0 ? b !== COLON : b < 0 && a !== COLON);

/**
 * The one glob-cover matcher: whether the glob `outer` (read as `outerReading`) matches every string the glob `inner`
 * (read as `innerReading`) may stand for. Sound, not complete: each run of `inner` must be absorbed by a run of
 * `outer` at least as wide (a run that may cross colons only by one that may), each one-character token by a run or by
 * one matching every character it stands for (`?` by `?`, a literal by itself), compared case-sensitively. The same
 * two strings cover each other whatever they are. Its readers: stringGlobCovers and engine/patterns.ts globSubsumes
 * (both `string`), resourcePatternCovers (`narrow` over `wide` or `asset`).
 */
export function globCovers(
    outer: string,
    outerReading: GlobReading,
    inner: string,
    innerReading: GlobReading,
): boolean {
    if (outer === inner || (outer === "*" && (outerReading === "string" || outerReading === "narrow"))) return true;
    // A literal against a whole-string glob: a plain match (the same answer, without the table).
    if (outerReading === "string" && innerReading === "string" && !hasWildcard(inner))
        return resourceMatches(outer, inner);
    const o = resourceTokens(outer, outerReading);
    const n = resourceTokens(inner, innerReading);
    const seen = memo2(o.length, n.length);
    const go = (i: number, j: number): boolean => {
        const k = i * (n.length + 1) + j;
        if (seen[k] !== -1) return seen[k] === 1;
        let r: boolean;
        if (j === n.length) r = o.slice(i).every(isRun);
        else if (i === o.length) r = false;
        else if (isRun(o[i])) r = go(i + 1, j) || (runTakes(o[i], n[j]) && go(i, j + 1));
        else r = !isRun(n[j]) && oneCovers(o[i], n[j]) && go(i + 1, j + 1);
        seen[k] = r ? 1 : 0;
        return r;
    };
    return go(0, 0);
}

/**
 * Whether the Resource-element pattern `outer`, read narrow, matches every ARN `inner` (read as `innerReading`)
 * may stand for (globCovers).
 */
export function resourcePatternCovers(outer: string, inner: string, innerReading: "wide" | "asset"): boolean {
    return globCovers(outer, "narrow", inner, innerReading);
}

/**
 * Whether the Resource-element pattern `pattern`, read wide, may match some ARN `arns` (read as `reading`) stands for.
 * `maxColons`: the most colons such an ARN may hold, when its service's resource part holds none (a KMS key or alias
 * ARN has exactly five); a run that spans colons then spans at most the missing segments. Unbounded when undefined.
 */
export function resourcePatternMayMeet(
    pattern: string,
    arns: string,
    reading: "wide" | "asset",
    maxColons?: number,
): boolean {
    if (pattern === arns || pattern === "*" || arns === "*") return true;
    const a = resourceTokens(pattern, "wide");
    const b = resourceTokens(arns, reading);
    // c: the colons the matched ARN holds so far (counted only when bounded: one memo layer otherwise).
    const layers = maxColons === undefined ? 1 : maxColons + 1;
    const seen = new Int8Array((a.length + 1) * (b.length + 1) * layers).fill(-1);
    const colon = (t: number) => (maxColons !== undefined && t === COLON ? 1 : 0);
    const go = (i: number, j: number, c: number): boolean => {
        if (c >= layers) return false;
        const k = (i * (b.length + 1) + j) * layers + c;
        if (seen[k] !== -1) return seen[k] === 1;
        let r: boolean;
        if (i === a.length && j === b.length) r = true;
        else if (i < a.length && isRun(a[i]))
            r =
                go(i + 1, j, c) ||
                (j < b.length && (isRun(b[j]) || runMeets(a[i], b[j])) && go(i, j + 1, c + colon(b[j])));
        else if (j < b.length && isRun(b[j]))
            r = go(i, j + 1, c) || (i < a.length && runMeets(b[j], a[i]) && go(i + 1, j, c + colon(a[i])));
        else
            r =
                i < a.length &&
                j < b.length &&
                oneMeets(a[i], b[j]) &&
                go(i + 1, j + 1, c + Math.max(colon(a[i]), colon(b[j])));
        seen[k] = r ? 1 : 0;
        return r;
    };
    return go(0, 0, 0);
}
