/**
 * The formats of the AWS identifiers the pack's own config names (account ids, the organization id), each with what
 * to write instead when a value is not one. The one validator of these identifiers: the policies' config schemas
 * (rules/config.ts accountIdsProperty, organizationIdProperty) carry the patterns, the pack config check
 * (private/packConfigCheck.ts) names a value that does not match with the fix below, and the custody model's parser
 * (custody/parse.ts) reads account ids with the same pattern.
 *
 * AWS Organizations API reference: Account.Id, "The regex pattern for an account ID string requires exactly 12
 * digits"; Organization.Id, "The regex pattern for an organization ID string requires "o-" followed by from 10 to 32
 * lowercase letters or digits" (`^o-[a-z0-9]{10,32}$`; the OrganizationalUnit Arn pattern embeds the same
 * `o-[a-z0-9]{10,32}`).
 */
import { parseArn } from "./arn";

/** An AWS account id: exactly 12 digits. */
export const ACCOUNT_ID_PATTERN = "^\\d{12}$";
/** An AWS Organizations organization id: `o-` and 10 to 32 lower-case letters or digits. */
export const ORGANIZATION_ID_PATTERN = "^o-[a-z0-9]{10,32}$";
/** An organization id, or "" (the pack's "unset", its default). */
export const ORGANIZATION_ID_OR_UNSET_PATTERN = "^(?:o-[a-z0-9]{10,32})?$";

/**
 * The path and name of an IAM role or user as its ARN spells them after `role/` or `user/`: the path "/" or "/…/"
 * (1-512 printable ASCII \u0021-\u007E, beginning and ending with "/"; the ARN drops the leading "/") and the name,
 * which ends the ARN, 1-64 of [\w+=,.@-] (IAM User Guide, reference_identifiers "Friendly names and paths"; IAM API
 * reference, CreateRole RoleName "Maximum length of 64", Path). A wildcard (* ?) names no single role, so it is left
 * out. The stack config reads operator ARNs with the same text (components/config/patterns.ts IAM_PATH_AND_NAME;
 * the pack is built alone, so test/tools/redteam75-tools.test.ts pins that the two agree).
 */
export const IAM_PATH_AND_NAME = String.raw`(?:[\x21-\x29\x2b-\x3e\x40-\x7e]{1,510}\/)?[\w+=,.@-]{1,64}`;

const ACCOUNT_ID = new RegExp(ACCOUNT_ID_PATTERN);
const ORGANIZATION_ID = new RegExp(ORGANIZATION_ID_PATTERN);

export function isAccountId(value: unknown): value is string {
    return typeof value === "string" && ACCOUNT_ID.test(value);
}

export function isOrganizationId(value: unknown): value is string {
    return typeof value === "string" && ORGANIZATION_ID.test(value);
}

/** Why `value` (a string that is no account id) is none, and what to write: its 12 digits. */
export function accountIdProblem(value: string): string {
    const arnAccount = parseArn(value)?.account;
    const fix =
        arnAccount !== undefined && ACCOUNT_ID.test(arnAccount)
            ? `write the account's id "${arnAccount}", not an ARN`
            : value === ""
              ? "remove the empty entry"
              : /[*?]/.test(value)
                ? "a wildcard names no account: list each trusted account's 12 digits"
                : /^\d+$/.test(value)
                  ? `it has ${value.length} digits: an account id has exactly 12 (keep its leading zeros, quoted)`
                  : 'write the account\'s 12 digits, quoted, e.g. "111111111111"';
    return `is ${JSON.stringify(value)}, not an AWS account id (exactly 12 digits): ${fix}`;
}

/** Why `value` (a non-empty string that is no organization id) is none, and what to write. */
export function organizationIdProblem(value: string): string {
    return (
        `is ${JSON.stringify(value)}, not an AWS Organizations organization id (o- and 10 to 32 lower-case letters or digits, ^o-[a-z0-9]{10,32}$, no wildcard): ` +
        'write the id `aws organizations describe-organization --query Organization.Id` prints, e.g. "o-a1b2c3d4e5", or "" to leave it unset'
    );
}

/** The problem of `value` under a config pattern of this module, with its fix; undefined for any other pattern. */
export function idFormatProblem(pattern: string, value: string): string | undefined {
    if (pattern === ACCOUNT_ID_PATTERN) return accountIdProblem(value);
    if (pattern === ORGANIZATION_ID_PATTERN || pattern === ORGANIZATION_ID_OR_UNSET_PATTERN)
        return organizationIdProblem(value);
    return undefined;
}
