/**
 * What a resource policy (a KMS key policy, a DynamoDB ResourcePolicy) must say about its own account: the key
 * account's root delegation, and conditions that pin a `"*"` caller to the accounts the stack trusts.
 */
import { ResourceValidationArgs } from "@pulumi/policy";
import { accountOf, accountRootOf, kmsKeyArnOf, parseArn } from "./arn";
import { ActionCatalog } from "./catalog";
import { ConditionClause, NormalizedStatement } from "./document";
import { hasWildcard } from "./glob";
import { packConfigSection } from "./packConfig";
import { statementActions } from "./permissions";
import { providerAccount, resourceRegion, TAGS, TYPES } from "./resources";
import { knownString, presence } from "./unknowns";

/** Which condition keys pin a caller, and the accounts and organisation they may pin it to. */
export interface CallerPinConfig {
    restrictingConditionKeys: readonly string[];
    trustedAccountIds: readonly string[];
    organizationId: string;
}

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

/**
 * The ARN of the key a key policy applies to, when known: a key's own `arn` (else its key id in its region and
 * account); a KeyPolicy's `keyId` when it is the key ARN, else that key id in the KeyPolicy's region and account (a
 * KeyPolicy is created through its key's provider). Passed to parsePolicyDocument, so that a statement naming the key
 * by its ARN reads as the `"*"` it is equivalent to (document.ts keyPolicyResource).
 */
export function keyArnOf(args: Pick<ResourceValidationArgs, "type" | "props" | "provider">): string | undefined {
    const ref =
        args.type === TYPES.kmsKeyPolicy
            ? knownString(args.props, "keyId")
            : (knownString(args.props, "arn") ?? knownString(args.props, "keyId") ?? knownString(args.props, "id"));
    return kmsKeyArnOf(ref, resourceRegion(args), keyAccountOf(args));
}

/** Seed 000's EnableIAMDelegation: the key account's root, every kms action, on "*", unconditional. */
export function isRootDelegation(s: NormalizedStatement, catalog: ActionCatalog, account: string | undefined): boolean {
    if (s.effect !== "Allow" || s.conditions.length > 0 || !(s.resources ?? []).includes("*")) return false;
    const roots = (s.principal?.aws ?? []).map(accountRootOf).filter((a): a is string => a !== undefined);
    if (!roots.some(a => account === undefined || a === account)) return false;
    const granted = statementActions(s, catalog);
    return catalog.service("kms").every(a => granted.has(a.name.toLowerCase()));
}

/** The accounts of the custody model in the pack config (empty without one). */
function custodyModelAccounts(): Set<string> {
    const accounts = packConfigSection("custody-model")?.accounts;
    return new Set(accounts !== null && typeof accounts === "object" ? Object.keys(accounts) : []);
}

const ACCOUNT_KEYS = new Set(["kms:calleraccount", "aws:principalaccount", "aws:sourceaccount"]);
const ARN_KEYS = new Set(["aws:principalarn", "aws:sourcearn"]);

/**
 * Whether one condition clause pins the caller to accounts the stack trusts: account keys to the key's own
 * account (or `trustedAccountIds`), ARN keys to ARNs in those accounts, aws:PrincipalOrgID to the configured
 * organisation. Other configured keys only need exact values.
 */
function clausePins(c: ConditionClause, cfg: CallerPinConfig, keyAccount: string | undefined): boolean {
    if (!PINNING_OPERATORS.has(c.operator.toLowerCase()) || c.values.length === 0 || c.values.some(v => hasWildcard(v)))
        return false;
    const trusted = new Set([...(keyAccount ? [keyAccount] : []), ...cfg.trustedAccountIds]);
    if (ACCOUNT_KEYS.has(c.keyLower)) return c.values.every(v => trusted.has(v));
    // An exact aws:PrincipalArn of a role or user in a custody account of the model is that principal, as naming it
    // would be (issue 9: the signer of another custody account named as "*" + ArnEquals aws:PrincipalArn).
    if (c.keyLower === "aws:principalarn") {
        const custody = custodyModelAccounts();
        const named = (v: string) => {
            const a = parseArn(v);
            return a !== undefined && /^(role|user)\//.test(a.resource) && custody.has(a.account);
        };
        if (c.values.every(v => named(v) || trusted.has(parseArn(v)?.account ?? ""))) return true;
    }
    if (ARN_KEYS.has(c.keyLower)) return c.values.every(v => trusted.has(parseArn(v)?.account ?? ""));
    if (c.keyLower === "aws:principalorgid")
        return cfg.organizationId !== "" && c.values.every(v => v === cfg.organizationId);
    return true;
}

export function restrictsCaller(s: NormalizedStatement, cfg: CallerPinConfig, keyAccount: string | undefined): boolean {
    const wanted = new Set(cfg.restrictingConditionKeys.map(k => k.toLowerCase()));
    return s.conditions.some(c => wanted.has(c.keyLower) && clausePins(c, cfg, keyAccount));
}
