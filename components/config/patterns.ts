/** The formats AWS and Kubernetes accept, each with the hint shown when a value does not match. */
export const ACCOUNT_ID = {
    pattern: /^\d{12}$/,
    hint: 'is not an AWS account id: use the 12 digits, quoted, e.g. "111111111111".',
};
/**
 * The path and name of an IAM role or user as its ARN spells them after `role/` or `user/`. IAM identifiers (IAM User
 * Guide, reference_identifiers: "Friendly names and paths"; IAM API reference, CreateRole/CreateUser): the path is
 * "/" or begins and ends with "/", 1-512 printable ASCII (\u0021-\u007E; the ARN drops its leading "/"), and the
 * name, which ends the ARN, is 1-64 of [\w+=,.@-] (CreateRole RoleName "Maximum length of 64"). A wildcard (* ?)
 * names no single role, so it is refused here too. Kept equal to policy-pack/model/awsIds.ts IAM_PATH_AND_NAME
 * (the pack is built alone; test/tools/redteam75-tools.test.ts pins that they agree).
 */
export const IAM_PATH_AND_NAME = String.raw`(?:[\x21-\x29\x2b-\x3e\x40-\x7e]{1,510}\/)?[\w+=,.@-]{1,64}`;
const PARTITION = "aws(?:-[a-z]+)*";

/**
 * Why `value` is no exact IAM role (or, with `users`, user) ARN, and how to fix it: the detail after the value's
 * quoted text, or undefined when the value has the shape of one.
 */
export function iamArnProblem(value: string, users: boolean, generic: string): string | undefined {
    const kinds = users ? "role|user" : "role";
    const m = new RegExp(`^arn:${PARTITION}:iam::\\d{12}:(${kinds})\\/(.*)$`).exec(value);
    if (!m) return generic;
    const [, kind, rest] = m;
    if (new RegExp(`^${IAM_PATH_AND_NAME}$`).test(rest)) return undefined;
    if (rest === "" || rest.endsWith("/")) {
        return `ends with "/": the ${kind} name ends the ARN (after its path, if any: ${kind}/<path>/<name>); remove the trailing "/" or add the ${kind}'s name.`;
    }
    const slash = rest.lastIndexOf("/");
    const name = rest.slice(slash + 1);
    const path = rest.slice(0, slash + 1);
    if (/[*?]/.test(rest)) {
        return `holds a wildcard; name one exact ${kind} (a wildcard in a principal ARN names no single ${kind}).`;
    }
    if (!/^[\w+=,.@-]+$/.test(name)) {
        return `has the ${kind} name "${name}"; IAM ${kind} names hold only A-Z a-z 0-9 and + = , . @ _ - (IAM CreateRole RoleName).`;
    }
    if ([...name].length > 64) {
        return `has a ${kind} name of ${[...name].length} characters; IAM ${kind} names are at most 64: check the name (aws iam get-${kind}).`;
    }
    if (path.length + 1 > 512) {
        return `has a path of ${path.length + 1} characters; IAM paths are at most 512.`;
    }
    return `has the path "/${path}"; IAM paths hold printable ASCII (! to ~) between "/"s: check the ARN (aws iam get-${kind}).`;
}

const ROLE_ARN_HINT = "is not an IAM role ARN (arn:aws:iam::<12 digits>:role/<name>, or role/<path>/<name>).";
export const ROLE_ARN = {
    pattern: new RegExp(`^arn:${PARTITION}:iam::\\d{12}:role\\/${IAM_PATH_AND_NAME}$`),
    hint: ROLE_ARN_HINT,
    problem: (value: string) => iamArnProblem(value, false, ROLE_ARN_HINT),
};
const PRINCIPAL_ARN_HINT =
    "is not an IAM role or user ARN (arn:aws:iam::<12 digits>:role/<name>); a whole account (…:root) is too broad here.";
export const PRINCIPAL_ARN = {
    // A role session (sts AssumeRole): the role's name (1-64) and a RoleSessionName of 2-64 of [\w+=,.@-] (STS API
    // reference, AssumeRole RoleSessionName).
    pattern: new RegExp(
        `^arn:${PARTITION}:(?:iam::\\d{12}:(?:role|user)\\/${IAM_PATH_AND_NAME}` +
            `|sts::\\d{12}:assumed-role\\/[\\w+=,.@-]{1,64}\\/[\\w+=,.@-]{2,64})$`,
    ),
    hint: PRINCIPAL_ARN_HINT,
    problem: (value: string) =>
        /^arn:[^:]*:sts:/.test(value) ? undefined : iamArnProblem(value, true, PRINCIPAL_ARN_HINT),
};
/**
 * A KMS key id: a UUID, 8-4-4-4-12 lower-case hex digits ("Key ID: 1234abcd-12ab-34cd-56ef-1234567890ab"), or a
 * multi-Region key's mrk- and 32 hex digits ("Key ID: mrk-1234abcd12ab34cd56ef1234567890ab") (KMS API reference,
 * KeyId of e.g. TagResource / ReplicateKey; KMS Developer Guide, concepts "Key identifiers (KeyId)"). Kept equal to
 * policy-pack/model/awsIds.ts KMS_KEY_ID (the pack is built alone; test/tools/redteam76-tools.test.ts pins that they
 * agree).
 */
