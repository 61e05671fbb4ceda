/**
 * Resource and principal patterns judged by what they can match, never by how they are spelled.
 *
 * - `globsIntersect(a, b)`: some string matches both IAM globs (`*` any run, `?` one character). A grant's
 *   resource pattern reaches an asset when it intersects the asset's ARN pattern (the ARN itself when known;
 *   during a preview, the parts known from the provider and the inputs with `*` for the unknown ones).
 * - `globSubsumes(outer, inner)`: every string `inner` matches, `outer` matches too. Sound (never claims a
 *   subset that is not one): `inner`'s `*` must be absorbed by a `*` of `outer`, its `?` by `?` or `*`. It is
 *   model/glob.ts stringGlobCovers (globCovers read as whole strings), under the name the engine uses.
 *
 * ARNs compare case-sensitively, as IAM compares resource ARNs.
 */
import { partitionOfRegion } from "../model/arn";
import {
    arnPrefixLower,
    globsIntersect,
    hasWildcard,
    resourcePatternCovers,
    resourcePatternMayMeet,
    stringGlobCovers,
} from "../model/glob";

// The partition of a region is model/arn.ts's (a key policy's key ARN is built there too). The glob cover and the
// wildcard test are model/glob.ts's.
export { arnPrefixLower, globsIntersect, hasWildcard as hasGlob, partitionOfRegion, stringGlobCovers as globSubsumes };

/**
 * An asset's ARN as far as it is known: the ARN itself, or a pattern whose unknown parts are `*`. `exact` says
 * whether the pattern is the ARN (no unknown part).
 */
export interface ArnShape {
    pattern: string;
    exact: boolean;
}

export function arnShape(
    known: string | undefined,
    parts: { service: string; region?: string; account?: string; resource?: string },
): ArnShape {
    if (known !== undefined) return { pattern: known, exact: true };
    const region = parts.region ?? "*";
    const account = parts.account ?? "*";
    const resource = parts.resource ?? "*";
    return {
        pattern: `arn:${partitionOfRegion(parts.region)}:${parts.service}:${region}:${account}:${resource}`,
        exact: false,
    };
}

/**
 * Whether a Resource-element pattern certainly matches the asset (for subtracting a Deny or honouring a
 * NotResource): segment-wise, read narrow (model/glob.ts resourcePatternCovers; IAM User Guide, "IAM JSON policy
 * elements: Resource").
 */
export function surelyMatches(pattern: string, shape: ArnShape): boolean {
    return resourcePatternCovers(pattern, shape.pattern, "asset");
}

/** Whether a Resource-element pattern may match the asset (segment-wise, read wide: resourcePatternMayMeet). */
export function mayMatch(pattern: string, shape: ArnShape): boolean {
    return resourcePatternMayMeet(pattern, shape.pattern, "asset");
}

/**
 * Whether a Deny's Resource pattern takes every resource an Allow's Resource pattern may name (the Deny read narrow,
 * the Allow wide: resourcePatternCovers).
 */
export function denyResourceCovers(deny: string, allow: string): boolean {
    return resourcePatternCovers(deny, allow, "wide");
}
