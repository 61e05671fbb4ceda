/**
 * Shamir share rings (seed 000, "Cross-Account KMS"): the share keys of each ring (tag custody:share-ring), who
 * their key policies let wrap and unwrap a share, and what the ring role and everyone else may call on them.
 */
import { accountOf, accountRootOf, principalIdentity, principalWithin, roleOfPrincipal, roleSessionOf } from "./arn";
import { accessLevels, ActionCatalog, actsOnKmsKey, CatalogAction } from "./catalog";
import { NormalizedDocument, NormalizedStatement, parsePolicyDocument, statementLabel } from "./document";
import { CALLER_KEYS, pinnedValues } from "./conditions";
import { isRootDelegation } from "./keyPolicy";
import { statementActions } from "./permissions";
import { KeyModel, knownTag, linkedByDependency, StackModel, StackResource, TAGS, TYPES } from "./resources";
import { knownString } from "./unknowns";

/** What the ring role does with its share keys (seed 000), lower-case. */
export const WRAP_ACTIONS = ["kms:encrypt", "kms:decrypt"];

/**
 * The principals an account root named in `s` stands for when the statement also pins aws:PrincipalArn to exact
 * ARNs: only those of the root's account (conditions AND with the Principal element: IAM User Guide, "AWS global
 * condition context keys", aws:PrincipalArn; a pin in another account admits nobody). Undefined when `principal` is
 * not a root or nothing pins it exactly (a pattern, IfExists or a negation leaves the whole account), as the engine
 * reads it (engine/build.ts).
 */
export function rootPinnedTo(s: NormalizedStatement, principal: string): string[] | undefined {
    const root = accountRootOf(principal);
    if (root === undefined) return undefined;
    const pins = pinnedValues(s, CALLER_KEYS.principalArn);
    if (pins === undefined || pins.length === 0) return undefined;
    return pins.filter(p => accountOf(p) === root);
}

/**
 * The AWS principals a statement designates: `"*"` pinned by an exact `aws:PrincipalArn` (ArnEquals, StringEquals)
 * is those principals, the same as naming them (issue 9: refusing it was a false positive); an account root pinned
 * so is those of its account (rootPinnedTo).
 */
function awsPrincipalsOf(s: NormalizedStatement): string[] {
    const aws = s.principal?.aws ?? [];
    const named = aws.filter(a => a !== "*").flatMap(a => rootPinnedTo(s, a) ?? [a]);
    if (!aws.includes("*")) return named;
    const pinned = pinnedValues(s, CALLER_KEYS.principalArn);
    return pinned ? [...named, ...pinned] : aws;
}

/**
 * The AWS principals (as written) a key policy allows both Encrypt and Decrypt, other than the key account's own
 * root. Per principal across statements: Encrypt and Decrypt in two statements grant the same as in one. A role
 * session (model/arn.ts principalWithin) also holds what the policy grants its role: its calls are the role's.
 */
function wrapGrantees(doc: NormalizedDocument, catalog: ActionCatalog, keyAccount: string | undefined): Set<string> {
    const wrapActionsOf = new Map<string, Set<string>>();
    for (const s of doc.statements.filter(x => x.effect === "Allow")) {
        const actions = statementActions(s, catalog);
        for (const principal of awsPrincipalsOf(s)) {
            const root = accountRootOf(principal);
            if (root !== undefined && root === keyAccount) continue;
            const held = wrapActionsOf.get(principal) ?? new Set<string>();
            for (const a of WRAP_ACTIONS) if (actions.has(a)) held.add(a);
            wrapActionsOf.set(principal, held);
        }
    }
    const holds = (p: string) =>
        WRAP_ACTIONS.every(a =>
            [...wrapActionsOf].some(([q, held]) => held.has(a) && (q === p || (q !== "*" && principalWithin(p, q)))),
        );
    return new Set([...wrapActionsOf.keys()].filter(holds));
}

/**
 * Whether a key policy principal is the ring's role `grantee` or one session of it (model/arn.ts principalIdentity:
 * the role whatever the ARN's path, and any session IAM accepts; IAM User Guide, "AWS JSON policy elements:
 * Principal", Role session principals): a session is that role's credentials with one RoleSessionName, so naming
 * it grants nothing the role lacks.
 */
function ofRing(principal: string, grantee: string): boolean {
    return principal !== "*" && principalIdentity(principal) === principalIdentity(grantee);
}

