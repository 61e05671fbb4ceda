/**
 * The attachment resources beyond RolePolicy / RolePolicyAttachment / PolicyAttachment.roles, kept apart from
 * stack.ts's role linking:
 * - `RolePolicyAttachmentsExclusive` ({roleName, policyArns}): attaches each ARN to the role, like a
 *   RolePolicyAttachment per ARN;
 * - the exclusive resources that grant nothing (`RolePoliciesExclusive` and its User/Group forms) and what every
 *   exclusive resource removes: inForce.ts, once every document is linked;
 * - IAM users and groups (`UserPolicy`, `GroupPolicy`, `UserPolicyAttachment`, `GroupPolicyAttachment`, their
 *   `*AttachmentsExclusive` forms, and `PolicyAttachment.users`/`groups`): collected as identities, so that the
 *   rules that hold for every principal (no batch, readable policies, who can decrypt a share) see them.
 *
 * IAM role, user and group names are case-insensitive: names link case-insensitively here. They are unique per
 * account only (IAM User Guide, "IAM identifiers": names "must be unique within the account"): a user or group
 * name designates the one of the attaching resource's account (its provider's allowedAccountIds; an ARN carries
 * its own), so that a namesake's policies in another account of the stack (its Deny above all) stay apart.
 */
import { accountOf } from "./arn";
import {
    attachedPolicySource,
    documentSource,
    DocumentSource,
    findRoleCaseInsensitive,
    IdentityModel,
    linkedByDependency,
    unknownItemsUnaccounted,
    overApproximated,
    policyByArn,
    providerAccount,
    RoleModel,
    StackResource,
    TYPES,
    UnresolvedReference,
    unresolvedReference,
} from "./resources";
import { knownString, presence } from "./unknowns";

const ATTACHMENT_TYPES = {
    rolePolicyAttachmentsExclusive: "aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive",
    policyAttachment: "aws:iam/policyAttachment:PolicyAttachment",
    user: "aws:iam/user:User",
    group: "aws:iam/group:Group",
    userPolicy: "aws:iam/userPolicy:UserPolicy",
    groupPolicy: "aws:iam/groupPolicy:GroupPolicy",
    userPolicyAttachment: "aws:iam/userPolicyAttachment:UserPolicyAttachment",
    groupPolicyAttachment: "aws:iam/groupPolicyAttachment:GroupPolicyAttachment",
    userPolicyAttachmentsExclusive: "aws:iam/userPolicyAttachmentsExclusive:UserPolicyAttachmentsExclusive",
    groupPolicyAttachmentsExclusive: "aws:iam/groupPolicyAttachmentsExclusive:GroupPolicyAttachmentsExclusive",
} as const;

const BUDGET_ACTION = "aws:budgets/budgetAction:BudgetAction";

/**
 * Budget actions of type APPLY_IAM_POLICY attach a managed policy to roles, users and groups when the budget crosses
 * its threshold, by themselves with approvalModel AUTOMATIC (AWS Billing API, CreateBudgetAction:
 * IamActionDefinition {PolicyArn, Roles, Users, Groups}): read as the PolicyAttachment they become, for what they may
 * grant. They attach nothing on `up`: AWS::Budgets::BudgetsAction "enables you to take predefined actions that are
 * initiated when a budget threshold has been exceeded" (CloudFormation reference; Pulumi registry,
 * aws.budgets.BudgetAction), so each document they attach carries `attachesOnlyWhen` (model/inForce.ts: its Denies
 * guard nothing until then), and they detach nothing else (CreateBudgetAction has no exclusive semantics, unlike
 * aws.iam.PolicyAttachment). The other action types apply an SCP or run SSM documents that stop instances, and grant
 * nothing. An unknown type counts.
 *
 * The only attachment the model reads that applies later: the other resources that may attach a policy on an event
 * or at run time (an SSM Association, Automation or maintenance-window task, a Lambda function, a state machine or a
 * schedule calling iam:AttachRolePolicy, a CloudFormation or Service Catalog template, a dynamic provider or Command)
 * are not read as attachments, so a Deny they would attach is never subtracted; what they may grant is judged where
 * they run (engine/opaque.ts refuses the script runners and deployers it cannot read; a runtime role of the stack
 * that can call iam:AttachRolePolicy or iam:PutRolePolicy is refused as a privilege escalation, model/escalation.ts).
 */
