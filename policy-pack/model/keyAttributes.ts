/**
 * Round 87: a KMS key's aliases and tags as the resource-attribute condition keys read them (kms:ResourceAliases,
 * aws:ResourceTag/<key>), when nothing of the program can change them.
 *
 * "Changing a tag or alias might allow or deny permission to a KMS key" (KMS Developer Guide, "ABAC for AWS KMS"), so
 * a key's declared aliases and tags say what such a clause reads only while no one may tag, untag or re-alias the key:
 * kms:TagResource "Allows principals to add or edit tags" and kms:UntagResource to delete them ("Controlling access to
 * tags"; TagResource also overwrites a value: KMS API Reference, TagResource); kms:CreateAlias, kms:UpdateAlias and
 * kms:DeleteAlias are authorised on the key as well as on the alias (KMS Developer Guide, "Controlling access to
 * aliases"; "Be cautious about giving principals kms:CreateAlias, kms:UpdateAlias, kms:DeleteAlias": "Use aliases to
 * control access to KMS keys"). So, as model/fixedTags.ts does for a role's tags, an attribute is read only when no
 * identity policy of the program allows one of its changing actions on the key (any condition: read as may; round 88:
 * but for a Deny of the same holder that surely takes the key, or a kms:ResourceAliases clause the unchanged
 * attributes make false: fixedKeyAttributes), and the key policy names no one else for them (its own account's root delegates to those identity
 * policies, which are all read; any other principal's own policies are not). Whatever cannot be read (an unknown
 * tag, alias name or target, a document, a policy the stack attaches by ARN) leaves the attribute unread: fail closed.
 * Computed once per stack (model/stack.ts, KeyModel.fixedAttributes) and read alike by engine/build.ts (reach and
 * Denies), engine/judge.ts (through the engine's access) and rules/share-custody.ts (model/effective.ts onKey).
 */
import { type ConditionClause, type NormalizedDocument, type NormalizedStatement } from "./document";
import { changingReaches, type ChangingStatement } from "./fixedTags";
import { resourceMatches } from "./glob";
import { statementMatchesAction } from "./permissions";
import { accountOf } from "./arn";
import {
    type KeyAttributes,
    managedTags,
    providerAccount,
    resourceRegion,
    type StackResource,
    TYPES,
} from "./resources";
import { knownString, knownValue, presence, UNKNOWN_SENTINELS } from "./unknowns";

/** The actions that change what kms:ResourceAliases reads on a key. */
export const ALIAS_CHANGING_ACTIONS: readonly string[] = ["kms:CreateAlias", "kms:UpdateAlias", "kms:DeleteAlias"];
/** The actions that change what aws:ResourceTag/<key> reads on a key. */
export const KEY_TAG_CHANGING_ACTIONS: readonly string[] = ["kms:TagResource", "kms:UntagResource"];

/** What the attribute reading needs of the program: the key, its aliases, policies and every identity policy. */
export interface KeyAttributeInputs {
    key: StackResource;
    arn: string | undefined;
    account: string | undefined;
    /** Every alias resource of the program, with the key it targets (undefined: not known to be this one or not). */
    aliases: readonly { name: string | undefined; targetsKey: boolean | undefined }[];
    /** Every candidate key policy of the key (its own, a KeyPolicy on it); undefined when one cannot be read. */
    keyPolicies: readonly NormalizedDocument[] | undefined;
    /** The Allow statements of the program that may change key aliases or tags; undefined when one cannot be read. */
    changing: readonly ChangingStatement[] | undefined;
    /** The key's Region (KeyModel.region: its own, its ARN's or its provider's), undefined when not known. */
    region: string | undefined;
}

