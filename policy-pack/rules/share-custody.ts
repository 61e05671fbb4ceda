/** Shamir share custody across KMS keys and accounts (seed 000, "Cross-Account KMS"). */
import { ReportViolation, StackValidationArgs, StackValidationPolicy } from "@pulumi/policy";
import {
    ActionCatalog,
    describeKeyActions,
    describeKeyGrants,
    foreignKeyMayAdmit,
    grantedIdentities,
    GrantedIdentity,
    KeyModel,
    kmsActionsOnKey,
    knownKeyPolicy,
    knownTag,
    loadCatalog,
    othersMayCall,
    presence,
    principalWithin,
    ringRoleMayCall,
    roleLabel,
    ringGrantee,
    roleOwner,
    rolePermissions,
    shareKeyPolicyExtras,
    shareKeyReferenced,
    shareRings,
    statementActions,
    statementCoversResource,
    TAGS,
    WRAP_ACTIONS,
} from "../model";
import { boundedPermissions, StackContext, stackContext } from "./common";
import { dropKeyPolicyDenied } from "./keyPolicyDeny";
import { currentCustodyModel, nodeArn } from "../engine";
import { allowlistContext } from "./allowlist-context";
import { allowedActions, isAccessSetName, isMetadataOnly } from "../custody/accessSets";
import { defineConfig } from "./config";

