/**
 * The stack seen as IAM sees it: each role with every document that grants it something (inline policies,
 * RolePolicy, attached Policy resources, unreadable managed policies), KMS keys with their key policies and
 * the account holding them, tables, ServiceAccounts. Built from AnalyzeStack's resources; independent of the
 * program's own builders.
 *
 * Linking uses known names/ARNs when they are known and falls back to the engine's dependency graph
 * (propertyDependencies, then dependencies) when a name is unknown during preview. Documents are read
 * lazily, so an unknown policy only defers the checks of the role or key that needs it.
 */
import { accountOf, parseArn, roleNameOf } from "./arn";
import { collectExtraAttachments, findRoleCaseInsensitive, IdentityModel } from "./attachments";
import { knownString, presence } from "./unknowns";

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
    oidcProvider: "aws:iam/openIdConnectProvider:OpenIdConnectProvider",
    awsProvider: "pulumi:providers:aws",
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
    serviceAccounts: StackResource[];
    /** Permission documents attached to roles that are not in this stack (by role name), still checked. */
    externalRoleSources: { roleName: string; source: DocumentSource }[];
    /** Managed policies the stack cannot read, attached to roles outside this stack (see attachments.ts). */
    externalUnreadablePolicies: { principal: string; arn: string; viaUrn: string }[];
    /** IAM users and groups granted something by the stack (see attachments.ts). */
    identities: IdentityModel[];
    /** The RoleModel a role ARN/name designates, if the role is in this stack. */
    findRole(arnOrName: string): RoleModel | undefined;
    roleByUrn(urn: string): RoleModel | undefined;
}

function documentSource(
    origin: DocumentOrigin,
    r: StackResource,
    label: string,
    readRaw: () => unknown,
): DocumentSource {
    return { origin, urn: r.urn, label, readRaw };
}

