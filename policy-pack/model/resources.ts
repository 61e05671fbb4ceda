/**
 * The model's shared vocabulary and resource-linking helpers: resource types and tags, the shapes of the stack
 * model (roles, keys, tables, identities, document sources) and how resources link to each other (by provider,
 * tag, name or the engine's dependency graph). stack.ts and attachments.ts build the model from these; the
 * rules and the effective-access engine read it through them.
 */
import { accountOf, parseArn, roleNameOf } from "./arn";
import { knownString, presence, UNKNOWN_SENTINELS } from "./unknowns";

export const TYPES = {
    role: "aws:iam/role:Role",
    rolePolicy: "aws:iam/rolePolicy:RolePolicy",
    policy: "aws:iam/policy:Policy",
    rolePolicyAttachment: "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
    policyAttachment: "aws:iam/policyAttachment:PolicyAttachment",
    kmsKey: "aws:kms/key:Key",
    kmsKeyPolicy: "aws:kms/keyPolicy:KeyPolicy",
    kmsAlias: "aws:kms/alias:Alias",
    table: "aws:dynamodb/table:Table",
    serviceAccount: "kubernetes:core/v1:ServiceAccount",
    serviceAccountPatch: "kubernetes:core/v1:ServiceAccountPatch",
    oidcProvider: "aws:iam/openIdConnectProvider:OpenIdConnectProvider",
    podIdentityAssociation: "aws:eks/podIdentityAssociation:PodIdentityAssociation",
    eksAddon: "aws:eks/addon:Addon",
    awsProvider: "pulumi:providers:aws",
    user: "aws:iam/user:User",
} as const;

export const TAGS = {
    roleKind: "custody:role-kind",
    shareRing: "custody:share-ring",
    shareIndex: "custody:share-index",
    shareThreshold: "custody:share-threshold",
    account: "custody:account",
} as const;

/** The part of the SDK's PolicyResource the model reads (tests and tools can build it from plain data). */
export interface StackResource {
    type: string;
    urn: string;
    name: string;
    props: Record<string, any>;
    opts?: { protect?: boolean };
    provider?: { type: string; urn: string; name: string; props: Record<string, any> };
    parent?: StackResource;
    dependencies?: StackResource[];
    propertyDependencies?: Record<string, StackResource[]>;
    /**
     * Set only on an attachment the model reads out of another resource that attaches later, on an event (a budget
     * action: model/attachments.ts): why what it attaches is not attached on `up`. Copied onto the documents it
     * attaches (`attachedOnlyWhen`).
     */
    attachesOnlyWhen?: string;
}

export type DocumentOrigin =
    "inline policy" | "RolePolicy" | "attached Policy" | "trust policy" | "key policy" | "user/group policy";

export interface DocumentSource {
    origin: DocumentOrigin;
    /** The resource holding the document text. */
    urn: string;
    /** Human-readable, e.g. `RolePolicy signer-access`. */
    label: string;
    /** The document as the program passed it (JSON string or object); reading may throw the SDK's unknown error. */
    readRaw(): unknown;
    /**
     * An identity policy's account (its resource's provider account: IAM attaches a policy only to identities of its
     * own account), for `${aws:PrincipalAccount}` in its Resources. Undefined for trust and key policies.
     */
    principalAccount?: string;
    /** An inline policy's name (a RolePolicy's, or an entry of a role's inlinePolicies), when known. */
    inlineName?: string;
    /**
     * A key policy's key ARN, when known (the key's own, or built from its key id, region and account): pass it to
     * parsePolicyDocument, where a Resource naming that key reads as "*" (document.ts keyPolicyResource).
     */
    keyArn?: string;
    /**
     * The resource of the program that surely deletes or detaches this document from the principal on apply (an
     * exclusive list that leaves it out: Pulumi registry, aws.iam.RolePoliciesExclusive, "removal of inline policies
     * which are not explicitly configured"), so what a workload needs is never counted on it. Allow verdicts still
     * read it: it exists again after each apply of its RolePolicy. Set by model/inForce.ts only, with
     * `mayBeRemovedBy`.
     */
    removedBy?: string;
    /**
     * Why this document is not known to stay in force after `up` (model/inForce.ts: a resource of the program that
     * deletes, detaches or overwrites it, or an exclusive list unknown during the preview): its Denies are never
     * subtracted (`denialsCount`), its Allows still count.
     */
    mayBeRemovedBy?: string;
    /**
     * Set when the attachment that puts this document on the principal applies it only on a later event, not on `up`
     * (a budget action: "initiated when a budget threshold has been exceeded", AWS::Budgets::BudgetsAction): why.
     * model/inForce.ts marks it not known to stay (its Denies are not subtracted, its Allows count); what a workload
     * needs is never counted on it (judge.ts).
     */
    attachedOnlyWhen?: string;
}

