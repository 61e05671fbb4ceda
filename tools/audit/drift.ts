/**
 * Drift: what the program would deploy now (its offline plan) against what the state holds.
 *
 * - Resources are matched by URN, or by an alias the program declares (a state written before a move).
 * - The plan carries the mock engine's computed values (KMS key ids, ARNs, uids); the state carries AWS's.
 *   Every computed output of a matched resource maps the mock's value to the state's for the same URN, and the
 *   program's inputs are resolved through that map (exact values, and ids inside ARNs and documents), so a
 *   reference to another resource compares as the state's value for that resource.
 * - Declared inputs are compared with the state's outputs (what AWS held at the last refresh), normalised as
 *   AWS normalises them (documents.ts), for the custody-relevant properties only (CUSTODY_COMPARISONS).
 */
import type { Plan, PlanResource } from "../offline/mockEngine";
import { canonicalJson, documentDifference, normaliseDocument, uniqueIdPrincipals } from "./documents";
import { REDACTED_SECRET, StateResource } from "./exportFile";

export type DriftKind = "missing" | "undeclared" | "property" | "flag" | "external" | "deleted-principal";

export interface DriftItem {
    kind: DriftKind;
    urn: string;
    type: string;
    name: string;
    /** `assumeRolePolicy`, `pointInTimeRecovery.enabled`, `protect`. */
    property?: string;
    declared?: unknown;
    deployed?: unknown;
    message: string;
}

type View = Record<string, unknown>;

/** One compared property: its value on each side, already normalised, or a document. */
interface Comparison {
    property: string;
    get: (v: View) => unknown;
    /** AWS's value when the program leaves it out. */
    default?: unknown;
    document?: boolean;
}

const get =
    (...path: (string | number)[]) =>
    (v: View): unknown =>
        path.reduce<unknown>((x, k) => (x && typeof x === "object" ? (x as Record<string, unknown>)[k] : undefined), v);

function custodyTags(v: View): unknown {
    const tags = (v.tags ?? {}) as Record<string, unknown>;
    return Object.fromEntries(
        Object.entries(tags)
            .filter(([k]) => k.startsWith("custody:"))
            .sort(([a], [b]) => a.localeCompare(b)),
    );
}

function indexes(v: View): unknown {
    const list = (Array.isArray(v.globalSecondaryIndexes) ? v.globalSecondaryIndexes : []) as Record<string, unknown>[];
    return list
        .map(i => ({
            name: i.name,
            hashKey: i.hashKey,
            rangeKey: i.rangeKey ?? null,
            projectionType: i.projectionType,
            nonKeyAttributes: Array.isArray(i.nonKeyAttributes) ? [...(i.nonKeyAttributes as string[])].sort() : [],
        }))
        .sort((a, b) => String(a.name).localeCompare(String(b.name)));
}

/** Annotations the Kubernetes provider or kubectl add themselves are not the program's. */
function annotations(v: View): unknown {
    const a = (get("metadata", "annotations")(v) ?? {}) as Record<string, unknown>;
    return Object.fromEntries(
        Object.entries(a)
            .filter(([k]) => !k.startsWith("kubectl.kubernetes.io/") && !k.startsWith("pulumi.com/"))
            .sort(([x], [y]) => x.localeCompare(y)),
    );
}

function inlinePolicies(v: View): unknown {
    const list = (Array.isArray(v.inlinePolicies) ? v.inlinePolicies : []) as { name?: string; policy?: unknown }[];
    return list.filter(p => p.name || p.policy);
}

const POLICY: Comparison = { property: "policy", get: get("policy"), document: true };

