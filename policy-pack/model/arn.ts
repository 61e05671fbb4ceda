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
