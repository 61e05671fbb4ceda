/**
 * Deny statements of a trust policy: an explicit Deny overrides any Allow (IAM User Guide, "Policy evaluation
 * logic"), so a caller a Deny surely covers cannot become the role. Only a certain Deny removes a path: one whose
 * principal covers the caller and whose every condition surely holds for it. A Deny the engine cannot be sure of
 * leaves the path in place (strict: a refusal, never a pass).
 *
 * Condition values the engine knows for a caller: `aws:PrincipalArn` of a named role or user, `aws:PrincipalAccount`
 * of a node of one account, and `<issuer>:sub` of an IRSA ServiceAccount. A negated operator also holds when its key
 * is absent, and so does an `...IfExists` one (IAM User Guide, "Condition operators").
 */
import { accountOf, normalizeAwsPrincipal, parseArn, principalIdentity } from "../model/arn";
import type { ConditionClause, NormalizedStatement, PolicyOwner, PrincipalSet } from "../model/document";
import { arnPatternMatches, arnPatternMayMatch, arnSegments, hasWildcard } from "../model/glob";
import { readForHolder, truthByPresence } from "../model/keyPresence";
import { statementMatchesAction } from "../model/permissions";
import { globSubsumes } from "./patterns";
import { normalizeIssuer, type PrincipalNode } from "./principals";

function arnOf(n: PrincipalNode): string | undefined {
    return n.kind === "role" || n.kind === "user" || n.kind === "group" || n.kind === "external" ? n.arn : undefined;
}

function accountOfNode(n: PrincipalNode): string | undefined {
    if ("account" in n && n.account) return n.account;
    const arn = arnOf(n);
    return arn ? accountOf(arn) : undefined;
}

/** Callers that are AWS service principals assuming the role (not identities of an account). */
const SERVICE_CALLERS: ReadonlySet<PrincipalNode["kind"]> = new Set([
    "ec2",
    "pod-any",
    "pod-identity",
    "service",
    "via-service",
]);

/**
 * Whether the Deny's principal element covers `from`. `roleAccount` is the account of the role whose trust policy
 * holds the Deny (undefined: not a trust policy, or the account is unknown).
 */
function principalCovers(s: NormalizedStatement, from: PrincipalNode, roleAccount: string | undefined): boolean {
    if (s.notPrincipal) return notPrincipalSurelyOmits(s.notPrincipal, from);
    const p = s.principal;
    if (!p) return false;
    // A service principal (EC2, Lambda, pods.eks.amazonaws.com, ...) is surely covered only by `"Principal": "*"`:
    // `{"AWS": "*"}` names the principals of AWS accounts (IAM User Guide, "AWS JSON policy elements: Principal",
    // all principals), so a Deny written so is not sure to reach a service.
    if (p.wildcard || p.aws.includes("*")) return p.anyone === true || !SERVICE_CALLERS.has(from.kind);
    const arn = arnOf(from);
    if (arn && p.aws.includes(arn)) return true;
    // A web identity is the IAM OIDC provider of the ROLE's account for the token's issuer: an IAM OIDC provider is a
    // resource of one account (arn:aws:iam::<account>:oidc-provider/<issuer>), and a role of another account than the
    // cluster's trusts tokens of the cluster's issuer only through a provider created in the role's own account (EKS
    // user guide, "Authenticate to another account with IRSA", cross-account-access.html, option 1: account B creates
    // the OIDC provider for account A's issuer and its role trusts that one; STS answers "No OpenIDConnect provider
    // found in your account" otherwise). So a Deny naming the same issuer's provider in another account names a
    // principal that never calls this role: it covers the web identity only when it is the role account's provider.
    if (from.kind === "irsa" || from.kind === "oidc-any") {
        if (roleAccount === undefined) return false;
        return p.federated.some(f => {
            const a = parseArn(f);
            return (
                a !== undefined &&
                a.service === "iam" &&
                a.account === roleAccount &&
                a.resource.startsWith("oidc-provider/") &&
                normalizeIssuer(a.resource.slice("oidc-provider/".length)) === normalizeIssuer(from.issuer)
            );
        });
    }
    return false;
}