/** The custody-relevant properties per type (issue 11's list). */
export const CUSTODY_COMPARISONS: Record<string, Comparison[]> = {
    "aws:iam/role:Role": [
        { property: "assumeRolePolicy", get: get("assumeRolePolicy"), document: true },
        { property: "inlinePolicies", get: inlinePolicies },
        {
            property: "managedPolicyArns",
            get: v => [...((v.managedPolicyArns as string[]) ?? [])].sort(),
        },
        { property: "permissionsBoundary", get: get("permissionsBoundary"), default: null },
        { property: "tags (custody:)", get: custodyTags },
    ],
    "aws:iam/rolePolicy:RolePolicy": [POLICY, { property: "role", get: get("role") }],
    "aws:iam/policy:Policy": [POLICY],
    "aws:iam/userPolicy:UserPolicy": [POLICY],
    "aws:iam/groupPolicy:GroupPolicy": [POLICY],
    "aws:kms/keyPolicy:KeyPolicy": [POLICY],
    "aws:dynamodb/resourcePolicy:ResourcePolicy": [POLICY],
    "aws:kms/key:Key": [
        POLICY,
        { property: "keySpec", get: v => v.customerMasterKeySpec ?? v.keySpec, default: "SYMMETRIC_DEFAULT" },
        { property: "keyUsage", get: get("keyUsage"), default: "ENCRYPT_DECRYPT" },
        { property: "enableKeyRotation", get: get("enableKeyRotation"), default: false },
        { property: "deletionWindowInDays", get: get("deletionWindowInDays"), default: 30 },
        { property: "multiRegion", get: get("multiRegion"), default: false },
        { property: "tags (custody:)", get: custodyTags },
    ],
    "aws:kms/alias:Alias": [{ property: "targetKeyId", get: get("targetKeyId") }],
    "aws:dynamodb/table:Table": [
        { property: "pointInTimeRecovery.enabled", get: get("pointInTimeRecovery", "enabled"), default: false },
        { property: "deletionProtectionEnabled", get: get("deletionProtectionEnabled"), default: false },
        { property: "serverSideEncryption.enabled", get: get("serverSideEncryption", "enabled"), default: false },
        { property: "serverSideEncryption.kmsKeyArn", get: get("serverSideEncryption", "kmsKeyArn") },
        { property: "hashKey", get: get("hashKey") },
        { property: "rangeKey", get: get("rangeKey"), default: null },
        { property: "globalSecondaryIndexes", get: indexes },
        { property: "tags (custody:)", get: custodyTags },
    ],
    "kubernetes:core/v1:ServiceAccount": [{ property: "metadata.annotations", get: annotations }],
    "pulumi:providers:aws": [
        { property: "allowedAccountIds", get: v => jsonList(v.allowedAccountIds) },
        { property: "region", get: get("region") },
    ],
};

/** Provider config is stored as strings: a list may be JSON text. */
function jsonList(v: unknown): unknown {
    if (typeof v === "string") {
        try {
            return JSON.parse(v) as unknown;
        } catch {
            return v;
        }
    }
    return v;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** Maps the plan's computed values to the state's, per URN; resolves the program's inputs through it. */
export class ReferenceResolver {
    private readonly exact = new Map<string, string>();
    private readonly ids = new Map<string, string>();

    /** Records every computed output of `planned` (absent from its inputs) that the state holds otherwise. */
    learn(planned: PlanResource, deployed: StateResource): void {
        if (planned.id && deployed.id && planned.id !== deployed.id) this.add(planned.id, deployed.id);
        this.pair(planned.outputs, planned.inputs, deployed.outputs);
    }

    private add(from: string, to: string): void {
        if (from === to || from.length < 8) return;
        this.exact.set(from, to);
        const a = from.match(UUID);
        const b = to.match(UUID);
        if (a?.length === 1 && b?.length === 1 && a[0] !== b[0]) this.ids.set(a[0].toLowerCase(), b[0]);
    }

    private pair(planned: unknown, input: unknown, deployed: unknown): void {
        if (typeof planned === "string") {
            if (input === undefined && typeof deployed === "string") this.add(planned, deployed);
            return;
        }
        if (!planned || typeof planned !== "object" || !deployed || typeof deployed !== "object") return;
        for (const [k, v] of Object.entries(planned as Record<string, unknown>)) {
            const i = input && typeof input === "object" ? (input as Record<string, unknown>)[k] : undefined;
            this.pair(v, i, (deployed as Record<string, unknown>)[k]);
        }
    }

    resolve<T>(value: T): T {
        if (typeof value === "string") {
            const hit = this.exact.get(value);
            if (hit !== undefined) return hit as T;
            if (this.ids.size === 0) return value;
            return value.replace(UUID, id => this.ids.get(id.toLowerCase()) ?? id) as T;
        }
        if (Array.isArray(value)) return value.map(v => this.resolve(v as unknown)) as T;
        if (value && typeof value === "object") {
            return Object.fromEntries(
                Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, this.resolve(v)]),
            ) as T;
        }
        return value;
    }
}

