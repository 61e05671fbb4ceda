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
import { accountOf, kmsKeyArnOf, parseArn, roleNameOf } from "./arn";
import { AttachmentLinking, budgetActionAttachments, collectExtraAttachments, listItems } from "./attachments";
import { parsePolicyDocument, type NormalizedDocument } from "./document";
import { fixedPrincipalTags, tagChangingStatements } from "./fixedTags";
import { ALIAS_CHANGING_ACTIONS, aliasTargets, fixedKeyAttributes, KEY_TAG_CHANGING_ACTIONS } from "./keyAttributes";
import { markDocumentsInForce } from "./inForce";
import {
    attachedPolicySource,
    documentSource,
    DocumentSource,
    findRoleCaseInsensitive,
    knownStrings,
    KeyModel,
    knownTag,
    linkedByDependency,
    unknownItemsUnaccounted,
    overApproximated,
    policyByArn,
    providerAccount,
    resourceRegion,
    RoleModel,
    StackModel,
    StackResource,
    TableModel,
    TAGS,
    TYPES,
    unresolvedReference,
} from "./resources";
import { knownString, presence } from "./unknowns";

export function buildStackModel(resources: readonly StackResource[]): StackModel {
    const roles = roleModels(resources);
    const roleByUrn = new Map(roles.map(role => [role.urn, role]));
    // IAM role names are unique ignoring case (GetRole finds `CUSTODY-PROD-SIGNER` for `custody-prod-signer`), so a
    // reference in another case designates the same role.
    const findRole = (ref: string): RoleModel | undefined => findRoleCaseInsensitive(roles, ref);

    const link: AttachmentLinking = {
        roles,
        roleByUrn,
        policies: resources.filter(r => r.type === TYPES.policy),
        externalRoleSources: [],
        externalUnreadablePolicies: [],
        unresolved: [],
    };
    for (const role of roles) linkRoleOwnPolicies(role, link.policies);
    // Budget actions attach policies too, on their threshold (model/attachments.ts), read as the PolicyAttachment each
    // becomes: the documents they attach carry `attachedOnlyWhen` (attachedPolicySource).
    const attaching = [...resources, ...budgetActionAttachments(resources)];
    for (const r of attaching) linkRoleAttachment(r, link);
    // RolePolicyAttachmentsExclusive, users and groups: model/attachments.ts.
    const identities = collectExtraAttachments(attaching, link);
    // What another resource of the program deletes, detaches or overwrites after `up`: model/inForce.ts.
    markDocumentsInForce({
        resources,
        roles,
        identities,
        externalRoleSources: link.externalRoleSources,
        policies: link.policies,
    });
    // Round 84: the roles whose tags no session tag and no identity of the program may change (model/fixedTags.ts).
    const tagChanging = tagChangingStatements({
        resources,
        roles,
        identities,
        externalRoleSources: link.externalRoleSources,
    });
    for (const role of roles) role.principalTags = fixedPrincipalTags(role, tagChanging);
    // Round 87: the aliases and tags of each key no identity of the program may change (model/keyAttributes.ts). A
    // policy the program attaches by ARN is not read: then nothing is fixed (fail closed).
    const keys = keyModels(resources);
    const unreadable =
        link.externalUnreadablePolicies.length > 0 ||
        [...roles, ...identities].some(i => i.unreadablePolicies.length > 0);
    const keyChanging = unreadable
        ? undefined
        : tagChangingStatements({ resources, roles, identities, externalRoleSources: link.externalRoleSources }, [
              ...ALIAS_CHANGING_ACTIONS,
              ...KEY_TAG_CHANGING_ACTIONS,
          ]);
    for (const key of keys)
        key.fixedAttributes = fixedKeyAttributes({
            key: key.resource,
            arn: key.arn,
            account: key.account,
            aliases: aliasTargets(resources, key),
            keyPolicies: candidateKeyPolicies(resources, key),
            changing: keyChanging,
            region: key.region,
        });

    return {
        resources,
        roles,
        keys,
        tables: tableModels(resources),
        serviceAccounts: resources.filter(r => r.type === TYPES.serviceAccount || r.type === TYPES.serviceAccountPatch),
        externalRoleSources: link.externalRoleSources,
        externalUnreadablePolicies: link.externalUnreadablePolicies,
        identities,
        unresolved: link.unresolved,
        findRole,
        roleByUrn: urn => roleByUrn.get(urn),
    };
}