export interface RoleModel {
    resource: StackResource;
    urn: string;
    /** Known name (input `name`, or output `id`/`name`); undefined when unknown or auto-named and not yet known. */
    name?: string;
    arn?: string;
    account?: string;
    permissionSources: DocumentSource[];
    /** Attached managed policies whose text the stack does not contain (AWS managed or created elsewhere). */
    unreadablePolicies: { arn: string; viaUrn: string }[];
    /**
     * Its declared tags when they are every session's aws:PrincipalTag values and nothing in the program may change
     * them (model/fixedTags.ts, round 84); undefined otherwise.
     */
    principalTags?: Record<string, string>;
}

/**
 * Round 87: what the resource-attribute keys of one key read (model/keyAttributes.ts fixedKeyAttributes); an
 * attribute undefined is unread (may be anything).
 */
export interface KeyAttributes {
    /** Every alias name of the key (kms:ResourceAliases). */
    aliases?: readonly string[];
    /** Its declared tags, each the key's value of that tag (aws:ResourceTag/<key>). */
    tags?: Readonly<Record<string, string>>;
    /**
     * Round 87: the key's literal Region, aws:RequestedRegion of every request on it (keyRegionForRequests). Fixed
     * for the key's life: no action moves a key to another Region.
     */
    region?: string;
}

export interface KeyModel {
    resource: StackResource;
    urn: string;
    arn?: string;
    keyId?: string;
    /** From its provider's allowedAccountIds, else its ARN, else the custody:account tag. */
    account?: string;
    accountSource?: "provider" | "arn" | "tag";
    region?: string;
    /** The key policy in force: a KeyPolicy resource's when one targets the key, else the key's own `policy`. */
    policySource?: DocumentSource;
    /** Round 87: the aliases and tags no one of the program may change (model/keyAttributes.ts). */
    fixedAttributes?: KeyAttributes;
}

export interface TableModel {
    resource: StackResource;
    urn: string;
    name?: string;
    arn?: string;
    account?: string;
    region?: string;
}

export interface StackModel {
    resources: readonly StackResource[];
    roles: RoleModel[];
    keys: KeyModel[];
    tables: TableModel[];
    /**
     * The stack's ServiceAccounts and ServiceAccountPatches. A patch is a server-side apply on a ServiceAccount that
     * exists already (@pulumi/kubernetes, "Patch resources"): the annotations it sets are that ServiceAccount's, the
     * EKS user guide's way of giving an add-on's ServiceAccount (kube-system/aws-node) an IRSA role
     * ("Configure Amazon VPC CNI plugin to use IRSA": annotate the existing ServiceAccount with
     * eks.amazonaws.com/role-arn), so every rule reading a ServiceAccount's role annotation reads both.
     */
    serviceAccounts: StackResource[];
    /** Permission documents attached to roles that are not in this stack (by role name), still checked. */
    externalRoleSources: { roleName: string; source: DocumentSource }[];
    /** Managed policies the stack cannot read, attached to roles outside this stack (see attachments.ts). */
    externalUnreadablePolicies: { principal: string; arn: string; viaUrn: string }[];
    /** IAM users and groups granted something by the stack (see attachments.ts). */
    identities: IdentityModel[];
    /**
     * Attachments whose role or policy is unknown during a preview with no dependency that says which (see
     * `unresolvedReference`): linked to nothing, so the engine refuses each as unverifiable.
     */
    unresolved: UnresolvedReference[];
    /** The RoleModel a role ARN/name designates, if the role is in this stack. */
    findRole(arnOrName: string): RoleModel | undefined;
    roleByUrn(urn: string): RoleModel | undefined;
}

export function documentSource(
    origin: DocumentOrigin,
    r: StackResource,
    label: string,
    readRaw: () => unknown,
): DocumentSource {
    const identityPolicy = origin !== "trust policy" && origin !== "key policy";
    return { origin, urn: r.urn, label, readRaw, principalAccount: identityPolicy ? providerAccount(r) : undefined };
}