/**
 * The state's view of a resource: outputs (what AWS held at the last refresh) over inputs. A role's inline
 * policy entry with neither name nor policy is the provider's "no inline policies" marker (pulumi/pulumi-aws#4050),
 * not a document: dropped, so neither the pack nor the drift reads it as one.
 */
export function deployedView(r: StateResource): View {
    const view: View = { ...r.inputs, ...r.outputs };
    if (r.type === "aws:iam/role:Role" && Array.isArray(view.inlinePolicies))
        view.inlinePolicies = (view.inlinePolicies as { name?: string; policy?: string }[]).filter(
            p => p.name || p.policy,
        );
    return view;
}

function containsRedacted(v: unknown): boolean {
    if (v === REDACTED_SECRET) return true;
    if (Array.isArray(v)) return v.some(containsRedacted);
    if (v && typeof v === "object") return Object.values(v).some(containsRedacted);
    return false;
}

function shown(v: unknown): string {
    if (v === undefined) return "(not set)";
    const text = typeof v === "string" ? v : JSON.stringify(v);
    return text.length > 300 ? `${text.slice(0, 297)}...` : text;
}

function label(r: { type: string; name: string }): string {
    return `${r.type} ${r.name}`;
}

function compareDocuments(
    r: StateResource,
    property: string,
    declared: unknown,
    deployed: unknown,
    items: DriftItem[],
): void {
    if (declared === undefined && deployed === undefined) return;
    const base = { kind: "property" as const, urn: r.urn, type: r.type, name: r.name, property };
    if (declared === undefined || deployed === undefined) {
        items.push({
            ...base,
            declared,
            deployed,
            message: `${label(r)}: ${property} is ${declared === undefined ? "not declared by the program but set in AWS" : "declared by the program but absent from the state"}.`,
        });
        return;
    }
    let a, b;
    try {
        a = normaliseDocument(declared);
    } catch {
        return; // the program's own document: the preview reports it
    }
    try {
        b = normaliseDocument(deployed);
    } catch {
        items.push({
            ...base,
            declared,
            deployed,
            message: `${label(r)}: ${property} in the state is not a JSON policy document.`,
        });
        return;
    }
    const diff = documentDifference(a, b);
    if (!diff.onlyDeclared.length && !diff.onlyDeployed.length && !diff.version) return;
    const parts = [
        diff.version && `Version ${diff.version[0]} declared, ${diff.version[1]} deployed`,
        diff.onlyDeployed.length && `only in AWS: ${diff.onlyDeployed.join(" ")}`,
        diff.onlyDeclared.length && `only in the program: ${diff.onlyDeclared.join(" ")}`,
    ].filter(Boolean);
    items.push({
        ...base,
        declared: a,
        deployed: b,
        message: `${label(r)}: ${property} differs from the program's (${parts.join("; ")}).`,
    });
}

/**
 * What the program declares on a role through resources of its own: inline policies written by
 * aws.iam.RolePolicy (name → document) and managed policies attached by aws.iam.RolePolicyAttachment or
 * aws.iam.PolicyAttachment. A refresh reads them into the Role too: the AWS provider's Role read lists EVERY
 * inline policy of the role into `inlinePolicies` (when they differ from the Role's own `inlinePolicies`) and
 * every attached policy into `managedPolicyArns` (terraform-provider-aws internal/service/iam/role.go
 * `resourceRoleRead`: `readRoleInlinePolicies`, `readRolePolicyAttachments`). They are the program's, not drift;
 * one that no resource of the program declares still is.
 */
