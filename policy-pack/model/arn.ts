/** ARN parsing for the few shapes the rules reason about. */
import { hasWildcard } from "./glob";

export interface Arn {
    partition: string;
    service: string;
    region: string;
    account: string;
    /** Everything after the account, e.g. `table/name/index/x`, `role/path/name`, `key/uuid`, `root`. */
    resource: string;
}

export function parseArn(arn: string): Arn | undefined {
    const parts = arn.split(":");
    if (parts.length < 6 || parts[0] !== "arn") return undefined;
    return {
        partition: parts[1],
        service: parts[2],
        region: parts[3],
        account: parts[4],
        resource: parts.slice(5).join(":"),
    };
}

const ACCOUNT_ID = /^\d{12}$/;

/** The principal ARN of a whole account, as IAM stores it: `arn:aws:iam::<account>:root`. */
export function accountRootArn(account: string): string {
    return `arn:aws:iam::${account}:root`;
}

/**
 * An AWS principal (a policy's `Principal.AWS` value, a grantee) in the one spelling the pack compares: a bare
 * 12-digit account id is the account's root ARN. IAM User Guide, "AWS JSON policy elements: Principal", AWS account
 * principals: given an account id, `"Principal": { "AWS": "arn:aws:iam::123456789012:root" }` and
 * `"Principal": { "AWS": "123456789012" }` may both be used, and "The account ARN and the shortened account ID behave
 * the same way. Both delegate permissions to the account." Every other value is returned as written. The one place
 * the two spellings are made one: every reader of a principal (key, trust and table resource policies through
 * document.ts, grants and named principals in the engine) goes through it, so the bare id is accepted wherever the
 * root ARN is and refused wherever the root ARN is.
 */
export function normalizeAwsPrincipal(principal: string): string {
    return ACCOUNT_ID.test(principal) ? accountRootArn(principal) : principal;
}

/** `arn:<p>:iam::<acct>:root` or a bare account id: the whole account (every principal its administrators allow). */
export function accountRootOf(principal: string): string | undefined {
    const a = parseArn(normalizeAwsPrincipal(principal));
    return a && a.service === "iam" && a.resource === "root" ? a.account : undefined;
}

/** The partition of a region (aws-cn for cn-*, aws-us-gov for us-gov-*, else aws; `*` when the region is unknown). */
export function partitionOfRegion(region: string | undefined): string {
    if (region === undefined) return "*";
    if (region.startsWith("cn-")) return "aws-cn";
    if (region.startsWith("us-gov-")) return "aws-us-gov";
    return "aws";
}

/**
 * A KMS key's ARN from a reference to it: the reference itself when it is a key ARN, else the ARN a key id (UUID or
 * `mrk-…`) has in the given region and account (KMS developer guide, "Key identifiers": key ARN
 * `arn:<partition>:kms:<region>:<account>:key/<key-id>`); undefined for an alias or when the region or account is
 * unknown.
 */
export function kmsKeyArnOf(ref: string | undefined, region?: string, account?: string): string | undefined {
    if (ref === undefined || ref === "") return undefined;
    const a = parseArn(ref);
    if (a) return a.service === "kms" && /^key\/[^*?]+$/.test(a.resource) ? ref : undefined;
    if (isAliasRef(ref) || /[/:*?]/.test(ref) || region === undefined || account === undefined) return undefined;
    if (!ACCOUNT_ID.test(account)) return undefined;
    return `arn:${partitionOfRegion(region)}:kms:${region}:${account}:key/${ref}`;
}

/** The table ARN of a table, index or stream ARN (`…:table/<name>[/index/…|/stream/…]`), or undefined. */
export function tableArnOf(arn: string | undefined): string | undefined {
    return arn ? /^arn:[^:]+:dynamodb:[^:]+:\d{12}:table\/[^/]+/.exec(arn)?.[0] : undefined;
}

/** A KMS key reference that is an alias (`alias/<name>` or an alias ARN), not a key id or key ARN. */
export function isAliasRef(ref: string): boolean {
    return /^alias\/|:alias\//.test(ref);
}

export function accountOf(arn: string | undefined): string | undefined {
    if (!arn) return undefined;
    const a = parseArn(arn);
    return a && /^\d{12}$/.test(a.account) ? a.account : undefined;
}

/** The role name of `arn:<p>:iam::<acct>:role/<path/>name` (IAM role ARNs may carry a path). */
export function roleNameOf(arn: string): string | undefined {
    const a = parseArn(arn);
    if (!a || a.service !== "iam" || !a.resource.startsWith("role/")) return undefined;
    const segments = a.resource.split("/");
    return segments[segments.length - 1];
}

/**
 * A role session principal, `arn:<p>:sts::<account>:assumed-role/<role-name>/<role-session-name>` (IAM User Guide,
 * "AWS JSON policy elements: Principal", Role session principals, reference_policies_elements_principal.html#principal-
 * role-session): the credentials AssumeRole issued for one session of the role. The ARN carries the role's name but
 * not its path. A session name is what AssumeRole's RoleSessionName accepts (`[\w+=,.@-]`); the guide adds "When you
 * specify an assumed-role session in a Principal element, you cannot use a wildcard "*" to mean all sessions.
 * Principals must always name a specific session", and "You cannot use a wildcard to match part of a principal
 * name or ARN": a wildcard session or role name is no session (IAM refuses the document: principalArnProblem).
 */