const KMS_GRANT_TYPE = "aws:kms/grant:Grant";
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
        "The share keys of a ring are distinct single-region keys whose policies hold exactly their account's root delegation and kms:Encrypt+Decrypt for one same workload role (plus metadata reads for an auditor the custody model names), no other identity of the stack may Decrypt them, no replica copies them, and no single account holds threshold-many shares (seed 000).",
    enforcementLevel: "mandatory",
    severity: "critical",
    remediationSteps:
        "Give every share key seed 000's policy (own root delegation + the ring role's kms:Encrypt/kms:Decrypt), distinct keys and indices, at most threshold-1 shares per account, and no other identity reaching the share keys.",
    configSchema: shareCustodyConfig.schema,
    validateStack: async (args, reportViolation) => {
        const cfg = shareCustodyConfig.read(args);
        const ctx = await stackContext(args);
        const catalog = await loadCatalog();
        const auditors = await modelAuditors(args, catalog);
        for (const [name, keys] of shareRings(ctx.model)) {
            const ring: RingCheck = { name, keys, ctx, catalog, reportViolation, auditors };
            // Who the share keys' policies let wrap and unwrap, read once (a first preview may not know them yet).
            const policies = ctx.unknowns.run(() => ringGrantee(keys, catalog));
            ctx.unknowns.run(() => {
                if (!checkRingLayout(ring)) return;
                if (!policies) return; // a share key's policy is unknown: its advisory is recorded
                checkShareKeyPolicies(ring, policies);
                checkSingleRegion(ring);
                if (cfg.requireIdentityGrant) checkRoleReachesShares(ring, policies.grantee);
            });
            checkNobodyElseOnShares(ring, policies?.grantee);
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

interface RingCheck {
    name: string;
    keys: KeyModel[];
    ctx: StackContext;
    catalog: ActionCatalog;
    reportViolation: ReportViolation;
    /** Principal ARN (lower case) → the actions (lower case) the custody model lets it read share metadata with. */
    auditors: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * The principals the custody model names as subjects of a workload holding a metadata-only set on keys
 * (operations.keyAudit): they may appear in a share key's policy for those actions only. Which share each may read
 * is the model's to say; custody-effective-access judges that per key. No model: nobody.
 *
 * A workload reaches another account's share through a role of the stack when its subjects are ServiceAccounts
 * (IRSA, Pod Identity), or when its named principal (an Identity Center role, whose policies the stack cannot edit)
 * assumes a role the stack creates for it; that key's policy must then name the role (KMS developer guide, "Allowing
 * users in other accounts to use a KMS key": the key policy must give the external principal permission, and
 * "Without permission from the key policy, IAM policies that allow permissions have no effect"). The role counts as
 * the auditor when the engine attributes it to the workload and finds that exactly the workload's subjects can
 * become it (no other path to it): the same attribution custody-effective-access and custody-required-access use.
 */
async function modelAuditors(
    args: Pick<StackValidationArgs, "resources">,
    catalog: ActionCatalog,
): Promise<Map<string, Set<string>>> {
    const out = new Map<string, Set<string>>();
    const state = currentCustodyModel();
    if (state.state !== "ok") return out;
    let engine: Awaited<ReturnType<typeof allowlistContext>>;
    for (const w of state.model.workloads) {
        const actions = new Set<string>();
        for (const e of w.allow) {
            if (!isAccessSetName(e.accessSet) || !isMetadataOnly(e.accessSet)) continue;
            if (
                !e.on.some(
                    sel => "keyAlias" in sel || "key" in sel || ("pattern" in sel && sel.pattern.includes(":kms:")),
                )
            )
                continue;
            for (const p of allowedActions(e.accessSet))
                for (const a of catalog.expand(p)) if (a.service === "kms") actions.add(a.name.toLowerCase());
        }
        if (actions.size === 0) continue;
        for (const sub of w.subjects) if ("principal" in sub) out.set(sub.principal.toLowerCase(), actions);
        if (w.subjects.length === 0) continue;
        engine ??= await allowlistContext(args);
        if (!engine) continue;
        for (const id of engine.ea.identities) {
            const arn = id.node.kind === "role" ? nodeArn(id.node) : undefined;
            if (arn === undefined || engine.judge.workloadOf(id.node) !== w) continue;
            if (engine.ea.becomersOf(id.node).length === 0 || engine.judge.uncoveredPaths(id.node, w).length > 0)
                continue;
            out.set(arn.toLowerCase(), actions);
        }
    }
    return out;
}

/**
 * The metadata actions the custody model lets a key policy principal read a share with: those of the auditor it
 * is, or of the auditor role it is one session of (model/arn.ts principalWithin: a session admits a subset of its
 * role's callers, so it may hold what the role may).
 */
function auditorOf(auditors: RingCheck["auditors"], principal: string): ReadonlySet<string> | undefined {
    return (
        auditors.get(principal.toLowerCase()) ??
        [...auditors].find(([subject]) => principalWithin(principal, subject))?.[1]
    );
}

/** Threshold, indices, distinct keys, and no account holding threshold-many shares. False when the threshold is invalid. */
function checkRingLayout({ name: ring, keys, reportViolation }: RingCheck): boolean {
    const first = keys[0].urn;
    const n = keys.length;
    const thresholds = new Set(keys.map(k => knownTag(k.resource, TAGS.shareThreshold)));
    const threshold = thresholds.size === 1 ? Number([...thresholds][0]) : NaN;
    if (!Number.isInteger(threshold) || threshold < 1 || threshold > n) {
        reportViolation(
            `share ring ${ring}: keys disagree on or lack a valid ${TAGS.shareThreshold} (${[...thresholds].join(", ")}) for ${n} shares`,
            first,
        );
        return false;
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
    return true;
}

/** Key policies: every share grants the same role, and nobody else can unwrap a share. */
function checkShareKeyPolicies(
    { name: ring, keys, catalog, reportViolation, auditors }: RingCheck,
    { grantee, common, perKey }: ReturnType<typeof ringGrantee>,
): void {
    if (common.size !== 1) {
        reportViolation(
            `share ring ${ring}: the share keys do not all grant kms:Encrypt and kms:Decrypt to one same role (${perKey.map(g => `${g.key.resource.name}: ${[...g.both].join(", ") || "none"}`).join("; ")})`,
            keys[0].urn,
        );
    }
    // Seed 000's key policy exactly: own root delegation + the ring role's Encrypt/Decrypt, nothing else.
    for (const g of perKey) {
        for (const extra of shareKeyPolicyExtras(g.doc, catalog, g.key.account, grantee, p => auditorOf(auditors, p))) {
            reportViolation(
                `share ring ${ring}: ${g.key.resource.name} ${extra}; a share key's policy holds only its own account's root delegation and the ring role's kms:Encrypt/kms:Decrypt (seed 000): CreateGrant or PutKeyPolicy let a principal give itself Decrypt`,
                g.key.urn,
            );
        }
    }
}

function checkSingleRegion({ name: ring, keys, reportViolation }: RingCheck): void {
    // A multi-Region share key can be replicated (same key material) under another policy.
    for (const k of keys) {
        if (presence(k.resource.props, "multiRegion") !== "absent" && k.resource.props.multiRegion === true) {
            reportViolation(
                `share ring ${ring}: ${k.resource.name} is a multi-Region key; a replica would hold the same share under another key policy (seed 000: one key per share)`,
                k.urn,
            );
        }
    }
}

/** The role's own IAM policy must reach every share key (checked last: key ARNs are unknown in a first preview). */
function checkRoleReachesShares(
    { name: ring, keys, ctx, catalog, reportViolation }: RingCheck,
    grantee: string | undefined,
): void {
    const role = grantee ? ctx.model.findRole(grantee) : undefined;
    if (!role) return;
    const perms = rolePermissions(role.permissionSources, roleOwner(role));
    for (const k of keys) {
        const keyArn = String(k.resource.props.arn);
        for (const action of WRAP_ACTIONS) {
            const allowed = perms.allows.some(
                g => statementActions(g.statement, catalog).has(action) && statementCoversResource(g.statement, keyArn),
            );
            if (!allowed)
                reportViolation(
                    `share ring ${ring}: ${roleLabel(role)}'s IAM policy does not allow ${action} on ${k.resource.name} (${keyArn}); both the key policy and the role's policy must allow it (seed 000)`,
                    role.urn,
                );
        }
    }
}

/*
 * Nobody else in the stack may use or manage a share: another role of the key's account whose IAM policy reaches
 * the share (its ARN, "*", key/*, NotResource) can call what that policy allows through the root delegation. Only
 * Read/List, Tagging and kms:CreateAlias (naming a key grants nothing) are left to others; the ring role gets
 * kms:Encrypt/kms:Decrypt plus Read/List. Checked per key and identity (ARNs are unknown in a first preview).
 *
 * Round 76: the root delegation empowers the key's own account only. An identity of another account reaches the
 * key only when the key policy (or a grant) names it, its account or a principal that may be it (AWS KMS Developer
 * Guide, "Allowing users in other accounts to use a KMS key": the key policy must give the external account or its
 * principals permission, and without it IAM policies that allow permissions have no effect): model/keyAccess.ts
 * foreignKeyMayAdmit, failing closed on an unknown policy or grantee.
 */
function checkNobodyElseOnShares(
    { name: ring, keys, ctx, catalog, reportViolation }: RingCheck,
    grantee: string | undefined,
): void {
    const isGrantee = (id: GrantedIdentity) =>
        grantee !== undefined &&
        ((id.roleArn !== undefined && id.roleArn === grantee) || ctx.model.findRole(grantee)?.urn === id.urn);
    const grantees = ctx.model.resources
        .filter(r => r.type === KMS_GRANT_TYPE)
        .map(r => (typeof r.props.granteePrincipal === "string" ? r.props.granteePrincipal : undefined));
    for (const k of keys) {
        ctx.unknowns.run(() => {
            const keyArn = String(k.resource.props.arn);
            let policy: ReturnType<typeof knownKeyPolicy> | null = null;
            /** An identity of another account, whom neither the key policy nor a grant may admit, reaches nothing. */
            const foreignShutOut = (id: GrantedIdentity) => {
                if (id.account === undefined || k.account === undefined || id.account === k.account) return false;
                if (policy === null) policy = knownKeyPolicy(k);
                return !foreignKeyMayAdmit(policy, grantees, id.account, id.designee);
            };
            for (const id of grantedIdentities(ctx.model)) {
                ctx.unknowns.run(() => {
                    const isRing = isGrantee(id);
                    const found = kmsActionsOnKey(
                        boundedPermissions(ctx, id.sources, id.owner, id.holder),
                        catalog,
                        keyArn,
                        a => !(isRing ? ringRoleMayCall(a) : othersMayCall(a)),
                        k.fixedAttributes,
                    );
                    // A Deny of this very role in the share key's policy wins over its IAM grant, read as the engine
                    // reads it (rules/keyPolicyDeny.ts).
                    dropKeyPolicyDenied(ctx, k.urn, keyArn, id, found);
                    if (found.size === 0 || foreignShutOut(id)) return;
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