export interface RoleSiblings {
    inline: Map<string, unknown>;
    attached: Set<string>;
}

/** A role named by name or by ARN (`arn:aws:iam::<account>:role/<path/>name`): its name. */
function roleName(v: unknown): string | undefined {
    if (typeof v !== "string" || v === "") return undefined;
    const arn = /^arn:[^:]+:iam::\d*:role\/(?:.*\/)?([^/]+)$/.exec(v);
    return arn ? arn[1] : v;
}

/** Roles are per account: the account the resource is deployed into, else its provider. */
function roleKey(p: PlanResource, name: string): string {
    return `${p.account?.accountId ?? p.providerUrn ?? ""}/${name}`;
}

const SIBLING_TYPES = new Set([
    "aws:iam/rolePolicy:RolePolicy",
    "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
    "aws:iam/policyAttachment:PolicyAttachment",
]);

/** The program's inline policies and attachments per role (resolved to the state's values). */
export function roleSiblings(plan: Plan, resolver: ReferenceResolver): Map<string, RoleSiblings> {
    const out = new Map<string, RoleSiblings>();
    const of = (p: PlanResource, role: unknown) => {
        const name = roleName(role);
        if (!name) return undefined;
        const key = roleKey(p, name);
        if (!out.has(key)) out.set(key, { inline: new Map(), attached: new Set() });
        return out.get(key)!;
    };
    for (const p of plan.resources) {
        if (!SIBLING_TYPES.has(p.type)) continue;
        const inputs = resolver.resolve(p.inputs);
        if (p.type === "aws:iam/rolePolicy:RolePolicy") {
            const name = inputs.name ?? p.outputs.name ?? (typeof p.id === "string" ? p.id.split(":")[1] : undefined);
            if (typeof name === "string" && name) of(p, inputs.role)?.inline.set(name, inputs.policy);
        } else if (p.type === "aws:iam/rolePolicyAttachment:RolePolicyAttachment") {
            if (typeof inputs.policyArn === "string") of(p, inputs.role)?.attached.add(inputs.policyArn);
        } else if (p.type === "aws:iam/policyAttachment:PolicyAttachment" && Array.isArray(inputs.roles)) {
            for (const role of inputs.roles)
                if (typeof inputs.policyArn === "string") of(p, role)?.attached.add(inputs.policyArn);
        }
    }
    return out;
}

/**
 * The plan records the program's registrations only (RecordingMonitor.registerResource: `new X(...)`, a resource the
 * program creates and manages; a `X.get` read is never recorded), so a matched resource the state holds as
 * `external` (a read) is one this stack no longer manages. The next `pulumi up` discards the read and CREATES a new
 * resource under that URN (pulumi/pulumi pkg/resource/deploy/step.go, DeleteStep.Op: External + replacing →
 * OpDiscardReplaced): for a share key, new key material, and the deployed key protected by no stack
 * (pulumi/pulumi#1654). The fix re-adopts it without a create: Pulumi docs "Editing state files", "pulumi import".
 */
function externalDrift(planned: PlanResource, r: StateResource): DriftItem | undefined {
    if (!r.external || !planned.custom) return undefined;
    const id = r.id ?? "ID";
    return {
        kind: "external",
        urn: r.urn,
        type: r.type,
        name: r.name,
        property: "external",
        declared: false,
        deployed: true,
        message:
            `${label(r)} is external in the state (read with get: this stack does not manage it), but the program creates it: ` +
            `the next pulumi up would create a NEW resource under this URN and leave ${id} managed by no stack. Do not run pulumi up; ` +
            `first make sure no other stack manages ${id} (one that took it over drops it with pulumi state delete URN there), ` +
            `then re-adopt it: pulumi stack export --file FILE, remove "external": true from ${r.urn}, pulumi stack import --file FILE ` +
            `(Pulumi "Editing state files"; or pulumi state delete '${r.urn}' and pulumi import '${r.type}' ${r.name} ${id} with --parent and --provider), ` +
            `and check that pulumi preview creates nothing for it.`,
    };
}