/** The key's attributes no one of the program may change (KeyAttributes; unread ones left out). */
export function fixedKeyAttributes(inputs: KeyAttributeInputs): KeyAttributes {
    const region = keyRegionForRequests(inputs.region);
    const out: KeyAttributes = region === undefined ? {} : { region };
    if (inputs.arn === undefined || inputs.changing === undefined || inputs.keyPolicies === undefined) return out;
    // Round 88: the attributes read are those no changer may change while they are all as declared (the greatest
    // such set): the first request that would change one finds them all unchanged, so a changer whose
    // kms:ResourceAliases clause they make false (allowNeverHoldsOnKey) or that a Deny of its own holder they make
    // true takes (denySurelyHoldsOnKey, through changingReaches) changes nothing, and they stay as declared. An
    // attribute some changer may change is dropped, and the rest is read again without it. For the alias operations
    // the KMS docs do not say that the key-side check carries kms:ResourceAliases ("Controlling access to aliases"
    // names only the key and alias permissions), so there only a ForAnyValue Allow clause is read (false whether the
    // key is absent or matches no alias) and no alias clause of a Deny is (it may be absent: fail closed).
    const assumed: KeyAttributes = { ...out, aliases: declaredAliases(inputs.aliases), tags: declaredTags(inputs.key) };
    const mayChange = (actions: readonly string[], aliasOps: boolean) => {
        const forDenies: KeyAttributes = aliasOps ? { ...assumed, aliases: undefined } : assumed;
        return (
            inputs.changing!.some(
                s =>
                    !allowNeverHoldsOnKey(s, assumed, aliasOps ? "any" : "both") &&
                    actions.some(a => changingReaches(s, a, inputs.arn!, d => denySurelyHoldsOnKey(d, forDenies))),
            ) || inputs.keyPolicies!.some(d => d.statements.some(s => keyPolicyLetsOthers(s, actions, inputs.account)))
        );
    };
    for (;;) {
        const aliasesOpen = assumed.aliases !== undefined && mayChange(ALIAS_CHANGING_ACTIONS, true);
        const tagsOpen = assumed.tags !== undefined && mayChange(KEY_TAG_CHANGING_ACTIONS, false);
        if (!aliasesOpen && !tagsOpen) break;
        if (aliasesOpen) assumed.aliases = undefined;
        if (tagsOpen) assumed.tags = undefined;
    }
    if (assumed.aliases !== undefined) out.aliases = assumed.aliases;
    if (assumed.tags !== undefined) out.tags = assumed.tags;
    return out;
}

/**
 * Round 87: the Region every request on the key is sent to, so the value of aws:RequestedRegion ("the AWS Region that
 * was called in the request", always in the request context: IAM User Guide, "AWS global condition context keys";
 * model/keyPresence.ts) on it. A KMS key is used only through its own Region's endpoint, a multi-Region replica
 * being another key with its own Region ("use them interchangeably to encrypt data in one AWS Region and decrypt it
 * in a different AWS Region without ... making a cross-Region call": KMS Developer Guide, "Multi-Region keys"; the
 * pack's REGION_BOUND_SERVICES, model/requestConditions.ts). Only a literal Region code is read; anything else
 * (unknown, computed, a pattern) leaves it unread: fail closed.
 */
function keyRegionForRequests(region: string | undefined): string | undefined {
    return region !== undefined && /^[a-z]{2}(-[a-z]+)+-\d+$/.test(region) ? region : undefined;
}

/**
 * Whether a key policy statement allows one of `actions` to a principal other than the key's own account root (whose
 * grant only delegates to the account's identity policies: KMS Developer Guide, "Default key policy", "Allows access
 * to the AWS account and enables IAM policies"). A NotPrincipal, "*" or another account is someone else.
 */
function keyPolicyLetsOthers(s: NormalizedStatement, actions: readonly string[], account: string | undefined): boolean {
    if (s.effect !== "Allow" || !actions.some(a => statementMatchesAction(s, a))) return false;
    if (s.notPrincipal !== undefined || s.principal === undefined || account === undefined) return true;
    const p = s.principal;
    if (p.wildcard || p.anyone || p.service.length + p.federated.length + p.canonicalUser.length > 0) return true;
    return p.aws.some(a => !new RegExp(`^arn:[^:]+:iam::${account}:root$`).test(a));
}

/** The alias names targeting the key, or undefined when some alias's name or target is not known. */
function declaredAliases(aliases: KeyAttributeInputs["aliases"]): string[] | undefined {
    if (aliases.some(a => a.name === undefined || a.targetsKey === undefined)) return undefined;
    return aliases.filter(a => a.targetsKey).map(a => a.name!);
}

/**
 * The key's declared `tags`, or undefined when one is unknown. Round 90: over its provider's default tags (Pulumi AWS
 * provider, "defaultTags": every resource of the provider carries them, resource tags take precedence), read by
 * model/resources.ts managedTags: a default key of unknown value is not read, an unreadable block leaves every tag
 * unread. Round 88: a key its provider's `ignoreTags` names is left out (managedTags), all of them when that is not
 * readable.
 */
