/** Shamir share custody across KMS keys and accounts (seed 000, "Cross-Account KMS"). */
import { StackValidationPolicy } from "@pulumi/policy";
import {
    accessLevels,
    accountRootOf,
    ActionCatalog,
    CatalogAction,
    KeyModel,
    knownString,
    knownTag,
    linkedByDependency,
    knownRolePermissions,
    loadCatalog,
    NormalizedDocument,
    NormalizedStatement,
    parsePolicyDocument,
    presence,
    rolePermissions,
    statementActions,
    statementCoversResource,
    statementLabel,
    StackModel,
    StackResource,
    TAGS,
    TYPES,
} from "../model";
import { roleLabel, stackContext } from "./common";
import { describeKeyActions, describeKeyGrants, GrantedIdentity, grantedIdentities, kmsActionsOnKey } from "./keyAbuse";
import { isRootDelegation } from "./keyPolicies";
import { defineConfig, NO_CONFIG } from "./config";

const WRAP_ACTIONS = ["kms:encrypt", "kms:decrypt"];

/** AWS principals a key policy allows both Encrypt and Decrypt, other than the key account's own root. */
export function wrapGrantees(
    doc: NormalizedDocument,
    catalog: ActionCatalog,
    keyAccount: string | undefined,
): { both: Set<string>; decrypt: Set<string> } {
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
 * Seed 000's share key policy, exactly: the key account's own root delegation, and the ring's role with
 * kms:Encrypt and kms:Decrypt. Anything else is a second path to the share: kms:CreateGrant or
 * kms:PutKeyPolicy let a principal give itself Decrypt, a foreign `:root` hands the share to another
 * account's administrators. Returns one sentence per extra principal or action.
 */
export function shareKeyPolicyExtras(
    doc: NormalizedDocument,
    catalog: ActionCatalog,
    keyAccount: string | undefined,
    grantee: string | undefined,
): string[] {
    const problems: string[] = [];
    const allowed = new Set(WRAP_ACTIONS);
    for (const s of doc.statements.filter(x => x.effect === "Allow")) {
        if (isRootDelegation(s, catalog, keyAccount)) continue;
        const where = statementLabel(s);
        if (s.notPrincipal) {
            problems.push(`${where} allows everyone but ${describePrincipals(s.notPrincipal)} (NotPrincipal)`);
            continue;
        }
        const p = s.principal;
        const others = [
            ...(p?.wildcard ? ['"*"'] : []),
            ...(p?.service ?? []),
            ...(p?.federated ?? []),
            ...(p?.canonicalUser ?? []),
            ...(p?.aws ?? []).filter(a => a !== "*" && (grantee === undefined ? false : a !== grantee)),
        ];
        const actions = [...statementActions(s, catalog).values()].map(a => a.name);
        const decrypts = actions.some(a => a.toLowerCase() === "kms:decrypt");
        for (const other of others) {
            problems.push(
                `also lets ${other} ${decrypts ? "decrypt its share" : `call ${summarise(actions)}`} (${where})`,
            );
        }
        const extra = actions.filter(a => !allowed.has(a.toLowerCase()));
        const granteeHere = grantee !== undefined && (p?.aws ?? []).includes(grantee);
        if (extra.length > 0 && (granteeHere || (grantee === undefined && others.length === 0))) {
            problems.push(
                `grants ${granteeHere ? grantee : "its principals"} ${summarise(extra)} beyond kms:Encrypt/kms:Decrypt (${where})`,
            );
        }
    }
    return problems;
}

function summarise(actions: readonly string[]): string {
    return actions.length <= 6
        ? actions.join(", ")
        : `${actions.slice(0, 6).join(", ")} and ${actions.length - 6} more`;
}

function describePrincipals(p: NonNullable<NormalizedStatement["principal"]>): string {
    return [...p.aws, ...p.service, ...p.federated, ...p.canonicalUser].join(", ") || "nobody";
}

/** The keys of each share ring (tag custody:share-ring). */
export function shareRings(model: StackModel): Map<string, KeyModel[]> {
    const rings = new Map<string, KeyModel[]>();
    for (const key of model.keys) {
        const ring = knownTag(key.resource, TAGS.shareRing);
        if (ring !== undefined) rings.set(ring, [...(rings.get(ring) ?? []), key]);
    }
    return rings;
}

/** The share key a reference (key id, key ARN, else the dependency on `property`) designates, if any. */
export function shareKeyReferenced(model: StackModel, r: StackResource, property: string): KeyModel | undefined {
    const shares = [...shareRings(model).values()].flat();
    const ref = knownString(r.props, property);
    if (ref !== undefined) {
        const hit = shares.find(k => k.keyId === ref || k.arn === ref);
        if (hit) return hit;
    }
    const deps = linkedByDependency(r, property, TYPES.kmsKey);
    return shares.find(k => deps.some(d => d.urn === k.urn));
}

/** Read/List actions (catalogue access level): they change nothing and reveal no plaintext. */
function readOrList(a: CatalogAction): boolean {
    const levels = accessLevels(a);
    return levels.length > 0 && levels.every(l => l === "Read" || l === "List");
}

/**
 * What a principal other than the ring role may hold on a share key: Read/List and Tagging-level actions (from
 * the catalogue), plus kms:CreateAlias, the one documented exception: naming a key grants nothing (Basil's
 * provisioner creates aliases on key/*; share-aliases-consistent checks where share aliases point).
 */
export function othersMayCall(a: CatalogAction): boolean {
    const levels = accessLevels(a);
    if (levels.includes("Permissions management")) return false;
    return readOrList(a) || levels.includes("Tagging") || a.name.toLowerCase() === "kms:createalias";
}

/** The ring role on its share keys: kms:Encrypt and kms:Decrypt (seed 000) plus Read/List. */
export function ringRoleMayCall(a: CatalogAction): boolean {
    return WRAP_ACTIONS.includes(a.name.toLowerCase()) || readOrList(a);
}

const REPLICA_KEY_TYPES = ["aws:kms/replicaKey:ReplicaKey", "aws:kms/replicaExternalKey:ReplicaExternalKey"];

const shareCustodyConfig = defineConfig({
    requireIdentityGrant: {
        type: "boolean",
        default: true,
        description: "The ring role's own IAM policy must also allow Encrypt/Decrypt on every share key.",
    },
});

/**
 * Rule 11. Seed 000: "A 2-of-3 setup means any two accounts can reconstruct the master key, but no single
 * account can do so alone", and every share key's policy grants kms:Encrypt and kms:Decrypt to the signer role.
 * So the shares of one ring (tag custody:share-ring) are distinct keys with distinct indices, all granting the
 * same role and no one else, and no account holds threshold-many of them. A single-account dev ring breaks the
 * last condition by design, hence advisory in dev.
 */
export const shareCustody: StackValidationPolicy = {
    name: "share-custody",
    description:
        "The share keys of a ring are distinct single-region keys whose policies hold exactly their account's root delegation and kms:Encrypt+Decrypt for one same workload role, no other identity of the stack may Decrypt them, no replica copies them, and no single account holds threshold-many shares (seed 000).",
    enforcementLevel: "mandatory",
    severity: "critical",
    remediationSteps:
        "Give every share key seed 000's policy (own root delegation + the ring role's kms:Encrypt/kms:Decrypt), distinct keys and indices, at most threshold-1 shares per account, and no other identity reaching the share keys.",
    configSchema: shareCustodyConfig.schema,
    validateStack: async (args, reportViolation) => {
        const cfg = shareCustodyConfig.read(args);
        const ctx = await stackContext(args);
        const catalog = await loadCatalog();
        const rings = shareRings(ctx.model);
        for (const [ring, keys] of rings) {
            const first = keys[0].urn;
            ctx.unknowns.run(() => {
                const n = keys.length;
                const thresholds = new Set(keys.map(k => knownTag(k.resource, TAGS.shareThreshold)));
                const threshold = thresholds.size === 1 ? Number([...thresholds][0]) : NaN;
                if (!Number.isInteger(threshold) || threshold < 1 || threshold > n) {
                    reportViolation(
                        `share ring ${ring}: keys disagree on or lack a valid ${TAGS.shareThreshold} (${[...thresholds].join(", ")}) for ${n} shares`,
                        first,
                    );
                    return;
                }
                const indices = keys.map(k => knownTag(k.resource, TAGS.shareIndex));
                const expected = Array.from({ length: n }, (_, i) => String(i + 1));
                if ([...indices].sort((a, b) => Number(a) - Number(b)).join(",") !== expected.join(",")) {
                    reportViolation(
                        `share ring ${ring}: share indices are ${indices.join(", ")}; expected each of ${expected.join(", ")} exactly once`,
                        first,
                    );
                }
                const arns = keys.map(k => k.arn).filter((a): a is string => a !== undefined);
                if (new Set(arns).size !== arns.length)
                    reportViolation(`share ring ${ring}: two shares use the same KMS key`, first);

                const perAccount = new Map<string, KeyModel[]>();
                for (const k of keys) {
                    if (k.account === undefined) {
                        reportViolation(
                            `share ring ${ring}: the account holding ${k.resource.name} is unknown; pin its provider's allowedAccountIds`,
                            k.urn,
                        );
                        continue;
                    }
                    perAccount.set(k.account, [...(perAccount.get(k.account) ?? []), k]);
                }
                for (const [account, held] of perAccount) {
                    if (held.length >= threshold) {
                        reportViolation(
                            `share ring ${ring}: account ${account} holds ${held.length} of ${n} shares (threshold ${threshold}), so it can reconstruct the master key alone; put the shares in separate accounts (seed 000)`,
                            held[0].urn,
                        );
                    }
                }

                // Key policies: every share grants the same role, and nobody else can unwrap a share.
                const grantees = keys.map(k => {
                    const raw = k.policySource?.readRaw();
                    const doc = raw === undefined ? { statements: [] } : parsePolicyDocument(raw);
                    return { key: k, doc, ...wrapGrantees(doc, catalog, k.account) };
                });
                const common = grantees.map(g => g.both).reduce((acc, s) => new Set([...acc].filter(p => s.has(p))));
                if (common.size !== 1) {
                    reportViolation(
                        `share ring ${ring}: the share keys do not all grant kms:Encrypt and kms:Decrypt to one same role (${grantees.map(g => `${g.key.resource.name}: ${[...g.both].join(", ") || "none"}`).join("; ")})`,
                        first,
                    );
                }
                // Seed 000's key policy exactly: own root delegation + the ring role's Encrypt/Decrypt, nothing else.
                const grantee = common.size === 1 ? [...common][0] : undefined;
                for (const g of grantees) {
                    for (const extra of shareKeyPolicyExtras(g.doc, catalog, g.key.account, grantee)) {
                        reportViolation(
                            `share ring ${ring}: ${g.key.resource.name} ${extra}; a share key's policy holds only its own account's root delegation and the ring role's kms:Encrypt/kms:Decrypt (seed 000): CreateGrant or PutKeyPolicy let a principal give itself Decrypt`,
                            g.key.urn,
                        );
                    }
                }
                // A multi-Region share key can be replicated (same key material) under another policy.
                for (const k of keys) {
                    if (
                        presence(k.resource.props, "multiRegion") !== "absent" &&
                        k.resource.props.multiRegion === true
                    ) {
                        reportViolation(
                            `share ring ${ring}: ${k.resource.name} is a multi-Region key; a replica would hold the same share under another key policy (seed 000: one key per share)`,
                            k.urn,
                        );
                    }
                }

                // The role's own IAM policy must reach every share key (checked last: key ARNs are unknown in a first preview).
                const roleArn = common.size === 1 ? [...common][0] : undefined;
                const role = roleArn ? ctx.model.findRole(roleArn) : undefined;
                if (cfg.requireIdentityGrant && role) {
                    const perms = rolePermissions(role.permissionSources);
                    for (const k of keys) {
                        const keyArn = String(k.resource.props.arn);
                        for (const action of WRAP_ACTIONS) {
                            const allowed = perms.allows.some(
                                g =>
                                    statementActions(g.statement, catalog).has(action) &&
                                    statementCoversResource(g.statement, keyArn),
                            );
                            if (!allowed)
                                reportViolation(
                                    `share ring ${ring}: ${roleLabel(role)}'s IAM policy does not allow ${action} on ${k.resource.name} (${keyArn}); both the key policy and the role's policy must allow it (seed 000)`,
                                    role.urn,
                                );
                        }
                    }
                }
            });

            // Nobody else in the stack may use or manage a share: another role of the key's account whose IAM policy
            // reaches the share (its ARN, "*", key/*, NotResource) can call what that policy allows through the root
            // delegation. Only Read/List, Tagging and kms:CreateAlias (naming a key grants nothing) are left to
            // others; the ring role gets kms:Encrypt/kms:Decrypt plus Read/List. Checked per key and identity
            // (ARNs are unknown in a first preview).
            const granteeRole = ctx.unknowns.run(() => {
                const docs = keys
                    .map(k => k.policySource?.readRaw())
                    .map(raw => (raw === undefined ? { statements: [] } : parsePolicyDocument(raw)));
                const sets = docs.map((d, i) => wrapGrantees(d, catalog, keys[i].account).both);
                const common = sets.reduce((acc, x) => new Set([...acc].filter(p => x.has(p))));
                return common.size === 1 ? [...common][0] : undefined;
            });
            const isGrantee = (id: GrantedIdentity) =>
                granteeRole !== undefined &&
                ((id.roleArn !== undefined && id.roleArn === granteeRole) ||
                    ctx.model.findRole(granteeRole)?.urn === id.urn);
            for (const k of keys) {
                ctx.unknowns.run(() => {
                    const keyArn = String(k.resource.props.arn);
                    for (const id of grantedIdentities(ctx)) {
                        ctx.unknowns.run(() => {
                            const isRing = isGrantee(id);
                            const found = kmsActionsOnKey(
                                knownRolePermissions(id.sources, ctx.unknowns),
                                catalog,
                                keyArn,
                                a => !(isRing ? ringRoleMayCall(a) : othersMayCall(a)),
                            );
                            if (found.size === 0) return;
                            const decrypts = [...found.keys()].some(a => a.toLowerCase() === "kms:decrypt");
                            reportViolation(
                                isRing
                                    ? `share ring ${ring}: ${id.label} (the ring role) is allowed ${describeKeyActions(found)} on ${k.resource.name} (${keyArn}) by ${describeKeyGrants(found)}; the ring role may only call kms:Encrypt, kms:Decrypt and Read/List actions on a share key (seed 000). Remove those actions from its statements or scope their Resource to other keys.`
                                    : `share ring ${ring}: ${id.label} is allowed ${describeKeyActions(found)} on ${k.resource.name} (${keyArn}) by ${describeKeyGrants(found)}; through the key's root delegation it can ${decrypts ? "unwrap the share" : "give itself Decrypt, unwrap the share elsewhere, or destroy it"}. Only the ring role may Decrypt a share key, and other principals may hold only Read/List, Tagging and kms:CreateAlias on it (seed 000): remove those actions or scope the statement's Resource away from the share keys (not "*" or key/* in ${k.account ?? "the key's account"}).`,
                                id.urn,
                            );
                        });
                    }
                });
            }
        }

        // A replica of a share key is a second key with the same material under its own policy.
        for (const r of ctx.model.resources.filter(x => REPLICA_KEY_TYPES.includes(x.type))) {
            const share = shareKeyReferenced(ctx.model, r, "primaryKeyArn");
            if (share)
                reportViolation(
                    `${r.type} ${r.name} replicates share key ${share.resource.name}: the share would be readable under another key policy, in another region (seed 000: one key per share)`,
                    r.urn,
                );
        }
        ctx.unknowns.finish();
    },
};

const SHARE_ALIAS = /\/share-(\d+)$/;

/**
 * Seed 000: the signer finds each share's key by name; an alias `.../share-2` re-pointed at share 1's key puts
 * two shares under one key (one account then holds both), while the key policies still look right. So an alias
 * named like a share (`.../share-<n>`) targets the share key whose custody:share-index is n, no share key has two
 * such aliases, and no such alias targets a key of the stack that is not a share key.
 */
export const shareAliasesConsistent: StackValidationPolicy = {
    name: "share-aliases-consistent",
    description:
        "An alias named .../share-<n> targets the share key with custody:share-index n, each share key has at most one such alias, and none targets a non-share key of the stack (seed 000).",
    enforcementLevel: "mandatory",
    severity: "high",
    remediationSteps:
        "Point each `.../share-<n>` alias at the share key tagged custody:share-index=n, one alias per share key.",
    configSchema: NO_CONFIG.schema,
    validateStack: async (args, reportViolation) => {
        const ctx = await stackContext(args);
        const perKey = new Map<string, string[]>();
        for (const alias of ctx.model.resources.filter(r => r.type === TYPES.kmsAlias)) {
            const name = knownString(alias.props, "name");
            const m = name === undefined ? null : SHARE_ALIAS.exec(name);
            if (!m) continue;
            const share = shareKeyReferenced(ctx.model, alias, "targetKeyId");
            if (!share) {
                const ref = knownString(alias.props, "targetKeyId");
                const deps = linkedByDependency(alias, "targetKeyId", TYPES.kmsKey);
                const other = ctx.model.keys.find(
                    k => (ref !== undefined && (k.keyId === ref || k.arn === ref)) || deps.some(d => d.urn === k.urn),
                );
                if (other)
                    reportViolation(
                        `alias ${name} is named like share ${m[1]} but targets ${other.resource.name}, which is not a share key (no ${TAGS.shareRing} tag)`,
                        alias.urn,
                    );
                continue;
            }
            const index = knownTag(share.resource, TAGS.shareIndex);
            if (index !== m[1]) {
                reportViolation(
                    `alias ${name} targets ${share.resource.name}, whose ${TAGS.shareIndex} is ${index ?? "unset"}: share ${m[1]} would be wrapped under another share's key (seed 000: one key per share)`,
                    alias.urn,
                );
            }
            perKey.set(share.urn, [...(perKey.get(share.urn) ?? []), name!]);
        }
        for (const [urn, names] of perKey) {
            if (names.length > 1)
                reportViolation(
                    `share key ${ctx.model.keys.find(k => k.urn === urn)?.resource.name} has ${names.length} share aliases (${names.join(", ")}); keep one per share key`,
                    urn,
                );
        }
        ctx.unknowns.finish();
    },
};