/** The in-stack Policy resource a managed policy ARN designates (by its ARN or id), if any. */
export function policyByArn(policies: readonly StackResource[], arn: string): StackResource | undefined {
    return policies.find(p => knownString(p.props, "arn") === arn || knownString(p.props, "id") === arn);
}

/**
 * An in-stack Policy's document, as attached to a role, user or group (by `via`, the attaching resource, when it
 * attaches only on a later event: its `attachesOnlyWhen`).
 */
export function attachedPolicySource(p: StackResource, via?: StackResource): DocumentSource {
    const source = documentSource(
        "attached Policy",
        p,
        `Policy ${knownString(p.props, "name") ?? p.name}`,
        () => p.props.policy,
    );
    return via?.attachesOnlyWhen !== undefined ? { ...source, attachedOnlyWhen: via.attachesOnlyWhen } : source;
}

export function knownStrings(obj: unknown, key: string): string[] | "unknown" | undefined {
    const p = presence(obj, key);
    if (p === "absent") return undefined;
    if (p === "unknown") return "unknown";
    const list = (obj as Record<string, unknown>)[key];
    if (!Array.isArray(list)) return typeof list === "string" ? [list] : undefined;
    const out: string[] = [];
    for (let i = 0; i < list.length; i++) {
        const s = knownString(list, String(i));
        if (s === undefined) return "unknown";
        out.push(s);
    }
    return out;
}

/**
 * An AWS provider's allowedAccountIds, or undefined when absent or unknown. The engine may hand provider
 * inputs over JSON-encoded (`"[\"111111111111\"]"`), as it stores provider config as strings.
 */
export function allowedAccountIdsOf(providerProps: Record<string, any>): string[] | undefined {
    const p = presence(providerProps, "allowedAccountIds");
    if (p !== "present") return undefined;
    const raw = providerProps.allowedAccountIds;
    if (typeof raw === "string") {
        if (!raw.trim().startsWith("[")) return [raw];
        try {
            const decoded: unknown = JSON.parse(raw);
            return Array.isArray(decoded) ? decoded.map(String) : undefined;
        } catch {
            // JSON.parse reads a plain string here (no proxy): a malformed list is simply not a pin.
            return undefined;
        }
    }
    const ids = knownStrings(providerProps, "allowedAccountIds");
    return Array.isArray(ids) ? ids : undefined;
}

/** The single account an AWS provider is pinned to (`allowedAccountIds: [id]`), if any. */
export function providerAccount(r: Pick<StackResource, "provider">): string | undefined {
    if (!r.provider || r.provider.type !== TYPES.awsProvider) return undefined;
    const ids = allowedAccountIdsOf(r.provider.props);
    return ids && ids.length === 1 ? ids[0] : undefined;
}

function providerRegion(r: Pick<StackResource, "provider">): string | undefined {
    if (!r.provider || r.provider.type !== TYPES.awsProvider) return undefined;
    return knownString(r.provider.props, "region");
}

/**
 * The Region a resource lives in, the one place the pack derives it. @pulumi/aws 7 gives every regional resource its
 * own `region` argument, which overrides its provider's (Pulumi docs, "Enhanced Region Support" in AWS provider 7:
 * "region ... defaults to the Region set in the provider configuration"): so the resource's own `region` first, then
 * the Region of its ARN when known (`arn`: the two agree), then its provider's `region`. While its own `region` is
 * unknown (a first preview) the Region is unknown too, never its provider's: callers read undefined as any Region.
 */
export function resourceRegion(r: Pick<StackResource, "props" | "provider">, arn?: string): string | undefined {
    const own = presence(r.props, "region");
    if (own === "present") {
        const region = knownString(r.props, "region");
        if (region !== undefined) return region;
    }
    const fromArn = arn !== undefined ? parseArn(arn)?.region : undefined;
    if (fromArn) return fromArn;
    return own === "unknown" ? undefined : providerRegion(r);
}

/**
 * A configuration block of the resource's AWS provider (`ignoreTags`, `defaultTags`) as an object: "none" when the
 * resource has no AWS provider or the provider sets no such block; undefined when the block is unknown (a preview)
 * or not an object (fail closed). The engine hands provider config over JSON-encoded; an object is read as well.
 */
