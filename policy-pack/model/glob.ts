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
