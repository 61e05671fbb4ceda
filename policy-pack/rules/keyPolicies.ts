/** KMS key policies and key lifecycle (seed 000's key policy; seed 004's key specs and rotation). */
import { ResourceValidationArgs, ResourceValidationPolicy } from "@pulumi/policy";
import {
    accountOf,
    accountRootOf,
    ActionCatalog,
    ALL_KMS_KEY_TYPES,
    ConditionClause,
    hasWildcard,
    KMS_KEY_TYPES,
    loadCatalog,
    NormalizedStatement,
    parseArn,
    statementActions,
    providerAccount,
    statementLabel,
    tryParsePolicyDocument,
    TAGS,
    TYPES,
} from "../model";
import { knownString, presence } from "../model";
import { ConfigOf, defineConfig } from "./config";

type KeyPolicyConfig = ConfigOf<typeof kmsKeyPolicySafeConfig.properties>;

export const DEFAULT_RESTRICTING_KEYS = [
    "kms:CallerAccount",
    "aws:PrincipalAccount",
    "aws:SourceAccount",
    "aws:PrincipalOrgID",
    "aws:PrincipalArn",
    "aws:SourceArn",
];
const PINNING_OPERATORS = new Set(["stringequals", "stringequalsignorecase", "arnequals", "arnlike", "stringlike"]);

/** The account a key (or KeyPolicy) lives in: its provider's allowedAccountIds, else its ARN, else its tag. */
export function keyAccountOf(args: Pick<ResourceValidationArgs, "props" | "provider">): string | undefined {
    const fromProvider = providerAccount(args);
    if (fromProvider) return fromProvider;
    const fromArn = accountOf(knownString(args.props, "arn"));
    if (fromArn) return fromArn;
    return presence(args.props, "tags") === "present" ? knownString(args.props.tags, TAGS.account) : undefined;
}

/** Seed 000's EnableIAMDelegation: the key account's root, every kms action, on "*", unconditional. */
export function isRootDelegation(s: NormalizedStatement, catalog: ActionCatalog, account: string | undefined): boolean {
    if (s.effect !== "Allow" || s.conditions.length > 0 || !(s.resources ?? []).includes("*")) return false;
    const roots = (s.principal?.aws ?? []).map(accountRootOf).filter((a): a is string => a !== undefined);
    if (!roots.some(a => account === undefined || a === account)) return false;
    const granted = statementActions(s, catalog);
    return catalog.service("kms").every(a => granted.has(a.name.toLowerCase()));
}

const ACCOUNT_KEYS = new Set(["kms:calleraccount", "aws:principalaccount", "aws:sourceaccount"]);
const ARN_KEYS = new Set(["aws:principalarn", "aws:sourcearn"]);

/**
 * Whether one condition clause pins the caller to accounts the stack trusts: account keys to the key's own
 * account (or `trustedAccountIds`), ARN keys to ARNs in those accounts, aws:PrincipalOrgID to the configured
 * organisation. Other configured keys only need exact values.
 */
function clausePins(
    c: ConditionClause,
    cfg: Omit<KeyPolicyConfig, "allowCrossAccountRoot">,
    keyAccount: string | undefined,
): boolean {
    if (!PINNING_OPERATORS.has(c.operator.toLowerCase()) || c.values.length === 0 || c.values.some(v => hasWildcard(v)))
        return false;
    const trusted = new Set([...(keyAccount ? [keyAccount] : []), ...cfg.trustedAccountIds]);
    if (ACCOUNT_KEYS.has(c.keyLower)) return c.values.every(v => trusted.has(v));
    if (ARN_KEYS.has(c.keyLower)) return c.values.every(v => trusted.has(parseArn(v)?.account ?? ""));
    if (c.keyLower === "aws:principalorgid")
        return cfg.organizationId !== "" && c.values.every(v => v === cfg.organizationId);
    return true;
}