function providerBlock(
    r: Pick<StackResource, "provider">,
    field: string,
): Record<string, unknown> | "none" | undefined {
    if (!r.provider || r.provider.type !== TYPES.awsProvider) return "none";
    const p = presence(r.provider.props, field);
    if (p === "absent") return "none";
    if (p === "unknown") return undefined;
    let raw: unknown = r.provider.props[field];
    if (raw === null) return "none";
    if (typeof raw === "string") {
        if (UNKNOWN_SENTINELS.has(raw)) return undefined;
        try {
            raw = JSON.parse(raw);
        } catch {
            // JSON.parse reads a plain string here (no proxy): a malformed block is not read (fail closed).
            return undefined;
        }
    }
    if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return undefined;
    return raw as Record<string, unknown>;
}

/**
 * Round 88: the tag keys the resource's AWS provider leaves to others: its `ignoreTags` (`keys` exact, `keyPrefixes`
 * as prefixes), "Configuration block with resource tag settings to ignore across all resources handled by this
 * provider (except any individual service tag resources such as ec2.Tag) for situations where external systems are
 * managing certain resource tags" (Pulumi AWS provider configuration, ignoreTags; Terraform AWS Provider, "Resource
 * Tagging": "Ignoring Changes in All Resources"). The provider strips those keys from what it reads back and never
 * reconciles them, so a declared value of such a key is not the program's to vouch for. The engine hands provider
 * config over JSON-encoded; an object is read as well. `{ keys: [], keyPrefixes: [] }` when the resource has no AWS
 * provider or the provider sets none; undefined when it is unknown (a preview) or not readable (fail closed: callers
 * then read no tag of the resource).
 */
export function providerIgnoredTags(
    r: Pick<StackResource, "provider">,
): { keys: string[]; keyPrefixes: string[] } | undefined {
    const none = { keys: [], keyPrefixes: [] };
    const raw = providerBlock(r, "ignoreTags");
    if (raw === "none") return none;
    if (raw === undefined) return undefined;
    const list = (field: string): string[] | undefined => {
        const pr = presence(raw, field);
        if (pr === "absent") return [];
        if (pr === "unknown") return undefined;
        const v: unknown = (raw as Record<string, unknown>)[field];
        if (v === null) return [];
        const items = Array.isArray(v) ? (v as unknown[]) : undefined;
        if (items === undefined) return undefined;
        for (let i = 0; i < items.length; i++) {
            if (presence(items, String(i)) !== "present") return undefined;
            const x = items[i];
            if (typeof x !== "string" || UNKNOWN_SENTINELS.has(x)) return undefined;
        }
        return items as string[];
    };
    const keys = list("keys");
    const keyPrefixes = list("keyPrefixes");
    return keys === undefined || keyPrefixes === undefined ? undefined : { keys, keyPrefixes };
}

/**
 * Round 90: the tags the resource's AWS provider adds to every resource it manages: its `defaultTags.tags` ("Resource
 * tags to default across all resources": Pulumi AWS provider configuration, defaultTags / ProviderDefaultTags; "any
 * tags set here will also be inherited", "resource tags take precedence": HashiCorp, "Default Tags in the Terraform
 * AWS Provider"). `tags` the known ones, `unread` the keys whose value is not known (a preview). `{ tags: {}, unread:
 * [] }` when the resource has no AWS provider or the provider sets none; undefined when the block or its key set is
 * unknown or not readable (fail closed: callers then read no tag of the resource). The engine hands provider config
 * over JSON-encoded; an object is read as well.
 */
export function providerDefaultTags(
    r: Pick<StackResource, "provider">,
): { tags: Record<string, string>; unread: string[] } | undefined {
    const none = { tags: {}, unread: [] };
    const raw = providerBlock(r, "defaultTags");
    if (raw === "none") return none;
    if (raw === undefined) return undefined;
    const pt = presence(raw, "tags");
    if (pt === "absent") return none;
    if (pt === "unknown") return undefined;
    const tags: unknown = (raw as Record<string, unknown>).tags;
    if (tags === null) return none;
    if (typeof tags !== "object" || Array.isArray(tags)) return undefined;
    const out: { tags: Record<string, string>; unread: string[] } = { tags: {}, unread: [] };
    for (const k of Object.keys(tags)) {
        const v: unknown = presence(tags, k) === "present" ? (tags as Record<string, unknown>)[k] : undefined;
        if (typeof v === "string" && !UNKNOWN_SENTINELS.has(v)) out.tags[k] = v;
        else out.unread.push(k);
    }
    return out;
}