/**
 * Whether a Deny's NotPrincipal surely leaves out the stack role `from`, so the Deny applies to it: "NotPrincipal
 * ... with "Effect":"Deny" ... deny access to all principals except the principal specified" (IAM User Guide, "AWS
 * JSON policy elements: NotPrincipal"). Read from that page:
 * - a role with a permissions boundary is never exempt: "The NotPrincipal element with a Deny effect will always
 *   deny any IAM principal that has a permissions boundary policy attached, regardless of the values specified"
 *   (only a boundary known to be set counts: `bounded`);
 * - the account's ARN exempts the account (its root), not its other principals: it is required beside the exempted
 *   principal ("you must also specify the account ARN of the not-denied principal"), and the page's example
 *   (NotPrincipal user/Bob and the account root) denies "all principals except the user named Bob". So the role is
 *   possibly exempt only through a value that may be the role: the role or any session of it (model/arn.ts
 *   principalIdentity), a wildcard, or a value that is no ARN (a unique id such as AROA..., fail closed).
 * Only a role of known ARN and account is placed.
 */
function notPrincipalSurelyOmits(np: PrincipalSet, from: PrincipalNode): boolean {
    if (from.kind !== "role" || from.arn === undefined || accountOfNode(from) === undefined) return false;
    if (from.bounded === true) return true;
    if (np.wildcard) return false;
    const me = principalIdentity(from.arn);
    return np.aws.every(v => !hasWildcard(v) && principalIdentity(v) !== me && !mayBeAnyRole(v));
}

/** Whether an AWS principal value is no ARN at all (a unique id such as AROA..., which may be the role's). */
function mayBeAnyRole(value: string): boolean {
    return parseArn(normalizeAwsPrincipal(value)) === undefined;
}

/** The one value a caller brings for a condition key, when the engine knows it (undefined: unknown). */
function knownValue(keyLower: string, from: PrincipalNode): string | undefined {
    if (keyLower === "aws:principalarn") {
        // A role's sessions carry the role's ARN (IAM User Guide, "AWS global condition context keys"); an
        // assumed-role session ARN named outside the stack is not the value, so it stays unknown.
        const arn = arnOf(from);
        return arn && /^arn:aws[\w-]*:iam::\d{12}:(role|user)\//.test(arn) ? arn : undefined;
    }
    // Only an IAM principal (a role, user or account of that account) brings its account. A service principal
    // (EC2, Lambda, pods.eks.amazonaws.com, ...) is not an identity of the role's account: the key then is not the
    // account (IAM User Guide, "AWS global condition context keys": aws:SourceAccount is the key service principals
    // bring; aws:PrincipalIsAWSService), so a Deny on aws:PrincipalAccount is not sure to hold for it.
    if (keyLower === "aws:principalaccount")
        return ["role", "user", "group", "external", "account-root", "account-any"].includes(from.kind)
            ? accountOfNode(from)
            : undefined;
    if (from.kind === "irsa" && keyLower === `${normalizeIssuer(from.issuer)}:sub`)
        return `system:serviceaccount:${from.namespace}:${from.serviceAccount}`;
    return undefined;
}

/**
 * Round 84: the caller as the holder model/keyPresence.ts reads (the request to STS is the caller's own): a role of
 * the stack, or a role or assumed-role session named by ARN, signs with a role session; a user with its own
 * credentials; any identity of one account with either. Other callers (services, web identities, anyone) have no
 * holder kind the presence table knows: undefined, nothing read by presence.
 */
