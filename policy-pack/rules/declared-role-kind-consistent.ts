/** A self-declared custody:role-kind matches how the role is used (seeds 000, 001, 004). */
import { StackValidationPolicy } from "@pulumi/policy";
import {
    classifyDynamoDbAction,
    DEFAULT_KEY_MANAGEMENT_KINDS,
    grantsOnTable,
    knownTag,
    pinnedSubjects,
    principalReachesRole,
    roleKind,
    roleLabel,
    runtimeVerdict,
    StackResource,
    statementLabel,
    TAGS,
    trustDocument,
    tryParsePolicyDocument,
} from "../model";
import { placedNamespace, plainResources, POD_SPEC_OF, podServiceAccount } from "../engine";
import {
    PROTECTED_KEY_MANAGEMENT_KINDS_PROPERTY,
    rolePermissions,
    RUNTIME_ROLE_PROPERTIES,
    runtimeRoles,
    stackContext,
} from "./common";
import { defineConfig } from "./config";

/** Pods that keep running (or, for a CronJob, keep coming back): every workload kind but a one-shot Job. */
const LONG_RUNNING_WORKLOADS = Object.fromEntries(
    Object.entries(POD_SPEC_OF).filter(([type]) => !/:Job(Patch)?$/.test(type)),
);

/**
 * `namespace/name` of the ServiceAccounts long-running pods of the stack run as. A pod runs as a ServiceAccount of its
 * own namespace (Kubernetes "Configure Service Accounts for Pods"), which is where the Pulumi Kubernetes provider puts
 * it: metadata.namespace, else the provider's `namespace` (engine/k8sNamespace.ts placedNamespace); `*` when that is
 * unknown during the preview (it may be any namespace).
 */
function longRunningServiceAccounts(resources: readonly StackResource[]): Set<string> {
    const out = new Set<string>();
    for (const r of plainResources(resources)) {
        const specOf = LONG_RUNNING_WORKLOADS[r.type];
        if (!specOf) continue;
        const sa = podServiceAccount(specOf(r.props));
        out.add(`${placedNamespace(r)}/${sa}`);
    }
    return out;
}

/**
 * Whether `namespace/name` (namespace `*`: unknown during the preview, any) is among `keys` (longRunningServiceAccounts
 * keys, `*` any namespace): a ServiceAccount is one namespace's, so an unknown namespace on either side matches every one.
 */
function hasServiceAccount(keys: ReadonlySet<string>, namespace: string, name: string): boolean {
    if (keys.has(`${namespace}/${name}`) || keys.has(`*/${name}`)) return true;
    return namespace === "*" && [...keys].some(k => k.slice(k.indexOf("/") + 1) === name);
}

const declaredRoleKindConsistentConfig = defineConfig({
    ...RUNTIME_ROLE_PROPERTIES,
    // Here the kinds name the roles the rule PROTECTS (fewer kinds = weaker), so both stay (round 81).
    keyManagementRoleKinds: PROTECTED_KEY_MANAGEMENT_KINDS_PROPERTY,
    // Compared exactly with the custody:role-kind tag of declared roles (components/private/naming.ts RoleKind; IAM tag
    // values are case-sensitive, IAM User Guide id_tags): only the key-management kinds this rule looks at.
    oneShotRoleKinds: {
        type: "array",
        // Empty would switch the check off silently; the enforcement level "disabled" says so.
        minItems: 1,
        items: {
            type: "string",
            enum: DEFAULT_KEY_MANAGEMENT_KINDS,
            description:
                "a declared key-management role kind (custody:role-kind provisioner or key-manager, lower case)",
        },
        default: ["provisioner"],
        // Round 81: the provisioner (seed 004, creates catalog keys) is always one-shot; key-manager may be added.
        mustCover: ["provisioner"],
    },
});

/**
 * The custody:role-kind tag is self-declared: tagging the signer `key-manager` would exempt it from rule 3. A
 * declared provisioner/key-manager role must look like one: it is no share-ring grantee (seed 000: the shares
 * belong to the signer alone), no ServiceAccount of a runtime workload carries it (a runtime role pins that
 * ServiceAccount, or, for a provisioner, a long-running pod uses it: seed 004's provisioner is "a one-shot
 * bootstrap job"), and it has no item access to the stack's tables (key material and slashing data are the
 * runtime's).
 */