/**
 * Round 88: `tags` less the keys the resource's provider ignores (providerIgnoredTags), or undefined when its
 * ignoreTags cannot be read (fail closed). A key is compared as written: the provider matches keys exactly. Round
 * 90: `tags` (the resource's own) over its provider's default tags (providerDefaultTags: a resource tag of the same
 * key takes precedence), so a tag the defaults alone add is read as the resource's; undefined when the defaults
 * cannot be read. A default key of unknown value the resource does not set itself is not read, nor is any key equal
 * to it but for case (tag keys are case-sensitive, a condition key's tag key is not: model/keyAttributes.ts
 * tagClauseHolds then reads no clause of that key). The ignored keys are dropped after the overlay: an ignored
 * default key is not the program's either ("Configuration block with resource tag settings to ignore across all
 * resources handled by this provider": Pulumi AWS provider configuration, ignoreTags).
 */
export function managedTags(
    r: Pick<StackResource, "provider">,
    tags: Record<string, string>,
): Record<string, string> | undefined {
    const ignored = providerIgnoredTags(r);
    const defaults = providerDefaultTags(r);
    if (ignored === undefined || defaults === undefined) return undefined;
    const unread = defaults.unread
        .filter(k => !Object.prototype.hasOwnProperty.call(tags, k))
        .map(k => k.toLowerCase());
    return Object.fromEntries(
        Object.entries({ ...defaults.tags, ...tags }).filter(
            ([k]) =>
                !ignored.keys.includes(k) &&
                !ignored.keyPrefixes.some(prefix => k.startsWith(prefix)) &&
                !unread.includes(k.toLowerCase()),
        ),
    );
}

/** A resource's tags, read through the proxy (an unknown tag value throws the SDK's unknown error). */
export function tagsOf(r: StackResource): Record<string, string> {
    const tags = r.props.tags;
    if (tags === undefined || tags === null) return {};
    const out: Record<string, string> = {};
    for (const k of Object.keys(tags)) out[k] = String(tags[k]);
    return out;
}

/** A tag value if the tag is present and known, without throwing on unknowns (for linking and grouping). */
export function knownTag(r: StackResource, key: string): string | undefined {
    if (presence(r.props, "tags") !== "present") return undefined;
    return knownString(r.props.tags, key);
}

/**
 * The `type` resources an unknown `property` of `r` comes from (a first preview: the output of a resource created in
 * the same update), by the engine's dependency graph: those its propertyDependencies record for `property`; when the
 * resource records none for it (hand-built plans only: the engine records one for every output that flows in), the
 * single `type` resource among its dependencies. Recorded propertyDependencies of other kinds only (a
 * random.RandomShuffle's result) say the value comes from them: nothing is linked, even if the resource also depends
 * on a resource of `type` for another reason (`dependsOn`, another property).
 */
export function linkedByDependency(r: StackResource, property: string, type: string): StackResource[] {
    const recorded = r.propertyDependencies?.[property] ?? [];
    if (recorded.length > 0) return recorded.filter(d => d.type === type);
    const deps = (r.dependencies ?? []).filter(d => d.type === type);
    return deps.length === 1 ? deps : [];
}

/**
 * Whether the unknown elements of list `property` of `r` (a first preview) outnumber the `type` resources
 * linkedByDependency finds for it. Pulumi records dependencies per top-level property (propertyDependencies), so
 * `roles: [stackRole.name, somethingElse]` records the role (and whatever `somethingElse` comes from) for the whole
 * list: one element's dependency says nothing about another's, and two unknown names cannot both be one role. A single
 * unknown value depending on a role (and, say, a RandomString) is read as that role (DECIDED in unknowns8.test.ts).
 * Hand-built plans recording nothing: accounted for (linkedByDependency's fallback).
 */
export function unknownItemsUnaccounted(r: StackResource, property: string, type: string): boolean {
    const recorded = r.propertyDependencies?.[property] ?? [];
    if (recorded.length === 0 || presence(r.props, property) !== "present") return false;
    const list: unknown = r.props[property];
    if (!Array.isArray(list)) return false;
    const of = new Set(recorded.filter(d => d.type === type).map(d => d.urn));
    // By index: reading an unknown element through the policy SDK's proxy throws.
    let unknownItems = 0;
    for (let i = 0; i < list.length; i++) if (knownString(list, String(i)) === undefined) unknownItems++;
    return unknownItems > of.size;
}

