/** Helpers shared by the rule modules: config with defaults, per-role iteration, message wording. */
import { StackValidationArgs } from "@pulumi/policy";
import {
    ActionCatalog,
    boundaryActions,
    boundaryDenies,
    buildStackModel,
    capByBoundary,
    DEFAULT_KEY_MANAGEMENT_KINDS,
    DEFAULT_RUNTIME_SERVICE_PRINCIPALS,
    describeResources,
    Grant,
    knownRolePermissions,
    loadCatalog,
    PolicyOwner,
    RoleModel,
    RolePermissions,
    roleOwner,
    identityOwner,
    runtimeVerdict,
    StackModel,
    StackResource,
    statementLabel,
    TYPES,
    UnknownCollector,
} from "../model";
import { SERVICE_PRINCIPAL_PATTERN } from "../model/awsIds";
import { EC2_SERVICE, POD_IDENTITY_SERVICE } from "../model/roles";
import { ConfigOf, ConfigProperties } from "./config";

/**
 * Service principals that make a role a runtime role (model/awsIds.ts SERVICE_PRINCIPAL_PATTERN per entry). The list
 * replaces the defaults, so it takes at least one entry: an empty one would make no role trusted by a service (IAM User
 * Guide, reference_policies_elements_principal "AWS service principals") a runtime role, and the runtime-role rules
 * would no longer look at the node and Pod Identity roles.
 */
export const SERVICE_PRINCIPALS_PROPERTY = {
    type: "array",
    items: { type: "string", pattern: SERVICE_PRINCIPAL_PATTERN },
    minItems: 1,
    // Round 81: ec2.amazonaws.com always stays: every pod on a node reaches the node role's credentials through the
    // instance metadata service (EKS Best Practices, "Restrict access to the instance profile assigned to the worker
    // node"), so the node role is a runtime role whatever the workloads bind through. Round 82: so does
    // pods.eks.amazonaws.com, whatever the custody model binds today: any ServiceAccount of the cluster may be
    // associated with a role trusting it (EKS User Guide, pod-id-role: "Principal": {"Service":
    // "pods.eks.amazonaws.com"}), so without it such a role is no runtime role on an IRSA stack too.
    mustCover: [EC2_SERVICE, POD_IDENTITY_SERVICE],
    description:
        "Service principals that make a role a runtime role; the list replaces the defaults, and an empty one makes no role a runtime role",
    default: DEFAULT_RUNTIME_SERVICE_PRINCIPALS,
} as const;

/**
 * The two config properties every runtime-role rule carries (a policy's config is its own): which tags declare
 * a key-management kind, and which service principals make a role a runtime role.
 */
export const RUNTIME_ROLE_PROPERTIES = {
    // Only the key-management kinds the program tags (components/private/naming.ts RoleKind): runtime is the workload
    // identity that never manages keys (seed 004), cross-account an access role; listing either would exempt those
    // roles from the runtime-role rules.
    keyManagementRoleKinds: {
        type: "array",
        items: {
            type: "string",
            enum: DEFAULT_KEY_MANAGEMENT_KINDS,
            description:
                "a key-management role kind (custody:role-kind provisioner or key-manager); runtime roles never manage keys and cross-account roles only read shares, so listing them would exempt them from the runtime-role rules",
        },
        default: DEFAULT_KEY_MANAGEMENT_KINDS,
    },
    runtimeServicePrincipals: SERVICE_PRINCIPALS_PROPERTY,
} as const satisfies ConfigProperties;

/**
 * Round 81: keyManagementRoleKinds for the rules where the kinds name the roles PROTECTED (provisioner-not-runtime-
 * assumable, declared-role-kind-consistent), not the roles exempted as in the runtime-role rules: there a shorter list
 * protects fewer roles, so the list keeps both default kinds (mustCover; the same config key, so files stay valid).
 */
export const PROTECTED_KEY_MANAGEMENT_KINDS_PROPERTY = {
    ...RUNTIME_ROLE_PROPERTIES.keyManagementRoleKinds,
    mustCover: DEFAULT_KEY_MANAGEMENT_KINDS,
} as const;

export type RuntimeRoleConfig = ConfigOf<typeof RUNTIME_ROLE_PROPERTIES>;

export interface StackContext {
    model: StackModel;
    catalog: ActionCatalog;
    /** Checks each unit (role, key ring, ServiceAccount) separately; call `finish()` last. */
    unknowns: UnknownCollector;
}

