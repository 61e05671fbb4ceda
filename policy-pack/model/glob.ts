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