function declaredTags(key: StackResource): Record<string, string> | undefined {
    if (presence(key.props, "tags") === "unknown") return undefined;
    const tags = (knownValue(key.props, "tags") ?? {}) as Record<string, unknown>;
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(tags)) {
        if (typeof v !== "string" || UNKNOWN_SENTINELS.has(v)) return undefined;
        out[k] = v;
    }
    // Round 88: less the keys the key's provider ignores (ignoreTags: managed outside the program; unreadable: none).
    return managedTags(key, out);
}

/**
 * The alias resources of the program as the attribute reading needs them: each alias's name and whether it targets
 * `key` (undefined when not known). Round 88: "The alias and its associated KMS key must be in the same AWS account
 * and Region" (AWS::KMS::Alias; KMS API Reference, CreateAlias: "You can associate the alias with any customer
 * managed key in the same AWS Region", "Cross-account use: No"), so an alias targets the key only when its targetKeyId
 * (or targetKeyArn) names the key (its key id, or a key ARN whose partition, Region, account and id are the key's)
 * and the alias is made in the key's account and Region (aliasPlacement: its provider's account, its own `region`
 * else its provider's). A target naming another key, or the key from another account or Region, or an alias placed
 * in another account or Region, is false (AWS rejects it or attaches it elsewhere); a target or placement not known is
 * undefined (fail closed: then none of the key's aliases is read).
 */
export function aliasTargets(
    resources: readonly StackResource[],
    key: { keyId?: string; arn?: string; account?: string; region?: string; resource?: StackResource },
): KeyAttributeInputs["aliases"] {
    const keyId = key.keyId ?? (key.arn !== undefined ? KEY_ARN.exec(key.arn)?.[4] : undefined);
    const read = resources
        .filter(r => r.type === TYPES.kmsAlias)
        .map(r => {
            const name = knownString(r.props, "name");
            const ref = knownString(r.props, "targetKeyId") ?? knownString(r.props, "targetKeyArn");
            return { name, targetsKey: aliasTargetsKey(r, ref, key, keyId), placement: aliasPlacement(r, key) };
        });
    // Round 90: "The alias name must be unique in the AWS account and Region. However, you can create aliases with the
    // same name in different AWS Regions" (AWS::KMS::Alias, CloudFormation User Guide / Pulumi aws-native kms.Alias;
    // KMS API Reference, CreateAlias: "The alias must be unique in the account and Region", AlreadyExistsException).
    // Of two Alias resources of one name in the key's account and Region only the one created first exists, and the
    // engine creates resources with no dependency between them concurrently, so which one is not known: an alias
    // whose name another alias of the program may hold in the key's account and Region (its name the same, compared
    // without case to read wide, or unknown; its placement the key's or not known) is not known to target the key
    // (undefined: then none of the key's aliases is read, fail closed). The same name in another account or Region
    // is another alias.
    const mayShareName = (a: (typeof read)[number], b: (typeof read)[number]) =>
        a.name === undefined ||
        b.name === undefined ||
        (b.name.toLowerCase() === a.name.toLowerCase() &&
            (b.placement.account === undefined ||
                b.placement.region === undefined ||
                (b.placement.account === key.account && b.placement.region === key.region)));
    return read.map((a, i) => ({
        name: a.name,
        targetsKey:
            a.targetsKey === true && read.some((b, j) => j !== i && mayShareName(a, b)) ? undefined : a.targetsKey,
    }));
}

/** A key ARN: partition, Region, account, key id (or mrk- id). */
const KEY_ARN = /^arn:([^:]+):kms:([^:]*):(\d{12}):key\/([0-9a-f-]{36}|mrk-[0-9a-f]{32})$/;
const KEY_ID = /^([0-9a-f-]{36}|mrk-[0-9a-f]{32})$/;