function compareResource(
    planned: PlanResource,
    r: StateResource,
    resolver: ReferenceResolver,
    items: DriftItem[],
    siblings: Map<string, RoleSiblings> = new Map(),
) {
    const external = externalDrift(planned, r);
    if (external) items.push(external);
    const declared = resolver.resolve(planned.inputs);
    const deployed = deployedView(r);
    const role = roleName(declared.name ?? planned.outputs.name ?? planned.id);
    const own = r.type === "aws:iam/role:Role" && role ? siblings.get(roleKey(planned, role)) : undefined;
    for (const c of CUSTODY_COMPARISONS[r.type] ?? []) {
        const d = c.get(declared);
        const s = c.get(deployed);
        if (containsRedacted(s)) continue; // unjudged: reported as a redacted custody value
        if (c.document) {
            compareDocuments(r, c.property, d, s, items);
            continue;
        }
        if (c.property === "inlinePolicies") {
            const byName = (list: unknown) =>
                new Map(((list as { name?: string; policy?: unknown }[]) ?? []).map(p => [p.name ?? "", p.policy]));
            const dn = byName(d);
            const sn = byName(s);
            for (const name of new Set([...dn.keys(), ...sn.keys()])) {
                // Written by a RolePolicy of the program: its document is the declared one. Absent from the
                // Role's state (not refreshed since the RolePolicy was created) is no drift: the RolePolicy's own
                // state is compared.
                if (!dn.has(name) && own?.inline.has(name)) {
                    compareDocuments(r, `inlinePolicies[${name}]`, own.inline.get(name), sn.get(name), items);
                    continue;
                }
                compareDocuments(r, `inlinePolicies[${name}]`, dn.get(name), sn.get(name), items);
            }
            continue;
        }
        if (c.property === "managedPolicyArns" && own?.attached.size) {
            // Attached by a RolePolicyAttachment/PolicyAttachment of the program: left out on both sides.
            const mine = (v: unknown) => (v as string[]).filter(a => !own.attached.has(a));
            const dv = mine(d);
            const sv = mine(s);
            if (canonicalJson(dv) !== canonicalJson(sv))
                items.push({
                    kind: "property",
                    urn: r.urn,
                    type: r.type,
                    name: r.name,
                    property: c.property,
                    declared: dv,
                    deployed: sv,
                    message: `${label(r)}: ${c.property} is ${shown(sv)} in AWS (besides the program's attachments), the program declares ${shown(dv)}.`,
                });
            continue;
        }
        // The provider reports an unset string as "".
        const dv = (d === "" ? undefined : d) ?? c.default;
        const sv = (s === "" ? undefined : s) ?? c.default;
        if (canonicalJson(dv) !== canonicalJson(sv)) {
            items.push({
                kind: "property",
                urn: r.urn,
                type: r.type,
                name: r.name,
                property: c.property,
                declared: dv,
                deployed: sv,
                message: `${label(r)}: ${c.property} is ${shown(sv)} in AWS, the program declares ${shown(dv)}.`,
            });
        }
    }
    for (const flag of ["protect", "retainOnDelete"] as const) {
        const want = planned.options[flag];
        if (want !== r[flag] && !r.external) {
            items.push({
                kind: "flag",
                urn: r.urn,
                type: r.type,
                name: r.name,
                property: flag,
                declared: want,
                deployed: r[flag],
                message: `${label(r)}: ${flag} is ${r[flag]} in the state, the program sets ${want}${want ? " (run pulumi up to restore it)" : ""}.`,
            });
        }
    }
}

const DOCUMENT_PROPERTIES = ["policy", "assumeRolePolicy"];