export function budgetActionAttachments(resources: readonly StackResource[]): StackResource[] {
    return resources
        .filter(r => r.type === BUDGET_ACTION && presence(r.props, "actionType") !== "absent")
        .filter(r => {
            const type = knownString(r.props, "actionType");
            return type === undefined || type === "APPLY_IAM_POLICY";
        })
        .map(r => {
            const definition = r.props.definition as Record<string, unknown> | undefined;
            const iam =
                presence(r.props, "definition") === "unknown"
                    ? r.props.definition
                    : (definition?.iamActionDefinition as Record<string, unknown> | undefined);
            const field = (k: string) =>
                iam !== null && typeof iam === "object" ? (iam as Record<string, unknown>)[k] : iam;
            const deps = r.propertyDependencies?.definition ?? [];
            const budget = knownString(r.props, "budgetName");
            return {
                ...r,
                type: ATTACHMENT_TYPES.policyAttachment,
                name: `${r.name} (budget action)`,
                attachesOnlyWhen: `BudgetAction ${r.name} attaches it only once ${budget !== undefined ? `budget ${budget}` : "its budget"} exceeds the action's threshold, not on \`up\` (AWS::Budgets::BudgetsAction: actions "initiated when a budget threshold has been exceeded")`,
                props: {
                    policyArn: field("policyArn"),
                    roles: field("roles"),
                    users: field("users"),
                    groups: field("groups"),
                },
                propertyDependencies: { policyArn: deps, roles: deps, users: deps, groups: deps },
            };
        });
}

/** What stack.ts hands over: its roles, the stack's Policy resources, and where grants to roles outside the stack go. */
export interface AttachmentLinking {
    roles: readonly RoleModel[];
    roleByUrn: ReadonlyMap<string, RoleModel>;
    policies: readonly StackResource[];
    externalRoleSources: { roleName: string; source: DocumentSource }[];
    /** Managed policies attached to roles outside the stack, that the stack cannot read. */
    externalUnreadablePolicies: { principal: string; arn: string; viaUrn: string }[];
    /** Attachments whose role or policy no value or dependency resolves during a preview (refused). */
    unresolved: UnresolvedReference[];
}

/** Each element of a string-list property: known strings, and whether some element (or the list) is unknown. */
export function listItems(obj: unknown, key: string): { known: string[]; unknown: boolean } {
    const p = presence(obj, key);
    if (p === "absent") return { known: [], unknown: false };
    if (p === "unknown") return { known: [], unknown: true };
    const list = (obj as Record<string, unknown>)[key];
    if (typeof list === "string") return { known: [list], unknown: false };
    if (!Array.isArray(list)) return { known: [], unknown: false };
    const known: string[] = [];
    let unknown = false;
    for (let i = 0; i < list.length; i++) {
        const s = knownString(list, String(i));
        if (s === undefined) unknown = true;
        else known.push(s);
    }
    return { known, unknown };
}

/** "attaching <ARNs>" for the known policy ARNs of a RolePolicyAttachmentsExclusive, for messages. */
function attachedArns(r: StackResource): string | undefined {
    const { known } = listItems(r.props, "policyArns");
    return known.length > 0 ? `attaching ${known.join(", ")}` : undefined;
}

/** The account of an in-stack User/Group: its provider's, else its ARN's. */
function identityAccount(r: StackResource): string | undefined {
    return providerAccount(r) ?? accountOf(knownString(r.props, "arn"));
}

function nameOfIdentityRef(ref: string): string {
    // `arn:aws:iam::<acct>:user/path/name` or a bare name.
    return ref.startsWith("arn:") ? (ref.split("/").pop() ?? ref) : ref;
}

/** Collects the extra attachments; pushes role grants onto the roles and returns the users and groups. */
export function collectExtraAttachments(resources: readonly StackResource[], link: AttachmentLinking): IdentityModel[] {
    const collector = new ExtraAttachments(resources, link);
    for (const r of resources) collector.add(r);
    return collector.identities();
}

class ExtraAttachments {
    private readonly byKey = new Map<string, IdentityModel>();
    private readonly identityResources: readonly StackResource[];

    constructor(
        resources: readonly StackResource[],
        private readonly link: AttachmentLinking,
    ) {
        this.identityResources = resources.filter(
            r => r.type === ATTACHMENT_TYPES.user || r.type === ATTACHMENT_TYPES.group,
        );
    }