function aliasTargetsKey(
    alias: StackResource,
    ref: string | undefined,
    key: { arn?: string; account?: string; region?: string; resource?: StackResource },
    keyId: string | undefined,
): boolean | undefined {
    if (ref === undefined || keyId === undefined) return undefined;
    const arn = KEY_ARN.exec(ref);
    const refId = arn?.[4] ?? KEY_ID.exec(ref)?.[1];
    // An alias name, or anything else, is no key id or key ARN: not read.
    if (refId === undefined) return undefined;
    if (refId !== keyId) return false;
    if (key.account === undefined || key.region === undefined) return undefined;
    if (arn !== null) {
        if (key.arn !== undefined && ref === key.arn) {
            // The key's own ARN: its placement is the key's.
        } else if (arn[2] !== key.region || arn[3] !== key.account) return false;
        else if (key.arn !== undefined && KEY_ARN.exec(key.arn)?.[1] !== arn[1]) return false;
    }
    const placed = aliasPlacement(alias, key);
    if (placed.account === undefined || placed.region === undefined) return undefined;
    return placed.account === key.account && placed.region === key.region;
}

/**
 * Where an alias is made: the account of its provider (pinned by allowedAccountIds, else its own ARN's; the key's when
 * both share one provider resource) and its Region (model/resources.ts resourceRegion: its own `region`, its ARN's,
 * its provider's), each undefined when not known.
 */
function aliasPlacement(
    alias: StackResource,
    key: { account?: string; region?: string; resource?: StackResource },
): { account: string | undefined; region: string | undefined } {
    const arn = knownString(alias.props, "arn");
    const sameProvider =
        alias.provider !== undefined &&
        key.resource?.provider !== undefined &&
        alias.provider.urn === key.resource.provider.urn;
    const account = providerAccount(alias) ?? accountOf(arn) ?? (sameProvider ? key.account : undefined);
    const ownRegion = presence(alias.props, "region");
    const keyOwnRegion = key.resource !== undefined ? presence(key.resource.props, "region") : "unknown";
    const region =
        resourceRegion(alias, arn) ??
        (sameProvider && ownRegion === "absent" && keyOwnRegion === "absent" ? key.region : undefined);
    return { account, region };
}

const RESOURCE_ALIASES = "kms:resourcealiases";
const RESOURCE_TAG = "aws:resourcetag/";

/**
 * Whether an Allow never holds on the key: a clause on kms:ResourceAliases that its aliases make false. The key is
 * multivalued ("kms:ResourceAliases", KMS Developer Guide, "AWS KMS condition keys": use ForAnyValue or ForAllValues):
 * a positive ForAnyValue clause holds when some alias matches a value (none on a key without aliases), a positive
 * ForAllValues one when every alias does (IAM User Guide, "Single-valued vs multivalued keys"). Values are matched
 * without case (fail closed: a clause may hold on more keys than it does), a policy variable is unread. `sets`
 * "any" (round 88) reads only ForAnyValue clauses (false on a missing key as on a key no alias of which matches).
 */
export function allowNeverHoldsOnKey(
    s: NormalizedStatement,
    attrs: KeyAttributes | undefined,
    sets: "any" | "both" = "both",
): boolean {
    const aliases = attrs?.aliases;
    if (s.effect !== "Allow" || aliases === undefined) return false;
    return s.conditions.some(c => {
        const op = aliasSetOperator(c);
        if (op === undefined || (sets === "any" && op.set !== "any")) return false;
        const matches = (alias: string) => c.values.some(v => resourceMatches(v.toLowerCase(), alias.toLowerCase()));
        return op.set === "any" ? !aliases.some(matches) : aliases.some(a => !matches(a));
    });
}

/**
 * Round 88: whether a clause is one allowNeverHoldsOnKey reads (aliasSetOperator), so a permissions boundary's Allow
 * can hand it to the identity statement it caps (model/boundary.ts BoundaryAdmits.clauses).
 */
export function isAliasSetClause(c: ConditionClause): boolean {
    return aliasSetOperator(c) !== undefined;
}

/** A positive set-qualified string clause on kms:ResourceAliases (no IfExists, no variable), read by its set. */
function aliasSetOperator(c: ConditionClause): { set: "any" | "all"; op: string } | undefined {
    if (c.keyLower !== RESOURCE_ALIASES || c.values.length === 0 || c.values.some(v => v.includes("${"))) return;
    const m = /^for(anyvalue|allvalues):(stringequals|stringequalsignorecase|stringlike)$/.exec(
        c.operator.toLowerCase(),
    );
    return m === null ? undefined : { set: m[1] === "anyvalue" ? "any" : "all", op: m[2] };
}