/** Every unique-id principal in the state's documents: the role or user it named was deleted. */
export function deletedPrincipals(resources: readonly StateResource[]): DriftItem[] {
    const items: DriftItem[] = [];
    for (const r of resources) {
        const v = deployedView(r);
        const docs: [string, unknown][] = DOCUMENT_PROPERTIES.map(p => [p, v[p]]);
        for (const p of (inlinePolicies(v) as { name?: string; policy?: unknown }[]) ?? [])
            docs.push([`inlinePolicies[${p.name}]`, p.policy]);
        for (const [property, doc] of docs) {
            if (doc === undefined || doc === REDACTED_SECRET) continue;
            let ids: string[];
            try {
                ids = uniqueIdPrincipals(normaliseDocument(doc));
            } catch {
                continue;
            }
            for (const id of ids) {
                items.push({
                    kind: "deleted-principal",
                    urn: r.urn,
                    type: r.type,
                    name: r.name,
                    property,
                    deployed: id,
                    message: `${label(r)}: ${property} names the principal ${id}, a unique id AWS shows only when the role or user it named was deleted; a role recreated with the same name is not trusted. Replace it with the role's ARN (pulumi up restores the program's document).`,
                });
            }
        }
    }
    return items;
}

export interface DriftResult {
    items: DriftItem[];
    /** State URN → the plan resource it was matched with (directly or through an alias). */
    matched: number;
    /** Plan URN → the state URN it was found under, for resources found through an alias. */
    throughAlias: Record<string, string>;
}

/**
 * What the next `pulumi up` does to a state resource the program does not declare. A view (ResourceV3.viewOf) is
 * no registration of its own: "Views are managed by a provider publishing view steps during CRUD operations of the
 * owning resource" (pulumi/pulumi#19467; the engine's own steps in pkg/resource/deploy/step.go require "must not be
 * a view"). A resource a PCL snippet of the state registered (ResourceV3.snippetID) is registered again by the snippet
 * on every update (apitype DeploymentV3.Snippets), so the program's `pulumi up` keeps it.
 */
function undeclaredFate(r: StateResource): string {
    if (r.viewOf)
        return ` (a view of ${r.viewOf}, which that resource's provider reports): Pulumi creates, updates and deletes it only through ${r.viewOf}`;
    if (r.snippetID)
        return ` (registered by the state's PCL snippet ${r.snippetID}, not by the program): every pulumi up registers it again from the snippet`;
    const how = r.external ? " (read with get, external)" : r.importID ? ` (imported as ${r.importID})` : "";
    return `${how}: the next pulumi up would delete it${r.retainOnDelete ? " from the state (retainOnDelete keeps it in AWS)" : ""}`;
}

/** Compares the program's plan with the live state resources. */
export function computeDrift(plan: Plan, live: readonly StateResource[]): DriftResult {
    const byUrn = new Map(live.map(r => [r.urn, r]));
    const used = new Set<string>();
    const pairs: [PlanResource, StateResource][] = [];
    const items: DriftItem[] = [];
    const throughAlias: Record<string, string> = {};
    for (const p of plan.resources) {
        const urn = [p.urn, ...(p.aliases ?? [])].find(u => byUrn.has(u) && !used.has(u));
        if (!urn) {
            items.push({
                kind: "missing",
                urn: p.urn,
                type: p.type,
                name: p.name,
                message: `${label(p)} is declared by the program but is not in the state: it was deleted outside Pulumi, never deployed, or the state is from another program version (pulumi up creates it).`,
            });
            continue;
        }
        used.add(urn);
        if (urn !== p.urn) throughAlias[p.urn] = urn;
        pairs.push([p, byUrn.get(urn)!]);
    }
    for (const r of live) {
        if (used.has(r.urn)) continue;
        items.push({
            kind: "undeclared",
            urn: r.urn,
            type: r.type,
            name: r.name,
            message: `${label(r)} is in the state but the program does not declare it${undeclaredFate(r)}.`,
        });
    }
    const resolver = new ReferenceResolver();
    for (const [p, r] of pairs) resolver.learn(p, r);
    const siblings = roleSiblings(plan, resolver);
    for (const [p, r] of pairs) compareResource(p, r, resolver, items, siblings);
    items.push(...deletedPrincipals(live));
    return { items, matched: pairs.length, throughAlias };
}