export const declaredRoleKindConsistent: StackValidationPolicy = {
    name: "declared-role-kind-consistent",
    description:
        "A role tagged custody:role-kind provisioner/key-manager is not a share-ring grantee, is not the role of a runtime workload's ServiceAccount (nor, for a provisioner, of a long-running pod), and has no DynamoDB item access to the stack's tables (seeds 000, 001, 004).",
    enforcementLevel: "mandatory",
    severity: "high",
    remediationSteps:
        "Remove the custody:role-kind tag from a role that is used at runtime, or move the runtime grants (share keys, ServiceAccounts, table items) to a runtime role.",
    configSchema: declaredRoleKindConsistentConfig.schema,
    validateStack: async (args, reportViolation) => {
        const cfg = declaredRoleKindConsistentConfig.read(args);
        const ctx = await stackContext(args);
        const declared = ctx.model.roles.filter(
            role => ctx.unknowns.run(() => runtimeVerdict(role, cfg).declared) === true,
        );
        if (declared.length === 0) {
            ctx.unknowns.finish();
            return;
        }
        // (a) Share-ring grantees.
        for (const key of ctx.model.keys) {
            const ring = knownTag(key.resource, TAGS.shareRing);
            const source = key.policySource;
            if (ring === undefined || !source) continue;
            ctx.unknowns.run(() => {
                const parsed = tryParsePolicyDocument(source.readRaw());
                if (!parsed.ok) return;
                for (const s of parsed.doc.statements.filter(x => x.effect === "Allow")) {
                    for (const role of declared) {
                        const named = (s.principal?.aws ?? []).find(p => principalReachesRole(p, role) === "named");
                        if (named)
                            reportViolation(
                                `${roleLabel(role)} is declared ${roleKind(role)} but ${source.label} (share ring ${ring}) grants it ${statementLabel(s)}: a share grantee is the runtime signer, which must not be exempt from rule 3 (seed 000).`,
                                role.urn,
                            );
                    }
                }
            });
        }
        // (b) ServiceAccounts of runtime workloads.
        const runtime = runtimeRoles(ctx, cfg);
        const runtimeSubjects = new Set<string>();
        for (const role of runtime) {
            ctx.unknowns.run(() => {
                const trust = trustDocument(role);
                if (trust) for (const p of pinnedSubjects(trust)) runtimeSubjects.add(p.subject);
            });
        }
        const longRunning =
            ctx.unknowns.run(() => longRunningServiceAccounts(ctx.model.resources)) ?? new Set<string>();
        const runtimeKeys = new Set(
            [...runtimeSubjects].flatMap(s => {
                const m = /^system:serviceaccount:([^:]+):(.+)$/.exec(s);
                return m ? [`${m[1]}/${m[2]}`] : [];
            }),
        );
        for (const sa of ctx.model.serviceAccounts) {
            ctx.unknowns.run(() => {
                const md = sa.props.metadata ?? {};
                const annotation = md.annotations?.["eks.amazonaws.com/role-arn"];
                if (annotation === undefined) return;
                // Where the provider puts it (metadata.namespace, else the provider's `namespace`): `*` when unknown
                // during the preview, matching a pod or pinned subject of that name in any namespace (fail closed).
                const ns = placedNamespace(plainResources([sa])[0]);
                const shownNs = ns === "*" ? "<a namespace unknown during the preview>" : ns;
                const name = String(md.name ?? sa.name);
                for (const role of declared.filter(r => principalReachesRole(String(annotation), r) === "named")) {
                    if (hasServiceAccount(runtimeKeys, ns, name)) {
                        reportViolation(
                            `${roleLabel(role)} is declared ${roleKind(role)} but annotated on ServiceAccount ${shownNs}/${name}, which a runtime role's trust pins: the runtime workload would run with it.`,
                            sa.urn,
                        );
                    }
                    const kind = roleKind(role);
                    if (
                        kind !== undefined &&
                        cfg.oneShotRoleKinds.includes(kind) &&
                        hasServiceAccount(longRunning, ns, name)
                    ) {
                        reportViolation(
                            `${roleLabel(role)} is declared ${kind} but ServiceAccount ${shownNs}/${name}, annotated with it, is used by a long-running pod: seed 004's provisioner is a one-shot job or an operator role.`,
                            sa.urn,
                        );
                    }
                }
            });
        }
        // (c) Item access to the stack's tables.
        const itemActions = ctx.catalog
            .service("dynamodb")
            .filter(a => classifyDynamoDbAction(a) === "item")
            .map(a => a.name);
        for (const role of declared) {
            ctx.unknowns.run(() => {
                const perms = rolePermissions(ctx, role);
                for (const table of ctx.model.tables) {
                    const hits = itemActions.filter(a => grantsOnTable(perms, ctx.catalog, a, table).length > 0);
                    if (hits.length > 0) {
                        reportViolation(
                            `${roleLabel(role)} is declared ${roleKind(role)} but is allowed ${hits.slice(0, 5).join(", ")}${hits.length > 5 ? ", ..." : ""} on table ${table.name ?? table.resource.name}: item data belongs to the runtime role.`,
                            role.urn,
                        );
                    }
                }
            });
        }
        ctx.unknowns.finish();
    },
};