export function restrictsCaller(
    s: NormalizedStatement,
    cfg: Omit<KeyPolicyConfig, "allowCrossAccountRoot">,
    keyAccount: string | undefined,
): boolean {
    const wanted = new Set(cfg.restrictingConditionKeys.map(k => k.toLowerCase()));
    return s.conditions.some(c => wanted.has(c.keyLower) && clausePins(c, cfg, keyAccount));
}

/** The problems of one key policy, as sentences. */
export async function keyPolicyProblems(
    rawPolicy: unknown,
    keyAccount: string | undefined,
    cfg: KeyPolicyConfig,
): Promise<string[]> {
    const parsed = tryParsePolicyDocument(rawPolicy);
    if (!parsed.ok) return [`the key policy is not a valid policy document: ${parsed.error}`];
    const catalog = await loadCatalog();
    const problems: string[] = [];
    if (!parsed.doc.statements.some(s => isRootDelegation(s, catalog, keyAccount))) {
        problems.push(
            `no root delegation statement (Allow arn:aws:iam::${keyAccount ?? "<key-account>"}:root kms:* on "*", unconditional): without it the account can be locked out of the key (seed 000 EnableIAMDelegation)`,
        );
    }
    for (const s of parsed.doc.statements.filter(x => x.effect === "Allow")) {
        const where = statementLabel(s);
        if (s.notPrincipal) problems.push(`${where} uses Allow with NotPrincipal: it grants everyone not listed`);
        if (s.principal?.wildcard && !restrictsCaller(s, cfg, keyAccount)) {
            problems.push(
                `${where} allows "*" without a condition pinning the caller to the key's account ${keyAccount ?? "(unknown: pin the provider's allowedAccountIds)"}` +
                    `${cfg.trustedAccountIds.length ? ` or ${cfg.trustedAccountIds.join(", ")}` : ""} (${cfg.restrictingConditionKeys.join(", ")}; aws:PrincipalOrgID only with the configured organizationId)`,
            );
        }
        for (const principal of s.principal?.aws ?? []) {
            const root = accountRootOf(principal);
            if (root !== undefined && keyAccount !== undefined && root !== keyAccount && !cfg.allowCrossAccountRoot) {
                problems.push(
                    `${where} grants the whole account ${root} (${principal}); name the role that needs the key (seed 000: the primary signer role)`,
                );
            }
        }
    }
    return problems;
}

const kmsKeyPolicySafeConfig = defineConfig({
    allowCrossAccountRoot: { type: "boolean", default: false },
    restrictingConditionKeys: { type: "array", items: { type: "string" }, default: DEFAULT_RESTRICTING_KEYS },
    trustedAccountIds: { type: "array", items: { type: "string" }, default: [] },
    organizationId: { type: "string", default: "" },
});

/**
 * Rule 6 (key policy). Seed 000's key policy: EnableIAMDelegation (the key's own account root, kms:*) and a
 * named role for Encrypt/Decrypt, in the secondary account too. A "*" principal without an account condition
 * opens the key to every AWS account; a foreign `:root` delegates the share to whoever administers that
 * account, which defeats cross-account custody; a missing root statement can lock the key out for good.
 */
export const kmsKeyPolicySafe: ResourceValidationPolicy = {
    name: "kms-key-policy-safe",
    description:
        "Key policies (Key, KeyPolicy, ReplicaKey, ExternalKey, ReplicaExternalKey) keep the key account's root delegation, pin \"*\" principals to the key's own (or trusted) account, and name roles rather than foreign accounts (seed 000).",
    enforcementLevel: "mandatory",
    severity: "critical",
    remediationSteps:
        "Keep the key account's root delegation statement, pin `\"*\"` principals with kms:CallerAccount/aws:PrincipalAccount (or ARN) to the key's account, and name roles instead of other accounts' roots.",
    url: "https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html",
    configSchema: kmsKeyPolicySafeConfig.schema,
    validateResource: async (args, reportViolation) => {
        if (!ALL_KMS_KEY_TYPES.includes(args.type) && args.type !== TYPES.kmsKeyPolicy) return;
        const cfg = kmsKeyPolicySafeConfig.read(args);
        // A key without `policy` gets AWS's default key policy: the root delegation alone.
        if (args.props.policy === undefined) return;
        const account = keyAccountOf(args);
        // The pins are judged against the key's account: while only its (unknown) ARN could tell, defer to the advisory.
        if (account === undefined && presence(args.props, "arn") === "unknown") void args.props.arn;
        for (const problem of await keyPolicyProblems(args.props.policy, account, cfg)) reportViolation(problem);
    },
};