    add(r: StackResource): void {
        switch (r.type) {
            case ATTACHMENT_TYPES.rolePolicyAttachmentsExclusive:
                this.grantRoles(r, "roleName", "policyArns");
                break;
            case ATTACHMENT_TYPES.policyAttachment:
                // `roles` is linked by stack.ts; users and groups here.
                this.grantIdentities(r, "user", "users", "policyArn");
                this.grantIdentities(r, "group", "groups", "policyArn");
                break;
            case ATTACHMENT_TYPES.userPolicy:
                this.inlineIdentityPolicy(r, "user", "user", "UserPolicy");
                break;
            case ATTACHMENT_TYPES.groupPolicy:
                this.inlineIdentityPolicy(r, "group", "group", "GroupPolicy");
                break;
            case ATTACHMENT_TYPES.userPolicyAttachment:
                this.grantIdentities(r, "user", "user", "policyArn");
                break;
            case ATTACHMENT_TYPES.groupPolicyAttachment:
                this.grantIdentities(r, "group", "group", "policyArn");
                break;
            case ATTACHMENT_TYPES.userPolicyAttachmentsExclusive:
                this.grantIdentities(r, "user", "userName", "policyArns");
                break;
            case ATTACHMENT_TYPES.groupPolicyAttachmentsExclusive:
                this.grantIdentities(r, "group", "groupName", "policyArns");
                break;
        }
    }

    identities(): IdentityModel[] {
        return [...this.byKey.values()];
    }

    private identity(
        kind: "user" | "group",
        key: string,
        name: string | undefined,
        urn: string,
        account: string | undefined,
    ): IdentityModel {
        let id = this.byKey.get(`${kind}:${key}`);
        if (!id) {
            id = { kind, name, urn, account, permissionSources: [], unreadablePolicies: [] };
            this.byKey.set(`${kind}:${key}`, id);
        }
        id.name ??= name;
        id.account ??= account;
        return id;
    }

    /**
     * The in-stack User/Group a name designates from `account` (undefined: unknown): the one of that account, else
     * the only namesake whose account is unknown or equal. Several namesakes an unknown account cannot tell apart
     * designate none of them: the attachment then stands for an identity of its own (its grants count, its Deny
     * binds no namesake).
     */
    private inStackIdentity(type: string, name: string, account: string | undefined): StackResource | undefined {
        const namesakes = this.identityResources.filter(
            x => x.type === type && knownString(x.props, "name")?.toLowerCase() === name.toLowerCase(),
        );
        const exact = namesakes.filter(x => account !== undefined && identityAccount(x) === account);
        if (exact.length === 1) return exact[0];
        const possible = namesakes.filter(
            x => account === undefined || identityAccount(x) === undefined || identityAccount(x) === account,
        );
        return possible.length === 1 ? possible[0] : undefined;
    }

    /** The users/groups a property designates: known names (case-insensitive), else the User/Group it depends on. */
    private identitiesFor(r: StackResource, kind: "user" | "group", property: string): IdentityModel[] {
        const type = kind === "user" ? ATTACHMENT_TYPES.user : ATTACHMENT_TYPES.group;
        const { known, unknown } = listItems(r.props, property);
        const out = known.map(ref => {
            const name = nameOfIdentityRef(ref);
            // The account the name is looked up in: an ARN's own, else the attaching resource's.
            const account = (ref.startsWith("arn:") ? accountOf(ref) : undefined) ?? providerAccount(r);
            const inStack = this.inStackIdentity(type, name, account);
            // Keyed by the User/Group resource it is (as the dependency-linked ones below), else by account + name.
            return inStack
                ? this.identity(kind, `urn:${inStack.urn}`, name, inStack.urn, identityAccount(inStack) ?? account)
                : this.identity(kind, `${account ?? "?"}:${name.toLowerCase()}`, name, r.urn, account);
        });
        if (unknown) {
            const deps = linkedByDependency(r, property, type);
            for (const dep of deps)
                out.push(
                    this.identity(
                        kind,
                        `urn:${dep.urn}`,
                        knownString(dep.props, "name"),
                        dep.urn,
                        identityAccount(dep) ?? providerAccount(r),
                    ),
                );
            // An element no User/Group of the stack accounts for (unknownItemsUnaccounted) is one nobody can name.
            if (deps.length === 0 || unknownItemsUnaccounted(r, property, type))
                out.push(this.identity(kind, `urn:${r.urn}`, undefined, r.urn, providerAccount(r)));
        }
        return out;
    }