function roleModels(resources: readonly StackResource[]): RoleModel[] {
    return resources
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
}

/** A role's own documents: its inline policies and its managedPolicyArns (in-stack Policy, else unreadable). */
function linkRoleOwnPolicies(role: RoleModel, policies: readonly StackResource[]): void {
    const r = role.resource;
    if (presence(r.props, "inlinePolicies") === "present") {
        const inline = r.props.inlinePolicies;
        if (Array.isArray(inline)) {
            // Index-based, reading no element here: an unknown element only defers this role's checks.
            for (let i = 0; i < inline.length; i++) {
                const name = presence(inline, String(i)) === "present" ? knownString(inline[i], "name") : undefined;
                const label = `inline policy ${name ?? `#${i + 1}`} of role ${role.name ?? r.name}`;
                role.permissionSources.push({
                    ...documentSource("inline policy", r, label, () => r.props.inlinePolicies[i].policy),
                    inlineName: name,
                });
            }
        }
    }
    const managed = knownStrings(r.props, "managedPolicyArns");
    if (Array.isArray(managed)) {
        for (const arn of managed) {
            const p = policyByArn(policies, arn);
            if (p) role.permissionSources.push(attachedPolicySource(p));
            else role.unreadablePolicies.push({ arn, viaUrn: r.urn });
        }
    } else if (managed === "unknown") {
        const deps = linkedByDependency(r, "managedPolicyArns", TYPES.policy);
        for (const p of deps) role.permissionSources.push(attachedPolicySource(p));
        // An element no Policy of the stack accounts for (unknownItemsUnaccounted) attaches a policy nobody can read.
        if (deps.length === 0 || unknownItemsUnaccounted(r, "managedPolicyArns", TYPES.policy))
            role.unreadablePolicies.push({
                arn: "(a managedPolicyArns element unknown during the preview)",
                viaUrn: r.urn,
            });
    }
}

/** RolePolicy, RolePolicyAttachment and PolicyAttachment.roles: onto the roles they name (or outside the stack). */
function linkRoleAttachment(r: StackResource, link: AttachmentLinking): void {
    if (r.type === TYPES.rolePolicy) {
        const name = knownString(r.props, "name");
        attach(
            r,
            "role",
            {
                ...documentSource("RolePolicy", r, `RolePolicy ${name ?? r.name}`, () => r.props.policy),
                inlineName: name,
            },
            link,
        );
    } else if (r.type === TYPES.rolePolicyAttachment) {
        attachManaged(r, "role", "policyArn", link);
    } else if (r.type === TYPES.policyAttachment) {
        attachManaged(r, "roles", "policyArn", link);
    }
}

/** The roles a RolePolicy/attachment's `role` (or `roles`) designates: by value, else by dependency. */
function rolesFor(
    r: StackResource,
    property: "role" | "roles",
    link: AttachmentLinking,
): { linked: RoleModel[]; external: string[] } {
    // Element by element: a `roles` list may mix known names with unknown outputs of the stack's roles.
    const { known, unknown } = listItems(r.props, property);
    const linked: RoleModel[] = [];
    const external: string[] = [];
    for (const ref of known) {
        const role = findRoleCaseInsensitive(link.roles, ref, providerAccount(r));
        if (role) linked.push(role);
        else external.push(ref);
    }
    if (!unknown) return { linked, external };
    const deps = linkedByDependency(r, property, TYPES.role);
    for (const dep of deps) {
        const role = link.roleByUrn.get(dep.urn);
        if (role && !linked.includes(role)) linked.push(role);
    }
    // An unknown role no dependency resolves would link to nothing and vanish: with no sign of where it comes from,
    // it is linked to every role it may be; from another resource (a RandomShuffle's result), it is refused.
    const candidates = deps.length === 0 ? overApproximated(r, property, link.roles) : [];
    for (const role of candidates ?? []) if (!linked.includes(role)) linked.push(role);
    // One element's dependency on a stack role vouches for no other (unknownItemsUnaccounted): refused as unresolved.
    if (candidates === undefined || unknownItemsUnaccounted(r, property, TYPES.role)) {
        const policyArn = knownString(r.props, "policyArn");
        const detail = policyArn !== undefined ? `attaching ${policyArn}` : undefined;
        link.unresolved.push(unresolvedReference(r, property, "an aws.iam.Role", ROLE_FIX, detail));
    }
    return { linked, external };
}