export const KMS_KEY_ID = String.raw`(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})`;
export const KMS_KEY_ARN = {
    pattern: new RegExp(`^arn:${PARTITION}:kms:[a-z0-9-]+:\\d{12}:key\\/${KMS_KEY_ID}$`),
    hint: "is not a KMS key ARN (arn:aws:kms:<region>:<account>:key/<key id>; the key id is a UUID such as 1234abcd-12ab-34cd-56ef-1234567890ab, or mrk- and 32 hex digits for a multi-Region key: aws kms describe-key --key-id <alias> --query KeyMetadata.Arn).",
};
export const OIDC_PROVIDER_ARN = /^arn:(aws(?:-[a-z]+)*):iam::(\d{12}):oidc-provider\/(.+)$/;
/**
 * An OIDC issuer URL as IAM registers it: no port ("The URL should not contain a port number", IAM API reference,
 * CreateOpenIDConnectProvider, Url), and EKS issuers never carry one.
 */
export const HTTPS_URL = {
    pattern: /^https:\/\/[a-z0-9.-]+(\/[A-Za-z0-9._~%-]+)*$/,
    hint: "is not an https issuer URL without a trailing slash, e.g. https://oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE.",
};
export const THUMBPRINT = {
    pattern: /^[0-9a-fA-F]{40}$/,
    hint: "is not a certificate thumbprint (40 hex characters, SHA-1).",
};
/** EKS cluster names (CreateCluster: 1-100 characters, `^[0-9A-Za-z][A-Za-z0-9\-_]*$`). */
export const EKS_CLUSTER_NAME = {
    pattern: /^[0-9A-Za-z][A-Za-z0-9_-]{0,99}$/,
    hint: "is not an EKS cluster name (1-100 of A-Z a-z 0-9 - _, starting with a letter or digit; aws eks list-clusters).",
};
/** Kubernetes namespaces are DNS-1123 labels. */
export const DNS1123_LABEL = {
    pattern: /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/,
    hint: "is not a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit, at most 63 characters.",
};
/**
 * Namespaces Kubernetes keeps for the cluster itself (Kubernetes docs, namespaces: "Initial namespaces"): no custody
 * ServiceAccount may live there. Whoever may create pods in a namespace may run them as any of its ServiceAccounts
 * (Kubernetes docs, RBAC good practices, "Workload creation"), and these hold the cluster's own controllers and
 * add-ons (kube-system), are readable by every user (kube-public), or are where anything lands by default (default).
 */
export const RESERVED_NAMESPACES: readonly string[] = ["kube-system", "kube-public", "kube-node-lease", "default"];
/** The namespaces docs: "Avoid creating namespaces with the prefix kube-, since it is reserved for Kubernetes system namespaces." */
export const isReservedNamespace = (name: string): boolean =>
    RESERVED_NAMESPACES.includes(name) || name.startsWith("kube-");
/**
 * The ServiceAccount every namespace holds and every pod that names none runs as: "If you do not specify a
 * ServiceAccount when you create a Pod, Kubernetes automatically assigns the ServiceAccount named default in that
 * namespace" (Kubernetes docs, "Configure Service Accounts for Pods"). A custody role bound to it is every pod's.
 */
export const DEFAULT_SERVICE_ACCOUNT = "default";
/** ServiceAccount names are DNS-1123 subdomains. */
export const DNS1123_SUBDOMAIN = {
    pattern: /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/,
    hint: "is not a DNS-1123 subdomain: lower-case letters, digits, '-' and '.', starting and ending with a letter or digit, at most 253 characters.",
};
/** Prefix for every name this stack creates; kept short so `<prefix>-<suffix>` fits IAM's 64-character role names. */
export const NAME_PREFIX = {
    pattern: /^[a-z][a-z0-9-]{0,30}[a-z0-9]$/,
    hint: "is not a usable name prefix: 2-32 lower-case letters, digits and '-', starting with a letter.",
};
export const ROLE_NAME = {
    pattern: /^[\w+=,.@-]{1,64}$/,
    hint: "is not an IAM role name (at most 64 of A-Z a-z 0-9 + = , . @ _ -).",
};
export const TABLE_NAME = {
    pattern: /^[A-Za-z0-9_.-]{3,255}$/,
    hint: "is not a DynamoDB table name (3-255 of A-Z a-z 0-9 _ . -).",
};
export const ATTRIBUTE_NAME = {
    pattern: /^[A-Za-z0-9_.-]{1,255}$/,
    hint: "is not a usable DynamoDB key attribute name (A-Z a-z 0-9 _ . -).",
};
export const INDEX_NAME = {
    pattern: /^[A-Za-z0-9_.-]{3,255}$/,
    hint: "is not a DynamoDB index name (3-255 of A-Z a-z 0-9 _ . -).",
};
/** Basil catalog key names: dotted logical names, mapped to `alias/basil/<name with dashes>`. */
export const BASIL_KEY_NAME = {
    pattern: /^[a-z0-9]([a-z0-9._-]{0,200}[a-z0-9])?$/,
    hint: "is not a catalog key name: lower-case letters, digits, '.', '_' and '-', e.g. jwt.signing.primary.",
};
export const TAG_KEY = {
    pattern: /^(?!aws:)[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,128}$/iu,
    hint: "is not a usable tag key: 1-128 letters, digits, spaces and _ . : / = + - @; the aws: prefix is reserved by AWS.",
};
export const TAG_VALUE = {
    pattern: /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{0,256}$/u,
    hint: "is not a usable tag value: at most 256 letters, digits, spaces and _ . : / = + - @ (IAM and DynamoDB refuse other characters).",
};