/**
 * Whether a conditioned Deny surely holds on the key: every clause one its fixed attributes make true, an
 * `aws:ResourceTag/<key>` clause (StringEquals, StringEqualsIgnoreCase or StringLike, IfExists or not) matching the
 * declared value of that tag, a kms:ResourceAliases clause its aliases satisfy (aliasClauseHolds), or an
 * aws:RequestedRegion clause its Region satisfies (regionClauseHolds). Tag keys and
 * values are case-sensitive (KMS API Reference, TagResource), so the tag must be declared with the clause's key as
 * written and be the only declared one of that key in any case; a StringEquals/StringLike value is compared with
 * case (IAM User Guide, "Condition operators"). The Deny then takes its actions on the key like an unconditional one.
 */
export function denySurelyHoldsOnKey(s: NormalizedStatement, attrs: KeyAttributes | undefined): boolean {
    if (s.effect !== "Deny" || s.conditions.length === 0 || attrs === undefined) return false;
    return s.conditions.every(
        c => tagClauseHolds(c, attrs.tags) || aliasClauseHolds(c, attrs.aliases) || regionClauseHolds(c, attrs.region),
    );
}

const REQUESTED_REGION = "aws:requestedregion";

/**
 * Round 87: whether an aws:RequestedRegion clause holds for every request on a key of `region` (keyRegionForRequests):
 * a positive string operator (StringEquals, StringEqualsIgnoreCase, StringLike) with a value matching the Region, or
 * a negated one (StringNotEquals, StringNotEqualsIgnoreCase, StringNotLike; the IAM User Guide's "Denies access to
 * AWS based on the requested Region" example) none of whose values may match it, read as a pattern in any case (fail
 * closed). The key is always present, so an IfExists form reads as its plain operator; a set qualifier, a policy
 * variable or another operator is not read (the clause may not hold).
 */
function regionClauseHolds(c: ConditionClause, region: string | undefined): boolean {
    if (region === undefined || c.keyLower !== REQUESTED_REGION || c.values.length === 0) return false;
    if (c.values.some(v => v.includes("${"))) return false;
    const op = c.operator.toLowerCase().replace(/ifexists$/, "");
    const negated = /^string(notequals|notequalsignorecase|notlike)$/.exec(op);
    if (negated !== null) return !c.values.some(v => resourceMatches(v.toLowerCase(), region.toLowerCase()));
    return c.values.some(v => valueMatches(op, v, region));
}

function tagClauseHolds(c: ConditionClause, tags: KeyAttributes["tags"]): boolean {
    if (tags === undefined || !c.keyLower.startsWith(RESOURCE_TAG) || c.values.some(v => v.includes("${")))
        return false;
    const tagKey = c.key.slice(RESOURCE_TAG.length);
    const sameKey = Object.keys(tags).filter(k => k.toLowerCase() === tagKey.toLowerCase());
    if (sameKey.length !== 1 || sameKey[0] !== tagKey) return false;
    const op = c.operator.toLowerCase().replace(/ifexists$/, "");
    return c.values.some(v => valueMatches(op, v, tags[tagKey]));
}

/**
 * Whether a kms:ResourceAliases clause holds on a key of these fixed aliases: ForAnyValue when one of them matches a
 * value, ForAllValues (round 88) when every one does, so also on a key without aliases ("The condition returns true
 * if every context key value in the request matches at least one context key value in the policy. It also returns
 * true if there are no context keys in the request": IAM User Guide, "Single-valued vs. multivalued context keys").
 */
function aliasClauseHolds(c: ConditionClause, aliases: KeyAttributes["aliases"]): boolean {
    const read = aliasSetOperator(c);
    if (aliases === undefined || read === undefined) return false;
    const matches = (a: string) => c.values.some(v => valueMatches(read.op, v, a));
    return read.set === "any" ? aliases.some(matches) : aliases.every(matches);
}

/** Whether a positive string operator's value matches `value` by the operator's own rule ("Condition operators"). */
function valueMatches(op: string, v: string, value: string): boolean {
    if (op === "stringequals") return v === value;
    if (op === "stringequalsignorecase") return v.toLowerCase() === value.toLowerCase();
    return op === "stringlike" && resourceMatches(v, value);
}