function callerAsHolder(from: PrincipalNode): PolicyOwner | undefined {
    if (from.kind === "role") return { kind: "role", account: from.account };
    if (from.kind === "user") return { kind: "user", account: from.account };
    if (from.kind === "account-root" || from.kind === "account-any") return { account: from.account };
    if (from.kind !== "external") return undefined;
    if (/^arn:aws[\w-]*:(iam::\d{12}:role|sts::\d{12}:assumed-role)\//.test(from.arn))
        return { kind: "role", account: from.account };
    return /^arn:aws[\w-]*:iam::\d{12}:user\//.test(from.arn) ? { kind: "user", account: from.account } : undefined;
}

function clauseSurelyHolds(written: ConditionClause, from: PrincipalNode): boolean {
    // Round 84: a clause the presence of its key decides for the caller (a Null, a key it never carries), then the
    // clause as it reads for it (...IfExists on a key always present, a set qualifier on a single-valued key).
    const holder = callerAsHolder(from);
    const byPresence = truthByPresence(written, holder);
    if (byPresence !== undefined) return byPresence;
    const c = readForHolder(written, holder);
    let op = c.operator.toLowerCase();
    if (op.startsWith("forallvalues:") || op.startsWith("foranyvalue:")) return false;
    if (op.endsWith("ifexists")) op = op.slice(0, -"ifexists".length);
    const value = knownValue(c.keyLower, from);
    // A policy variable (`${aws:username}`) stands for a value the engine does not know.
    if (value === undefined || c.values.some(v => v.includes("${"))) return false;
    // An ARN operator takes wildcards whatever its name: `ArnEquals`/`ArnNotEquals` with a wildcard arrive here as
    // `ArnLike`/`ArnNotLike` (model/document.ts, operatorByMatch; IAM User Guide, ARN condition operators). It matches
    // segment by segment (model/glob.ts arnPatternMatches), never as one string glob.
    if (op.startsWith("arn")) return arnClauseSurelyHolds(op, c.values, value);
    const like = op.endsWith("like");
    const matches = c.values.some(v => (like ? globSubsumes(v, value) : v === value));
    switch (op) {
        case "stringequals":
        case "stringlike":
            return matches;
        case "stringnotequals":
        case "stringnotlike":
            return !matches;
        default:
            return false;
    }
}

/**
 * An ARN operator's clause for a caller whose value is known: a positive one holds when some value surely matches it
 * segment-wise (arnPatternMatches); a negated one when every value is a six-segment ARN pattern that cannot match it
 * in any case (arnPatternMayMatch). A negated value of fewer than six segments is a malformed pattern whose outcome
 * the IAM guide does not give (@cloud-copilot/iam-simulate reads the whole negated clause as false): not sure.
 */
function arnClauseSurelyHolds(op: string, values: readonly string[], value: string): boolean {
    switch (op) {
        case "arnequals":
        case "arnlike":
            return values.some(v => arnPatternMatches(v, value));
        case "arnnotequals":
        case "arnnotlike":
            return values.every(v => arnSegments(v) !== undefined && !arnPatternMayMatch(v, value));
        default:
            return false;
    }
}

/**
 * Whether some Deny surely keeps `from` from `action`. `roleAccount`: the account of the role whose trust policy holds
 * the Denies (a web identity is covered only by that account's OIDC provider); undefined elsewhere.
 */
export function surelyDenied(
    denies: readonly NormalizedStatement[],
    from: PrincipalNode,
    action: string,
    roleAccount?: string,
): boolean {
    return denies.some(
        s =>
            statementMatchesAction(s, action) &&
            principalCovers(s, from, roleAccount) &&
            s.conditions.every(c => clauseSurelyHolds(c, from)),
    );
}

/**
 * A guard Deny narrows an issuer's tokens to exact subjects: `Deny` of the issuer (or `"*"`) with only
 * `StringNotEquals <issuer>:sub = [s1, s2]` leaves exactly those subjects of whatever the Allow admits. Returns
 * them (or undefined when no such Deny exists). `roleAccount`: the account of the role whose trust holds the Denies.
 */
export function guardedSubjects(
    denies: readonly NormalizedStatement[],
    issuer: string,
    action: string,
    roleAccount: string | undefined,
): string[] | undefined {
    const subKey = `${normalizeIssuer(issuer)}:sub`;
    const probe: PrincipalNode = { kind: "oidc-any", issuer, why: "" };
    for (const s of denies) {
        if (!statementMatchesAction(s, action) || !principalCovers(s, probe, roleAccount) || s.conditions.length !== 1)
            continue;
        const c = s.conditions[0];
        const op = c.operator.toLowerCase().replace(/ifexists$/, "");
        const exact = op === "stringnotequals" || (op === "stringnotlike" && !c.values.some(v => /[*?]/.test(v)));
        if (c.keyLower === subKey && exact && !c.values.some(v => v.includes("${"))) return c.values;
    }
    return undefined;
}