/**
 * Seed 000's share key policy, exactly: the key account's own root delegation, and the ring's role with
 * kms:Encrypt and kms:Decrypt. Anything else is a second path to the share: kms:CreateGrant or
 * kms:PutKeyPolicy let a principal give itself Decrypt, a foreign `:root` hands the share to another
 * account's administrators. Returns one sentence per extra principal or action.
 *
 * `auditorActions` names the principals the custody model lets read share metadata (a metadata-only access set,
 * e.g. operations.keyAudit) with the lower-case actions they may hold: such a statement is no second path when
 * every action it grants is one of those (all Read/List: no key use, grant or policy change).
 */
export function shareKeyPolicyExtras(
    doc: NormalizedDocument,
    catalog: ActionCatalog,
    keyAccount: string | undefined,
    grantee: string | undefined,
    auditorActions: (principalArn: string) => ReadonlySet<string> | undefined = () => undefined,
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
        const aws = awsPrincipalsOf(s);
        const others = [
            ...(aws.includes("*") ? ['"*"'] : []),
            ...(p?.service ?? []),
            ...(p?.federated ?? []),
            ...(p?.canonicalUser ?? []),
            ...aws.filter(a => a !== "*" && grantee !== undefined && !ofRing(a, grantee)),
        ];
        const expanded = [...statementActions(s, catalog).values()];
        const catalogActions = expanded.filter(actsOnKmsKey);
        // A statement of only actions that take no key (kms:ListAliases, iam:*) grants nothing in a key policy.
        if (expanded.length > 0 && catalogActions.length === 0) continue;
        const actions = catalogActions.map(a => a.name);
        const decrypts = actions.some(a => a.toLowerCase() === "kms:decrypt");
        for (const other of others) {
            const audit = aws.includes(other) ? auditorActions(other) : undefined;
            if (audit && actions.length > 0 && actions.every(a => audit.has(a.toLowerCase()))) continue;
            problems.push(
                `also lets ${other} ${decrypts ? "decrypt its share" : `call ${summarise(actions)}`} (${where})`,
            );
        }
        // The ring role may also read its share's metadata (DescribeKey is harmless: issue 9).
        const extra = catalogActions
            .filter(a => !allowed.has(a.name.toLowerCase()) && !ringRoleMayCall(a))
            .map(a => a.name);
        const granteeHere = grantee === undefined ? undefined : aws.find(a => ofRing(a, grantee));
        if (extra.length > 0 && (granteeHere !== undefined || (grantee === undefined && others.length === 0))) {
            problems.push(
                `grants ${granteeHere ?? "its principals"} ${summarise(extra)} beyond kms:Encrypt/kms:Decrypt (${where})`,
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

/** A share key's policy, parsed (no policy: AWS's default, which grants no workload role). */
function readShareKeyPolicy(key: KeyModel): NormalizedDocument {
    const raw = key.policySource?.readRaw();
    return raw === undefined ? { statements: [] } : parsePolicyDocument(raw, undefined, key.policySource?.keyArn);
}

/** The key's policy in force, or undefined when it is unknown or unreadable (a first preview). */
export function knownKeyPolicy(key: KeyModel): NormalizedDocument | undefined {
    try {
        const raw = key.policySource?.readRaw();
        return raw === undefined ? undefined : parsePolicyDocument(raw, undefined, key.policySource?.keyArn);
    } catch {
        return undefined;
    }
}

/**
 * The one role every share key of a ring lets Encrypt and Decrypt (seed 000: the ring role), or undefined when
 * the keys name no common grantee or several. A key may name the role or one session of it (model/arn.ts
 * principalIdentity: a session is its role's credentials, so the ring is still that one role): the ring's grantee
 * is the role's ARN as a key policy writes it, else `arn:<partition>:iam::<account>:role/<name>` from a session
 * (IAM designates a role by name and account, whatever its path). Reading a key policy may throw the SDK's unknown
 * error.
 */
export function ringGrantee(
    keys: readonly KeyModel[],
    catalog: ActionCatalog,
): {
    grantee: string | undefined;
    common: Set<string>;
    perKey: { key: KeyModel; doc: NormalizedDocument; both: Set<string> }[];
} {
    const perKey = keys.map(key => {
        const doc = readShareKeyPolicy(key);
        return { key, doc, both: wrapGrantees(doc, catalog, key.account) };
    });
    const identities = perKey.map(k => new Set([...k.both].map(principalIdentity)));
    const common = identities.reduce((acc, s) => new Set([...acc].filter(p => s.has(p))));
    if (common.size !== 1) return { grantee: undefined, common, perKey };
    const [identity] = common;
    const named = perKey.flatMap(k => [...k.both]).filter(p => principalIdentity(p) === identity);
    const role = named.map(roleOfPrincipal).find(r => r !== undefined);
    const grantee =
        named.find(p => roleSessionOf(p) === undefined) ??
        (role ? `arn:${role.partition}:iam::${role.account}:role/${role.roleName}` : named[0]);
    return { grantee, common, perKey };
}
