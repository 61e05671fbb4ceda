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

/**
 * A KMS key id: a UUID (8-4-4-4-12 lower-case hex digits, "1234abcd-12ab-34cd-56ef-1234567890ab") or a multi-Region
 * key's mrk- and 32 hex digits ("mrk-1234abcd12ab34cd56ef1234567890ab") (KMS API reference, KeyId; KMS Developer
 * Guide, "Key identifiers (KeyId)"). The stack config reads crossAccount.kmsKeyArn with the same text
 * (components/config/patterns.ts KMS_KEY_ID; test/tools/redteam76-tools.test.ts pins that the two agree).
 */
export const KMS_KEY_ID = String.raw`(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})`;

/**
 * An IAM managed policy ARN: arn:<partition>:iam::aws:policy/<path><name> for an AWS managed policy, or
 * arn:<partition>:iam::<12 digits>:policy/<path><name> for a customer managed one (IAM User Guide,
 * reference_identifiers "IAM ARNs"; IAM API reference, CreatePolicy: PolicyName 1-128 of [\w+=,.@-], Path "/" or
 * "/…/" of printable ASCII). One exact policy, no wildcard: the pack compares each listed ARN exactly with the
 * attached one (rules/attached-policies-readable.ts), so "…:policy/*" or a bare name would allow nothing.
 */
export const MANAGED_POLICY_ARN_PATTERN = String.raw`^arn:aws(?:-[a-z]+)*:iam::(?:aws|\d{12}):policy\/(?:[\x21-\x29\x2b-\x3e\x40-\x7e]{1,510}\/)?[\w+=,.@-]{1,128}$`;

/** Why `value` is no exact managed policy ARN, and what to write. */
export function managedPolicyArnProblem(value: string): string {
    const fix =
        value.trim() !== value
            ? `remove the spaces around it: ${JSON.stringify(value.trim())}`
            : /[*?]/.test(value)
              ? "a wildcard matches no attached policy (each entry is compared exactly with the attached ARN, so it allows nothing): list each reviewed policy's exact ARN"
              : /^[\w+=,.@-]{1,128}$/.test(value)
                ? `it is a policy name, not its ARN (each entry is compared exactly with the attached ARN, so it allows nothing): write "arn:aws:iam::aws:policy/${value}" for the AWS managed policy, or arn:aws:iam::<account>:policy/${value} for a customer managed one`
                : "write the policy's exact ARN, as `aws iam list-attached-role-policies` prints it";
    return `is ${JSON.stringify(value)}, not an exact IAM managed policy ARN (arn:aws:iam::aws:policy/<name>, or arn:aws:iam::<12-digit account>:policy/<path><name>): ${fix}`;
}

/**
 * An AWS service principal, as a trust policy's "Principal": {"Service": "ec2.amazonaws.com"} names it (IAM User
 * Guide, reference_policies_elements_principal "AWS service principals": <service>.amazonaws.com, some regional as
 * <service>.<region>.amazonaws.com; the China partition's .amazonaws.com.cn). Lower case, no spaces: an entry that is
 * no such name matches no trust, and the list replaces the defaults.
 */
export const SERVICE_PRINCIPAL_PATTERN = String.raw`^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.amazonaws\.com(?:\.cn)?$`;

/** Why `value` is no service principal, and what to write. */
export function servicePrincipalProblem(value: string): string {
    const fixed = value.trim().toLowerCase();
    const fix =
        fixed !== value && new RegExp(SERVICE_PRINCIPAL_PATTERN).test(fixed)
            ? `write ${JSON.stringify(fixed)} (service principals are lower case, without spaces)`
            : /[*?]/.test(value)
              ? "a wildcard names no service: list each service's principal, e.g. ec2.amazonaws.com"
              : "write the service's principal, e.g. ec2.amazonaws.com (ecs-tasks.amazonaws.com, lambda.amazonaws.com; in China ….amazonaws.com.cn)";
    return `is ${JSON.stringify(value)}, not an AWS service principal (<service>.amazonaws.com, as a trust policy's Principal.Service names it; the entry would match no role's trust, and this list replaces the defaults): ${fix}`;
}

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
    if (pattern === MANAGED_POLICY_ARN_PATTERN) return managedPolicyArnProblem(value);
    if (pattern === SERVICE_PRINCIPAL_PATTERN) return servicePrincipalProblem(value);
    return undefined;
}
