/** Readers of the settings every section uses the same way: regions, tags, ServiceAccounts, role names. */
import * as P from "./patterns";
import { ConfigReader } from "./reader";
import { regionProblem } from "./regions";
import { SERVICE_ACCOUNT_IDENTITIES, ServiceAccountIdentity, ServiceAccountRef } from "./schema";

/** sts ExternalId (STS API reference, AssumeRole: 2-1224 characters of `[\w+=,.@:/-]`). */
export const EXTERNAL_ID = {
    pattern: /^[\w+=,.@:/-]{2,1224}$/,
    hint: "is not a valid sts ExternalId (2-1224 of A-Z a-z 0-9 + = , . @ : / - _).",
};

/** A region name AWS and @pulumi/aws know, in a partition this program supports. */
export function readRegion(r: ConfigReader, key: string, value: unknown, required: boolean): string | undefined {
    const region = required ? r.requiredString(key, value, undefined, "eu-west-1") : r.string(key, value);
    if (region === undefined) {
        return undefined;
    }
    const problem = regionProblem(region);
    return problem ? r.problem(key, problem) : region;
}

/** The tag-key prefix this program sets and the policy pack reads; case-insensitive as IAM tag keys are. */
const RESERVED_PROGRAM_TAG_PREFIX = /^custody:/i;

/**
 * AWS's tag rules shared by IAM, KMS and DynamoDB: keys 1-128 and values 0-256 characters of letters, digits,
 * spaces and `_ . : / = + - @`; `aws:` reserved in any case; at most `limit` tags; and, since IAM tag keys are
 * case-insensitive, no two keys that differ only in case. This program's own `custody:` prefix is reserved in every
 * tag setting alike (stack tags, trust-domain keyTags, basil's requestTag): the pack reads custody:share-ring/-index/
 * -threshold and custody:role-kind to know share keys and role kinds (policy-pack/model/resources.ts), so a key or
 * role tagged custody:… by a workload would claim what only the program sets (round 84).
 */
export function checkTagSet(
    r: ConfigReader,
    key: string,
    tags: Record<string, string>,
    limit: number,
    why: string,
): void {
    const seen = new Map<string, string>();
    for (const [k, v] of Object.entries(tags)) {
        if (/^aws:/i.test(k)) {
            r.problem(`${key}.${k}`, "tag keys cannot start with aws: in any case (reserved by AWS); rename the tag.");
        } else if (RESERVED_PROGRAM_TAG_PREFIX.test(k)) {
            r.problem(
                `${key}.${k}`,
                "the custody: tag prefix is reserved for the tags this program sets (role kinds, share rings), in any case; rename the tag.",
            );
        } else if (!P.TAG_KEY.pattern.test(k)) {
            r.problem(`${key}.${k}`, `tag key ${P.TAG_KEY.hint}`);
        }
        // AWS counts tag lengths in Unicode characters, not UTF-16 units ("Maximum value length - 256 Unicode
        // characters in UTF-8", Tagging AWS resources, tag restrictions; the Tag API type: "0 to 256 Unicode
        // characters in UTF-8"): a letter outside the BMP is one character (two UTF-16 units in JavaScript's length).
        const chars = [...v].length;
        if (chars > 256) {
            r.problem(`${key}.${k}`, `the value has ${chars} characters; tag values are at most 256.`);
        } else if (!P.TAG_VALUE.pattern.test(v)) {
            r.problem(`${key}.${k}`, `the value "${v}" ${P.TAG_VALUE.hint}`);
        }
        const other = seen.get(k.toLowerCase());
        if (other !== undefined) {
            r.problem(
                `${key}.${k}`,
                `differs from the tag key "${other}" only in case; IAM tag keys are case-insensitive, so the role could not be created: keep one.`,
            );
        }
        seen.set(k.toLowerCase(), k);
    }
    const count = Object.keys(tags).length;
    if (count > limit) {
        r.problem(key, `has ${count} tags; at most ${limit} are possible (${why}): remove ${count - limit}.`);
    }
}

export function readServiceAccount(
    r: ConfigReader,
    key: string,
    nsValue: unknown,
    nameValue: unknown,
    defaults: { namespace: string; serviceAccount: string; nameKey?: string },
): ServiceAccountRef | undefined {
    const namespace = nsValue == null ? defaults.namespace : r.string(`${key}.namespace`, nsValue, P.DNS1123_LABEL);
    if (namespace !== undefined && P.isReservedNamespace(namespace)) {
        r.problem(
            `${key}.namespace`,
            `is "${namespace}", a namespace Kubernetes keeps for the cluster (${P.RESERVED_NAMESPACES.join(", ")}, and the kube- prefix): ` +
                'whoever may create pods there may run them as this ServiceAccount and so use its role (Kubernetes docs, RBAC good practices, "Workload creation"); ' +
                `use a namespace of its own (e.g. ${defaults.namespace}).`,
        );
        return undefined;
    }
    const nameKey = `${key}.${defaults.nameKey ?? "serviceAccount"}`;
    const name = nameValue == null ? defaults.serviceAccount : r.string(nameKey, nameValue, P.DNS1123_SUBDOMAIN);
    if (name === P.DEFAULT_SERVICE_ACCOUNT) {
        r.problem(
            nameKey,
            `is "${name}", the ServiceAccount Kubernetes gives every pod of the namespace that names none (Kubernetes docs, "Configure Service Accounts for Pods"): ` +
                `any such pod would run with this role; create a ServiceAccount of its own (e.g. ${defaults.serviceAccount}).`,
        );
        return undefined;
    }
    return namespace && name ? { namespace, name } : undefined;
}

export function readRoleName(r: ConfigReader, key: string, value: unknown, fallback: string): string {
    if (value == null) {
        if (!P.ROLE_NAME.pattern.test(fallback)) {
            r.problem(
                key,
                `the default role name "${fallback}" is too long for IAM: set ${key} or a shorter namePrefix.`,
            );
        }
        return fallback;
    }
    return r.string(key, value, P.ROLE_NAME) ?? fallback;
}

/**
 * How a section's ServiceAccounts become its roles: `[irsa]` (the default, so existing stacks read unchanged),
 * `[podIdentity]`, or both while migrating from IRSA to Pod Identity (both trusts then pin the same subject).
 */
export function readIdentities(r: ConfigReader, key: string, value: unknown): ServiceAccountIdentity[] {
    if (value === undefined) return ["irsa"];
    const list = r.stringArray(key, value);
    if (!list) return ["irsa"];
    const choices = SERVICE_ACCOUNT_IDENTITIES.join(", ");
    if (list.length === 0) {
        r.problem(key, `is empty: list irsa, podIdentity, or both while migrating (e.g. [podIdentity]).`);
        return ["irsa"];
    }
    const identities: ServiceAccountIdentity[] = [];
    list.forEach((item, i) => {
        if (!(SERVICE_ACCOUNT_IDENTITIES as readonly string[]).includes(item)) {
            r.problem(`${key}[${i}]`, `"${item}" is not a ServiceAccount identity; use ${choices}.`);
        } else if (identities.includes(item as ServiceAccountIdentity)) {
            r.problem(`${key}[${i}]`, `"${item}" is listed twice; list each identity once.`);
        } else {
            identities.push(item as ServiceAccountIdentity);
        }
    });
    // One order whatever the config's: the trust lists IRSA first, then Pod Identity.
    const ordered = SERVICE_ACCOUNT_IDENTITIES.filter(i => identities.includes(i));
    return ordered.length > 0 ? ordered : ["irsa"];
}