export async function stackContext(
    args: StackValidationArgs | { resources: readonly StackResource[] },
): Promise<StackContext> {
    return { model: buildStackModel(args.resources), catalog: await loadCatalog(), unknowns: new UnknownCollector() };
}

/** `statement "X" of RolePolicy y (Action dynamodb:*)`: where a grant comes from, as written. */
export function describeGrant(g: Grant): string {
    const s = g.statement;
    const actions = s.actions ? `Action ${s.actions.join(", ")}` : `NotAction ${(s.notActions ?? []).join(", ")}`;
    return `${statementLabel(s)} of ${g.source.label} (${actions}; Resource ${describeResources(s)})`;
}

export function uniqueGrantDescriptions(grants: readonly Grant[]): string {
    return [...new Set(grants.map(describeGrant))].join("; ");
}

/** The runtime roles of the stack (runtime path, no declared key-management kind), one role at a time. */
export function runtimeRoles(ctx: StackContext, cfg: RuntimeRoleConfig): RoleModel[] {
    return ctx.model.roles.filter(role => ctx.unknowns.run(() => runtimeVerdict(role, cfg).runtime) === true);
}

/*
 * The three iterators below hand `check` the permissions read from the role's KNOWN documents. During a first
 * preview a document may be unknown (e.g. the program's RolePolicy built from key ARNs): it is left out
 * (`perms.complete === false`) and its unknown error is recorded in `ctx.unknowns`, so `finish()` still
 * rethrows it and the SDK reports its advisory. A known Allow of a forbidden action is thus refused in a
 * preview as in the full run. A check drawing an "X is missing" verdict (a grant the role must hold) must
 * skip it when `perms.complete` is false: the grant may be in the unknown document.
 */

/**
 * An identity's known permissions capped by its in-stack permissions boundary (model/boundary.ts, the reader the
 * engine's effective access uses too): IAM User Guide, "Permissions boundaries for IAM entities", the entity may do
 * only what both its identity-based policies and its boundary allow. `holder` is the role or user resource carrying
 * `permissionsBoundary` (none for a group or a role outside the stack: nothing is capped).
 */
export function boundedPermissions(
    ctx: StackContext,
    sources: Parameters<typeof knownRolePermissions>[0],
    owner: PolicyOwner | undefined,
    holder: StackResource | undefined,
): RolePermissions {
    const perms = knownRolePermissions(sources, ctx.unknowns, owner);
    return capByBoundary(
        perms,
        boundaryActions(ctx.model.resources, holder, owner, ctx.catalog),
        ctx.catalog,
        boundaryDenies(ctx.model.resources, holder, owner),
    );
}

/** A role's known permissions, capped by its boundary (boundedPermissions). */
export function rolePermissions(ctx: StackContext, role: RoleModel): RolePermissions {
    return boundedPermissions(ctx, role.permissionSources, roleOwner(role), role.resource);
}

/** Every role in the stack with its known permissions, one role at a time (an unknown defers only that role's whole-set verdicts). */
export function forEachRolePermissions(
    ctx: StackContext,
    check: (role: RoleModel, perms: RolePermissions) => void,
): void {
    for (const role of ctx.model.roles) {
        ctx.unknowns.run(() => check(role, rolePermissions(ctx, role)));
    }
}

/** Permission documents attached by name to roles outside this stack: still checked, as a pseudo-role each. */
export function forEachExternalRolePermissions(
    ctx: StackContext,
    check: (roleName: string, urn: string, perms: RolePermissions) => void,
): void {
    for (const { roleName, source } of ctx.model.externalRoleSources) {
        ctx.unknowns.run(() => check(roleName, source.urn, knownRolePermissions([source], ctx.unknowns)));
    }
}

/** IAM users and groups the stack grants something (UserPolicy, GroupPolicy, their attachments), one at a time. */
export function forEachIdentityPermissions(
    ctx: StackContext,
    check: (label: string, urn: string, perms: RolePermissions) => void,
): void {
    for (const id of ctx.model.identities) {
        ctx.unknowns.run(() =>
            check(
                `${id.kind} ${id.name ?? "(name unknown during preview)"}`,
                id.urn,
                boundedPermissions(
                    ctx,
                    id.permissionSources,
                    identityOwner(
                        id.kind,
                        id.account,
                        id.name,
                        ctx.model.resources.find(r => r.urn === id.urn && r.type === TYPES.user),
                    ),
                    id.kind === "user"
                        ? ctx.model.resources.find(r => r.urn === id.urn && r.type === TYPES.user)
                        : undefined,
                ),
            ),
        );
    }
}
