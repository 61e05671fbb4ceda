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

/** `arn:<p>:iam::<acct>:root`: the whole account (every principal its administrators allow). */
export function accountRootOf(principal: string): string | undefined {
    const a = parseArn(principal);
    return a && a.service === "iam" && a.resource === "root" ? a.account : undefined;
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