    /** The roles a property designates, case-insensitively; names of roles outside the stack come back as external. */
    private rolesFor(r: StackResource, property: string): { linked: RoleModel[]; external: string[] } {
        const { known, unknown } = listItems(r.props, property);
        const linked: RoleModel[] = [];
        const external: string[] = [];
        for (const ref of known) {
            const role = findRoleCaseInsensitive(this.link.roles, ref, providerAccount(r));
            if (role) linked.push(role);
            else external.push(ref);
        }
        if (unknown) {
            const deps = linkedByDependency(r, property, TYPES.role);
            for (const dep of deps) {
                const role = this.link.roleByUrn.get(dep.urn);
                if (role && !linked.includes(role)) linked.push(role);
            }
            // An unresolved role must not vanish: every role it may be, else refused (model/stack.ts rolesFor).
            const candidates = deps.length === 0 ? overApproximated(r, property, this.link.roles) : [];
            for (const role of candidates ?? []) if (!linked.includes(role)) linked.push(role);
            if (candidates === undefined)
                this.link.unresolved.push(
                    unresolvedReference(
                        r,
                        property,
                        "an aws.iam.Role",
                        "Reference the role resource itself (`roleName: myRole.name`) so the engine follows the dependency to it, or name the role as a known string.",
                        attachedArns(r),
                    ),
                );
        }
        return { linked, external };
    }

    /** Each managed policy ARN of `policyProperty`: an in-stack Policy's document, else an unreadable policy. */
    private managedSources(
        r: StackResource,
        policyProperty: string,
    ): { sources: DocumentSource[]; unreadable: string[] } {
        const { known, unknown } = listItems(r.props, policyProperty);
        const sources: DocumentSource[] = [];
        const unreadable: string[] = [];
        for (const arn of known) {
            const p = policyByArn(this.link.policies, arn);
            if (p) sources.push(attachedPolicySource(p, r));
            else unreadable.push(arn);
        }
        if (unknown) {
            const deps = linkedByDependency(r, policyProperty, TYPES.policy);
            for (const p of deps) sources.push(attachedPolicySource(p, r));
            // A policy ARN no Policy of the stack provides, unknown during the preview: its power cannot be read.
            if (deps.length === 0 || unknownItemsUnaccounted(r, policyProperty, TYPES.policy))
                this.link.unresolved.push(
                    unresolvedReference(
                        r,
                        policyProperty,
                        "an aws.iam.Policy",
                        "Reference the Policy resource itself (`myPolicy.arn`), or give the managed policy's ARN as a known string.",
                    ),
                );
        }
        return { sources, unreadable };
    }

    private grantRoles(r: StackResource, roleProperty: string, policyProperty: string) {
        const { sources, unreadable } = this.managedSources(r, policyProperty);
        const { linked, external } = this.rolesFor(r, roleProperty);
        for (const role of linked) {
            role.permissionSources.push(...sources);
            for (const arn of unreadable) role.unreadablePolicies.push({ arn, viaUrn: r.urn });
        }
        for (const roleName of external) {
            for (const source of sources) this.link.externalRoleSources.push({ roleName, source });
            for (const arn of unreadable)
                this.link.externalUnreadablePolicies.push({ principal: `role ${roleName}`, arn, viaUrn: r.urn });
        }
    }

    private grantIdentities(
        r: StackResource,
        kind: "user" | "group",
        identityProperty: string,
        policyProperty: string,
    ) {
        const { sources, unreadable } = this.managedSources(r, policyProperty);
        for (const id of this.identitiesFor(r, kind, identityProperty)) {
            id.permissionSources.push(...sources);
            for (const arn of unreadable) id.unreadablePolicies.push({ arn, viaUrn: r.urn });
        }
    }

    private inlineIdentityPolicy(r: StackResource, kind: "user" | "group", identityProperty: string, label: string) {
        const name = knownString(r.props, "name");
        const source: DocumentSource = {
            ...documentSource("user/group policy", r, `${label} ${name ?? r.name}`, () => r.props.policy),
            inlineName: name,
        };
        for (const id of this.identitiesFor(r, kind, identityProperty)) id.permissionSources.push(source);
    }
}
