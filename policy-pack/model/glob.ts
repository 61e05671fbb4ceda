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