const ROLE_FIX =
    "Reference the role resource itself (`role: myRole.name` or `myRole.id`) so the engine follows the dependency to it, or name the role as a known string.";

function attach(r: StackResource, property: "role" | "roles", source: DocumentSource, link: AttachmentLinking): void {
    const { linked, external } = rolesFor(r, property, link);
    for (const role of linked) role.permissionSources.push(source);
    for (const roleName of external) link.externalRoleSources.push({ roleName, source });
}

/** A managed policy ARN: the Policy resource in this stack that has it, else an unreadable policy. */
function attachManaged(
    r: StackResource,
    property: "role" | "roles",
    policyArnProperty: string,
    link: AttachmentLinking,
): void {
    const arn = knownString(r.props, policyArnProperty);
    const inStack =
        (arn !== undefined ? policyByArn(link.policies, arn) : undefined) ??
        linkedByDependency(r, policyArnProperty, TYPES.policy)[0];
    if (inStack) {
        attach(r, property, attachedPolicySource(inStack, r), link);
    } else if (arn !== undefined) {
        for (const role of rolesFor(r, property, link).linked) role.unreadablePolicies.push({ arn, viaUrn: r.urn });
    } else if (presence(r.props, policyArnProperty) === "unknown") {
        // A policy ARN no Policy of the stack provides, unknown during the preview: its power cannot be read.
        link.unresolved.push(
            unresolvedReference(
                r,
                policyArnProperty,
                "an aws.iam.Policy",
                "Reference the Policy resource itself (`policyArn: myPolicy.arn`), or give the managed policy's ARN as a known string.",
            ),
        );
    }
}

/** A key's policy (its own `policy`, or a KeyPolicy's `r`), with the key's ARN its Resources are read against. */
function keyPolicySource(key: KeyModel, r: StackResource, label: string): DocumentSource {
    return {
        ...documentSource("key policy", r, label, () => r.props.policy),
        keyArn: kmsKeyArnOf(key.arn ?? key.keyId, key.region, key.account),
    };
}

/** KMS keys with the account holding them and their key policy (inline, or a separate KeyPolicy resource). */
function keyModels(resources: readonly StackResource[]): KeyModel[] {
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
                region: resourceRegion(r, arn),
            };
            if (presence(r.props, "policy") !== "absent") {
                key.policySource = keyPolicySource(key, r, `key policy of ${r.name}`);
            }
            return key;
        });
    for (const r of resources.filter(x => x.type === TYPES.kmsKeyPolicy)) {
        const ref = knownString(r.props, "keyId");
        const target =
            (ref !== undefined ? keys.find(k => k.keyId === ref || k.arn === ref) : undefined) ??
            keys.find(k => linkedByDependency(r, "keyId", TYPES.kmsKey).some(d => d.urn === k.urn));
        if (target) target.policySource = keyPolicySource(target, r, `KeyPolicy ${r.name}`);
    }
    return keys;
}

/**
 * Round 87: every key policy that may be the key's (its own `policy`, each KeyPolicy resource naming it or whose key
 * is not known), or undefined when one cannot be read (unknown, malformed).
 */
/** A key policy unknown in a preview: the candidates cannot be read. */
const UNKNOWN_POLICY = Symbol("unknown policy");

function candidateKeyPolicies(resources: readonly StackResource[], key: KeyModel): NormalizedDocument[] | undefined {
    const policyOf = (r: StackResource) =>
        presence(r.props, "policy") === "unknown" ? UNKNOWN_POLICY : r.props.policy;
    const raws: unknown[] = [policyOf(key.resource)];
    for (const r of resources.filter(x => x.type === TYPES.kmsKeyPolicy)) {
        const ref = knownString(r.props, "keyId");
        if (ref === undefined || ref === key.keyId || ref === key.arn) raws.push(policyOf(r));
    }
    if (raws.includes(UNKNOWN_POLICY)) return undefined;
    try {
        return raws.filter(raw => raw !== undefined && raw !== null).map(raw => parsePolicyDocument(raw));
    } catch {
        return undefined;
    }
}

function tableModels(resources: readonly StackResource[]): TableModel[] {
    return resources
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
                region: resourceRegion(r, arn),
            };
        });
}