/**
 * The candidates for an unknown reference that no dependency resolves and nothing says where it comes from: the
 * resource records no propertyDependencies for `property` (the engine records one for every output that flows in,
 * so only hand-built plans lack it). Over-approximated: the `type` resources among its dependencies, else every
 * candidate in its account, so that the attachment is judged on each instead of vanishing. Undefined when its
 * propertyDependencies name resources of another kind: the value comes from them, and is refused as unresolved.
 */
export function overApproximated<T extends { urn?: string; account?: string }>(
    r: StackResource,
    property: string,
    candidates: readonly T[],
): T[] | undefined {
    if ((r.propertyDependencies?.[property] ?? []).length > 0) return undefined;
    const deps = new Set((r.dependencies ?? []).map(d => d.urn));
    const among = candidates.filter(c => c.urn !== undefined && deps.has(c.urn));
    if (among.length > 0) return among;
    const account = providerAccount(r);
    return candidates.filter(c => account === undefined || c.account === undefined || c.account === account);
}

/** A resource whose target (role, policy, key, table) is unknown during a preview and no dependency resolves. */
export interface UnresolvedReference {
    urn: string;
    message: string;
}

/**
 * The refusal of a resource whose `property` is unknown during a preview (the output of a resource created in the
 * same update: Pulumi docs, "Inputs and outputs", unknown values during preview) and depends on no resource of the
 * kind it names (a random.RandomShuffle's result, not an aws.iam.Role's name). The pack is an allowlist: such an
 * attachment cannot be linked to nothing and vanish (stack policies gate at preview), nor be judged on one guess;
 * it is refused as unverifiable, naming where its value comes from and how to make it followable.
 */
export function unresolvedReference(
    r: StackResource,
    property: string,
    target: string,
    fix: string,
    detail?: string,
): UnresolvedReference {
    const from = (r.propertyDependencies?.[property] ?? []).map(d => `${d.type} ${d.name}`);
    const source =
        from.length > 0 ? `the output of ${[...new Set(from)].join(", ")}` : "a value no resource of the stack names";
    return {
        urn: r.urn,
        message: `${r.type.split(":").pop()} ${r.name}${detail ? ` (${detail})` : ""}: its ${property} is unknown during this preview and comes from ${source}, not from ${target} of this stack, so the pack cannot tell which ${target.replace(/^an? /, "")} it applies to, and cannot judge it: refused as unverifiable. ${fix}`,
    };
}

/** An IAM user or group that some document of the stack grants permissions to. */
export interface IdentityModel {
    kind: "user" | "group";
    /** Known name, or undefined when unknown during preview (then keyed by the resource that names it). */
    name?: string;
    /** The resource to report on: the User/Group resource if in the stack, else the first attaching resource. */
    urn: string;
    /** Its account (IAM names are unique per account): the User/Group's, else the attaching resource's provider's. */
    account?: string;
    permissionSources: DocumentSource[];
    unreadablePolicies: { arn: string; viaUrn: string }[];
}

/**
 * The in-stack role a name or ARN designates, compared case-insensitively (IAM role names are). Role names are
 * unique per account only (IAM User Guide, "IAM object quotas and names": names are unique within an account), so
 * a name designates a role of `account` (the attaching resource's provider account; an ARN carries its own): the
 * cross-account Pod Identity setup has a role of the same name in the cluster's account and the workload's.
 */
export function findRoleCaseInsensitive(
    roles: readonly RoleModel[],
    ref: string,
    account?: string,
): RoleModel | undefined {
    const lower = ref.toLowerCase();
    const isArn = ref.startsWith("arn:");
    const refName = (isArn ? roleNameOf(ref) : ref)?.toLowerCase();
    const refAccount = isArn ? accountOf(ref) : account;
    const inAccount = (role: RoleModel) =>
        refAccount === undefined || role.account === undefined || role.account === refAccount;
    return (
        roles.find(
            role =>
                role.arn?.toLowerCase() === lower ||
                (refName !== undefined && role.name?.toLowerCase() === refName && inAccount(role)),
        ) ?? roles.find(role => knownString(role.resource.props, "id")?.toLowerCase() === lower && inAccount(role))
    );
}