const kmsKeyLifecycleConfig = defineConfig({
    minimumDeletionWindowInDays: { type: "integer", minimum: 7, maximum: 30, default: 30 },
});

/**
 * Rule 6 (lifecycle). Seed 004: symmetric keys rotate in place (asymmetric keys cannot: Basil rotates those by
 * new key + alias swap). A short deletion window leaves little time to notice a scheduled deletion of a share
 * key, and a deleted share key loses the share; AWS's maximum (30 days) is the default floor. Bypassing the
 * lockout safety check is how a key policy without root delegation gets applied.
 */
export const kmsKeyLifecycle: ResourceValidationPolicy = {
    name: "kms-key-lifecycle",
    description:
        "Symmetric keys enable rotation, every key (also replica and external keys) keeps a deletion window of at least 30 days, no key bypasses the policy lockout safety check, and no share key is disabled (seeds 000, 004).",
    enforcementLevel: "mandatory",
    severity: "high",
    remediationSteps:
        "Set deletionWindowInDays to at least the configured minimum, drop bypassPolicyLockoutSafetyCheck, keep share keys enabled and enable rotation on symmetric keys.",
    configSchema: kmsKeyLifecycleConfig.schema,
    validateResource: (args, reportViolation) => {
        if (!ALL_KMS_KEY_TYPES.includes(args.type)) return;
        const cfg = kmsKeyLifecycleConfig.read(args);
        const p = args.props;
        // Only aws.kms.Key rotates in place: a replica follows its primary's rotation, and KMS does not rotate
        // imported (External) key material.
        if (args.type === KMS_KEY_TYPES.key) {
            const spec = String(p.customerMasterKeySpec ?? p.keySpec ?? "SYMMETRIC_DEFAULT");
            if (spec === "SYMMETRIC_DEFAULT" && p.enableKeyRotation !== true) {
                reportViolation("a symmetric (SYMMETRIC_DEFAULT) key must set enableKeyRotation: true");
            }
        }
        // A disabled share key makes its share unusable: the ring is one share closer to losing its threshold.
        const isShare = presence(p, "tags") === "present" && presence(p.tags, TAGS.shareRing) !== "absent";
        const enabledProperty = args.type === KMS_KEY_TYPES.key ? "isEnabled" : "enabled";
        if (isShare && p[enabledProperty] === false) {
            reportViolation(
                `${enabledProperty} is false on a share key (tag ${TAGS.shareRing}): the share cannot be unwrapped while the key is disabled, which puts the custody threshold at risk (seed 000)`,
            );
        }
        // Unset means AWS's default window, 30 days.
        const window = p.deletionWindowInDays === undefined ? 30 : Number(p.deletionWindowInDays);
        if (window < cfg.minimumDeletionWindowInDays) {
            reportViolation(
                `deletionWindowInDays is ${window}; at least ${cfg.minimumDeletionWindowInDays} days are required to catch and cancel a mistaken deletion`,
            );
        }
        if (p.bypassPolicyLockoutSafetyCheck === true) {
            reportViolation(
                "bypassPolicyLockoutSafetyCheck is true: KMS would accept a policy that locks the account out of the key",
            );
        }
    },
};
