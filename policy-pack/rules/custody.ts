/** Shamir share custody across KMS keys and accounts (seed 000, "Cross-Account KMS"). */
import { StackValidationPolicy } from "@pulumi/policy";
import {
    accountRootOf, ActionCatalog, KeyModel, knownTag, loadCatalog, NormalizedDocument, parsePolicyDocument,
    rolePermissions, statementActions, statementCoversResource, TAGS,
} from "../model";
import { configOf, roleLabel, stackContext } from "./common";

export interface ShareCustodyConfig {
    /** The workload role's own IAM policy must also allow Encrypt/Decrypt on every share key ("both the caller's IAM policy and the target key policy must allow the operation"). */
    requireIdentityGrant: boolean;
}

const WRAP_ACTIONS = ["kms:encrypt", "kms:decrypt"];

/** AWS principals a key policy allows both Encrypt and Decrypt, other than the key account's own root. */
export function wrapGrantees(doc: NormalizedDocument, catalog: ActionCatalog, keyAccount: string | undefined): { both: Set<string>; decrypt: Set<string> } {
    const both = new Set<string>();
    const decrypt = new Set<string>();
    for (const s of doc.statements.filter(x => x.effect === "Allow")) {
        const actions = statementActions(s, catalog);
        for (const principal of s.principal?.aws ?? []) {
            const root = accountRootOf(principal);
            if (root !== undefined && root === keyAccount) continue;
            if (actions.has("kms:decrypt")) decrypt.add(principal);
            if (WRAP_ACTIONS.every(a => actions.has(a))) both.add(principal);
        }
    }
    return { both, decrypt };
}

/**
 * Rule 11. Seed 000: "A 2-of-3 setup means any two accounts can reconstruct the master key, but no single
 * account can do so alone", and every share key's policy grants kms:Encrypt and kms:Decrypt to the signer role.
 * So the shares of one ring (tag custody:share-ring) are distinct keys with distinct indices, all granting the
 * same role and no one else, and no account holds threshold-many of them. A single-account dev ring breaks the
 * last condition by design, hence advisory in dev.
 */
export const shareCustody: StackValidationPolicy = {
    name: "share-custody",
    description: "The share keys of a ring are distinct keys that all grant kms:Encrypt+Decrypt to the same workload role (and no other principal), and no single account holds threshold-many shares (seed 000).",
    enforcementLevel: "mandatory",
    configSchema: {
        properties: {
            requireIdentityGrant: { type: "boolean", default: true },
        },
    },
    validateStack: async (args, reportViolation) => {
        const cfg = configOf<ShareCustodyConfig>(args, { requireIdentityGrant: true });
        const ctx = await stackContext(args);
        const catalog = await loadCatalog();
        const rings = new Map<string, KeyModel[]>();
        for (const key of ctx.model.keys) {
            const ring = knownTag(key.resource, TAGS.shareRing);
            if (ring !== undefined) rings.set(ring, [...(rings.get(ring) ?? []), key]);
        }
        for (const [ring, keys] of rings) {
            const first = keys[0].urn;
            ctx.unknowns.run(() => {
                const n = keys.length;
                const thresholds = new Set(keys.map(k => knownTag(k.resource, TAGS.shareThreshold)));
                const threshold = thresholds.size === 1 ? Number([...thresholds][0]) : NaN;
                if (!Number.isInteger(threshold) || threshold < 1 || threshold > n) {
                    reportViolation(`share ring ${ring}: keys disagree on or lack a valid ${TAGS.shareThreshold} (${[...thresholds].join(", ")}) for ${n} shares`, first);
                    return;
                }
                const indices = keys.map(k => knownTag(k.resource, TAGS.shareIndex));
                const expected = Array.from({ length: n }, (_, i) => String(i + 1));
                if ([...indices].sort((a, b) => Number(a) - Number(b)).join(",") !== expected.join(",")) {
                    reportViolation(`share ring ${ring}: share indices are ${indices.join(", ")}; expected each of ${expected.join(", ")} exactly once`, first);
                }
                const arns = keys.map(k => k.arn).filter((a): a is string => a !== undefined);
                if (new Set(arns).size !== arns.length) reportViolation(`share ring ${ring}: two shares use the same KMS key`, first);

                const perAccount = new Map<string, KeyModel[]>();
                for (const k of keys) {
                    if (k.account === undefined) {
                        reportViolation(`share ring ${ring}: the account holding ${k.resource.name} is unknown; pin its provider's allowedAccountIds`, k.urn);
                        continue;
                    }
                    perAccount.set(k.account, [...(perAccount.get(k.account) ?? []), k]);
                }
                for (const [account, held] of perAccount) {
                    if (held.length >= threshold) {
                        reportViolation(`share ring ${ring}: account ${account} holds ${held.length} of ${n} shares (threshold ${threshold}), so it can reconstruct the master key alone; put the shares in separate accounts (seed 000)`, held[0].urn);
                    }
                }

                // Key policies: every share grants the same role, and nobody else can unwrap a share.
                const grantees = keys.map(k => {
                    const raw = k.policySource?.readRaw();
                    const doc = raw === undefined ? { statements: [] } : parsePolicyDocument(raw);
                    return { key: k, ...wrapGrantees(doc, catalog, k.account) };
                });
                const common = grantees.map(g => g.both).reduce((acc, s) => new Set([...acc].filter(p => s.has(p))));
                if (common.size !== 1) {
                    reportViolation(`share ring ${ring}: the share keys do not all grant kms:Encrypt and kms:Decrypt to one same role (${grantees.map(g => `${g.key.resource.name}: ${[...g.both].join(", ") || "none"}`).join("; ")})`, first);
                }
                for (const g of grantees) {
                    const others = [...g.decrypt].filter(p => !common.has(p));
                    if (others.length > 0) reportViolation(`share ring ${ring}: ${g.key.resource.name} also lets ${others.join(", ")} decrypt its share`, g.key.urn);
                }

                // The role's own IAM policy must reach every share key (checked last: key ARNs are unknown in a first preview).
                const roleArn = common.size === 1 ? [...common][0] : undefined;
                const role = roleArn ? ctx.model.findRole(roleArn) : undefined;
                if (cfg.requireIdentityGrant && role) {
                    const perms = rolePermissions(role.permissionSources);
                    for (const k of keys) {
                        const keyArn = String(k.resource.props.arn);
                        for (const action of WRAP_ACTIONS) {
                            const allowed = perms.allows.some(g => statementActions(g.statement, catalog).has(action) && statementCoversResource(g.statement, keyArn));
                            if (!allowed) reportViolation(`share ring ${ring}: ${roleLabel(role)}'s IAM policy does not allow ${action} on ${k.resource.name} (${keyArn}); both the key policy and the role's policy must allow it (seed 000)`, role.urn);
                        }
                    }
                }
            });
        }
        ctx.unknowns.finish();
    },
};