export interface RoleSession {
    partition: string;
    account: string;
    roleName: string;
    sessionName: string;
}

const ROLE_SESSION = /^arn:([^:]+):sts::(\d{12}):assumed-role\/([\w+=,.@-]+)\/([\w+=,.@-]+)$/;

/** The role session a principal ARN names, or undefined (not a session ARN, or one with a wildcard). */
export function roleSessionOf(principal: string): RoleSession | undefined {
    const m = ROLE_SESSION.exec(principal);
    return m ? { partition: m[1], account: m[2], roleName: m[3], sessionName: m[4] } : undefined;
}

/**
 * The role a principal ARN designates: an IAM role ARN's role (whatever its path), or the role a session ARN
 * (roleSessionOf) belongs to, as partition, account and name. Undefined for any other principal, and for an
 * `assumed-role/…` ARN IAM refuses (a wildcard session or role name: principalArnProblem).
 */
export function roleOfPrincipal(principal: string): Omit<RoleSession, "sessionName"> | undefined {
    const p = normalizeAwsPrincipal(principal);
    const session = roleSessionOf(p);
    if (session) return { partition: session.partition, account: session.account, roleName: session.roleName };
    const a = parseArn(p);
    const roleName = roleNameOf(p);
    return a && roleName !== undefined && !hasWildcard(roleName)
        ? { partition: a.partition, account: a.account, roleName }
        : undefined;
}

/**
 * The identity a principal designates, as one comparable string: a role, named by its ARN (any path) or by one of
 * its sessions, is `role:<partition>:<account>:<name>` (IAM role names are unique per account, ignoring case: IAM
 * User Guide, "IAM identifiers"); any other principal is its ARN (a bare account id as its root:
 * normalizeAwsPrincipal), in lower case as the pack compares principal ARNs. Two principals of one identity are the
 * same role, or the same principal; which callers each admits is principalWithin's to say.
 */
export function principalIdentity(principal: string): string {
    const role = roleOfPrincipal(principal);
    return role
        ? `role:${role.partition}:${role.account}:${role.roleName}`.toLowerCase()
        : normalizeAwsPrincipal(principal).toLowerCase();
}

/**
 * Whether every caller a policy principal admits is a caller of the principal `subject` (an exact role or user
 * ARN): the same ARN (compared ignoring case, as the pack compares principal ARNs), or a session of the role
 * `subject` names. Only a caller that can become role R (and picks that RoleSessionName) holds a session of R, so a
 * session principal admits a subset of R's callers and is judged as R wherever R is allowed; it is outside
 * wherever R is (the role's name and account designate it whatever its path: IAM names are unique per account,
 * ignoring case; IAM User Guide, "IAM identifiers"). The one place a session is placed within its role: the
 * engine's judge, role-trust-pinned and share-custody (model/shares.ts) go through it or principalIdentity.
 */
export function principalWithin(principal: string, subject: string): boolean {
    const p = normalizeAwsPrincipal(principal);
    if (p.toLowerCase() === subject.toLowerCase()) return true;
    return (
        roleSessionOf(p) !== undefined &&
        roleSessionOf(subject) === undefined &&
        roleOfPrincipal(subject) !== undefined &&
        principalIdentity(p) === principalIdentity(subject)
    );
}

/**
 * Why IAM refuses an AWS principal as written, or undefined: a wildcard inside an ARN (IAM User Guide, "AWS JSON
 * policy elements: Principal": "You cannot use a wildcard to match part of a principal name or ARN"; of role
 * sessions: "you cannot use a wildcard "*" to mean all sessions. Principals must always name a specific session").
 */
export function principalArnProblem(principal: string): string | undefined {
    if (principal === "*" || !hasWildcard(principal)) return undefined;
    const fix = /:assumed-role\//.test(principal)
        ? "name one session (assumed-role/<role>/<session-name>) or the role itself (arn:aws:iam::<account>:role/<name>)"
        : 'name the exact principal, or write "*" with an aws:PrincipalArn condition';
    return `Principal AWS "${principal}" has a wildcard inside an ARN, which IAM does not accept in a Principal (a principal names one account, role, session or user; reference_policies_elements_principal.html), so AWS refuses the document; ${fix}`;
}

/**
 * A resource pattern that reaches beyond one account and region's named resources: `*`, a wildcard in the
 * partition/service/region/account, or a whole resource namespace (`table/*`, `key/*`).
 */
export function overBroadResourceReason(pattern: string): string | undefined {
    if (pattern === "*") return "every resource";
    const a = parseArn(pattern);
    if (!a) return hasWildcard(pattern) ? "a wildcard that is not an ARN" : undefined;
    if (hasWildcard(a.partition) || hasWildcard(a.service)) return "a wildcard partition or service";
    if (a.region === "" || hasWildcard(a.region)) return a.service === "iam" ? undefined : "any region";
    if (a.account === "" || hasWildcard(a.account)) return "any account";
    const [kind, name] = a.resource.split("/", 2);
    if (hasWildcard(kind)) return "any resource type";
    if (name === undefined || name === "" || /^[*?]+$/.test(name)) return `every ${kind} in the account`;
    return undefined;
}