function knownStrings(obj: unknown, key: string): string[] | "unknown" | undefined {
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

export function providerRegion(r: StackResource): string | undefined {
    if (!r.provider || r.provider.type !== TYPES.awsProvider) return undefined;
    return knownString(r.provider.props, "region");
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

export function linkedByDependency(r: StackResource, property: string, type: string): StackResource[] {
    const viaProperty = (r.propertyDependencies?.[property] ?? []).filter(d => d.type === type);
    if (viaProperty.length > 0) return viaProperty;
    const deps = (r.dependencies ?? []).filter(d => d.type === type);
    return deps.length === 1 ? deps : [];
}

export function buildStackModel(resources: readonly StackResource[]): StackModel {
    const roles: RoleModel[] = resources
        .filter(r => r.type === TYPES.role)
        .map(r => {
            const arn = knownString(r.props, "arn");
            const name =
                knownString(r.props, "name") ?? knownString(r.props, "id") ?? (arn ? roleNameOf(arn) : undefined);
            return {
                resource: r,
                urn: r.urn,
                name,
                arn,
                account: providerAccount(r) ?? accountOf(arn),
                permissionSources: [],
                unreadablePolicies: [],
            };
        });
    const roleByUrn = new Map(roles.map(role => [role.urn, role]));

    // IAM role names are unique ignoring case (GetRole finds `CUSTODY-PROD-SIGNER` for `custody-prod-signer`), so a
    // reference in another case designates the same role.
    const matchRoleRef = (ref: string): RoleModel | undefined => findRoleCaseInsensitive(roles, ref);

    /** The roles a RolePolicy/attachment's `role` (or `roles`) designates: by value, else by dependency. */
    const rolesFor = (r: StackResource, property: "role" | "roles"): { linked: RoleModel[]; external: string[] } => {
        const refs = knownStrings(r.props, property);
        const linked: RoleModel[] = [];
        const external: string[] = [];
        if (Array.isArray(refs)) {
            for (const ref of refs) {
                const role = matchRoleRef(ref);
                if (role) linked.push(role);
                else external.push(ref);
            }
            return { linked, external };
        }
        for (const dep of linkedByDependency(r, property, TYPES.role)) {
            const role = roleByUrn.get(dep.urn);
            if (role) linked.push(role);
        }
        return { linked, external };
    };

    const policies = resources.filter(r => r.type === TYPES.policy);
    const policyByArn = (arn: string) =>
        policies.find(p => knownString(p.props, "arn") === arn || knownString(p.props, "id") === arn);
    const policySource = (p: StackResource) =>
        documentSource("attached Policy", p, `Policy ${knownString(p.props, "name") ?? p.name}`, () => p.props.policy);

    const externalRoleSources: { roleName: string; source: DocumentSource }[] = [];
    const attach = (r: StackResource, property: "role" | "roles", source: DocumentSource) => {
        const { linked, external } = rolesFor(r, property);
        for (const role of linked) role.permissionSources.push(source);
        for (const roleName of external) externalRoleSources.push({ roleName, source });
    };
    /** A managed policy ARN: the Policy resource in this stack that has it, else an unreadable policy. */
    const attachManaged = (r: StackResource, property: "role" | "roles", policyArnProperty: string) => {
        const arn = knownString(r.props, policyArnProperty);
        const inStack =
            (arn !== undefined ? policyByArn(arn) : undefined) ??
            linkedByDependency(r, policyArnProperty, TYPES.policy)[0];
        if (inStack) {
            attach(r, property, policySource(inStack));
        } else if (arn !== undefined) {
            for (const role of rolesFor(r, property).linked) role.unreadablePolicies.push({ arn, viaUrn: r.urn });
        }
    };

    for (const role of roles) {
        const r = role.resource;
        if (presence(r.props, "inlinePolicies") === "present") {
            const inline = r.props.inlinePolicies;
            if (Array.isArray(inline)) {
                // Index-based, reading no element here: an unknown element only defers this role's checks.
                for (let i = 0; i < inline.length; i++) {
                    const name = presence(inline, String(i)) === "present" ? knownString(inline[i], "name") : undefined;
                    const label = `inline policy ${name ?? `#${i + 1}`} of role ${role.name ?? r.name}`;
                    role.permissionSources.push(
                        documentSource("inline policy", r, label, () => r.props.inlinePolicies[i].policy),
                    );
                }
            }
        }
        const managed = knownStrings(r.props, "managedPolicyArns");
        if (Array.isArray(managed)) {
            for (const arn of managed) {
                const p = policyByArn(arn);
                if (p) role.permissionSources.push(policySource(p));
                else role.unreadablePolicies.push({ arn, viaUrn: r.urn });
            }
        } else if (managed === "unknown") {
            for (const p of linkedByDependency(r, "managedPolicyArns", TYPES.policy))
                role.permissionSources.push(policySource(p));
        }
    }
    for (const r of resources) {
        if (r.type === TYPES.rolePolicy) {
            attach(
                r,
                "role",
                documentSource(
                    "RolePolicy",
                    r,
                    `RolePolicy ${knownString(r.props, "name") ?? r.name}`,
                    () => r.props.policy,
                ),
            );
        } else if (r.type === TYPES.rolePolicyAttachment) {
            attachManaged(r, "role", "policyArn");
        } else if (r.type === TYPES.policyAttachment) {
            attachManaged(r, "roles", "policyArn");
        }
    }

    // RolePolicyAttachmentsExclusive, users and groups: model/attachments.ts.
    const externalUnreadablePolicies: { principal: string; arn: string; viaUrn: string }[] = [];
    const identities = collectExtraAttachments(resources, {
        roles,
        roleByUrn: urn => roleByUrn.get(urn),
        policyByArn,
        policySource,
        linkedByDependency,
        documentSource,
        externalRoleSources,
        externalUnreadablePolicies,
    });

    const keys: KeyModel[] = resources
        .filter(r => r.type === TYPES.kmsKey)
        .map(r => {
            const arn = knownString(r.props, "arn");
            const fromProvider = providerAccount(r);
            const fromArn = accountOf(arn);
            const fromTag = knownTag(r, TAGS.account);
            const account = fromProvider ?? fromArn ?? fromTag;
            const key: KeyModel = {
                resource: r,
                urn: r.urn,
                arn,
                keyId: knownString(r.props, "keyId") ?? knownString(r.props, "id"),
                account,
                accountSource: fromProvider ? "provider" : fromArn ? "arn" : fromTag ? "tag" : undefined,
                region: providerRegion(r) ?? (arn ? parseArn(arn)?.region : undefined),
            };
            if (presence(r.props, "policy") !== "absent") {
                key.policySource = documentSource("key policy", r, `key policy of ${r.name}`, () => r.props.policy);
            }
            return key;
        });
    for (const r of resources.filter(x => x.type === TYPES.kmsKeyPolicy)) {
        const ref = knownString(r.props, "keyId");
        const target =
            (ref !== undefined ? keys.find(k => k.keyId === ref || k.arn === ref) : undefined) ??
            keys.find(k => linkedByDependency(r, "keyId", TYPES.kmsKey).some(d => d.urn === k.urn));
        if (target) target.policySource = documentSource("key policy", r, `KeyPolicy ${r.name}`, () => r.props.policy);
    }

    const tables: TableModel[] = resources
        .filter(r => r.type === TYPES.table)
        .map(r => {
            const arn = knownString(r.props, "arn");
            return {
                resource: r,
                urn: r.urn,
                name:
                    knownString(r.props, "name") ?? (arn ? parseArn(arn)?.resource.replace(/^table\//, "") : undefined),
                arn,
                account: providerAccount(r) ?? accountOf(arn),
                region: providerRegion(r) ?? (arn ? parseArn(arn)?.region : undefined),
            };
        });

    return {
        resources,
        roles,
        keys,
        tables,
        serviceAccounts: resources.filter(r => r.type === TYPES.serviceAccount),
        externalRoleSources,
        externalUnreadablePolicies,
        identities,
        findRole: matchRoleRef,
        roleByUrn: urn => roleByUrn.get(urn),
    };
}
