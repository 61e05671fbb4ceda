/** KMS key policies (seed 000's key policy). */
import { ResourceValidationPolicy } from "@pulumi/policy";
import {
    accountRootOf,
    ALL_KMS_KEY_TYPES,
    DEFAULT_RESTRICTING_KEYS,
    isRootDelegation,
    keyAccountOf,
    keyArnOf,
    loadCatalog,
    presence,
    restrictsCaller,
    rootPinnedTo,
    statementLabel,
    tryParsePolicyDocument,
    TYPES,
} from "../model";
import { accountIdsProperty, ConfigOf, CONDITION_KEY_ITEM, defineConfig, organizationIdProperty } from "./config";

type KeyPolicyConfig = ConfigOf<typeof kmsKeyPolicySafeConfig.properties>;

/** The problems of one key policy, as sentences. */
async function keyPolicyProblems(
    rawPolicy: unknown,
    keyAccount: string | undefined,
    keyArn: string | undefined,
    cfg: KeyPolicyConfig,
): Promise<string[]> {
    const parsed = tryParsePolicyDocument(rawPolicy, undefined, keyArn);
    if (!parsed.ok) return [`the key policy is not a valid policy document: ${parsed.error}`];
    const catalog = await loadCatalog();
    const problems: string[] = [];
    if (!parsed.doc.statements.some(s => isRootDelegation(s, catalog, keyAccount))) {
        // A root delegation on another Resource than "*": a value naming this key was read as "*" already (document.ts
        // keyPolicyResource), so this one names another resource, or a key whose ARN the pack does not know here.
        const elsewhere = parsed.doc.statements.find(
            s => s.resources !== undefined && isRootDelegation({ ...s, resources: ["*"] }, catalog, keyAccount),
        );
        const hint = elsewhere
            ? `; ${statementLabel(elsewhere)} is one on Resource ${elsewhere.resources!.join(", ")}, which ${
                  keyArn !== undefined
                      ? `is not this key (${keyArn})`
                      : "the pack cannot match to this key (its ARN is not known to the policy: a key's own policy is judged before the key exists)"
              }: write "*", which in a key policy means this key (AWS KMS developer guide, "Elements in a key policy")`
            : "";
        problems.push(
            `no root delegation statement (Allow arn:aws:iam::${keyAccount ?? "<key-account>"}:root kms:* on "*", unconditional): without it the account can be locked out of the key (seed 000 EnableIAMDelegation)${hint}`,
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
            // A root restricted by exact aws:PrincipalArn values is those principals of its account, not the whole
            // account (model/shares.ts rootPinnedTo): accepted when the pin is one a "*" may carry here (principals of
            // the custody or trusted accounts), or admits nobody; share-custody and the engine judge who they are.
            const pins = root !== undefined ? rootPinnedTo(s, principal) : undefined;
            if (pins !== undefined && (pins.length === 0 || restrictsCaller(s, cfg, keyAccount))) continue;
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
    restrictingConditionKeys: { type: "array", items: CONDITION_KEY_ITEM, default: DEFAULT_RESTRICTING_KEYS },
    trustedAccountIds: accountIdsProperty(),
    organizationId: organizationIdProperty(),
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
        for (const problem of await keyPolicyProblems(args.props.policy, account, keyArnOf(args), cfg))
            reportViolation(problem);
    },
};
