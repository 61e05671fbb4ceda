/**
 * The offline preview's report, built from the recorded plan and the pack's verdict:
 * - the resource tree (component hierarchy; each resource with the account and region it is created in),
 * - per KMS key, who can use it, each with its path (the pack's effective-access engine: the same data the
 *   verdicts judge), its key policy as written, and what the stack's IAM policies allow on it,
 * - per IAM role, who can become it (every chain, from the engine), its trust as written and its permissions per
 *   resource (every attachment form, Deny and NotAction included, as the engine reads them); users, groups and
 *   roles outside the stack that the stack grants something too,
 * - the violations (policy, enforcement level, resource), and
 * - the EKS Pod Identity bindings: role ← association ← ServiceAccount;
 * - a Mermaid diagram: accounts → keys → roles → ServiceAccounts (IRSA and Pod Identity edges).
 * `renderReport` prints it (text for the terminal, Markdown for report.md); the object itself is `--json`.
 */
import * as path from "path";
import type { EnforcementLevel } from "./analyzer";
import type { Manifest } from "./manifests";
import type { Plan, PlanResource } from "./mockEngine";
import { isUnknown, UNKNOWN_SENTINEL } from "./planToAnalyzer";
import type { OfflinePreviewResult, Violation } from "./preview";
import { EngineView } from "./engineView";
import { describeResources } from "../../policy-pack/model/permissions";
import type { Identity } from "../../policy-pack/engine";
import { nodeLabel, PrincipalNode } from "../../policy-pack/engine";

const UNKNOWN_TEXT = "(unknown until apply)";

export interface AccountView {
    /** The account's name in `custody-infra:accounts` (from the stack outputs), else its id. */
    name: string;
    accountId?: string;
    region?: string;
    providerUrn: string;
    resources: { urn: string; type: string; name: string }[];
}

export interface TreeNode {
    urn: string;
    type: string;
    name: string;
    custom: boolean;
    /** `main 111111111111 eu-west-1`, or the Kubernetes provider's context. */
    placement?: string;
    protect?: boolean;
    retainOnDelete?: boolean;
    children: TreeNode[];
}

export interface StatementView {
    sid?: string;
    effect: string;
    principals: string[];
    actions: string[];
    /** Set for NotAction statements: every action except these. */
    notActions?: string[];
    resources: string[];
    notResources?: string[];
    conditions: string[];
    /** Trust statements: the Kubernetes ServiceAccounts a web-identity `:sub` condition admits. */
    serviceAccounts?: string[];
}

export interface KeyView {
    urn: string;
    name: string;
    account: string;
    arn: string;
    aliases: string[];
    keySpec?: string;
    rotation?: boolean;
    deletionWindowInDays?: number;
    protect: boolean;
    retainOnDelete: boolean;
    /** The key policy's statements; undefined when the policy is unknown until apply. */
    keyPolicy?: StatementView[];
    keyPolicyDependsOn: string[];
    /** What the stack's identity policies allow on this key, as written (effective or not: see whoCanUse). */
    iamGrants: { role: string; actions: string[]; source: string }[];
    /** Who can use the key, through which path (the engine's effective access, as the verdicts judge it). */
    whoCanUse: AccessView[];
}

export interface AccessView {
    principal: string;
    actions: string[];
    path: string;
    via: string;
    /** How someone becomes that principal (role chains, trust, Kubernetes), origin first. */
    reachedBy: string[];
}

export interface PermissionView {
    effect: string;
    resource: string;
    actions: string[];
    conditions: string[];
    sources: string[];
}

export interface RoleView {
    urn: string;
    name: string;
    resourceName: string;
    account: string;
    arn: string;
    kind?: string;
    trust?: StatementView[];
    permissions: PermissionView[];
    /** Policy documents of the role unknown until apply (their source). */
    unknownDocuments: string[];
    /** Managed policies attached by ARN whose document is not in the stack. */
    externalPolicies: string[];
    serviceAccounts: string[];
    instanceProfiles: string[];
    /** Every chain by which someone becomes the role (the engine's, as the verdicts judge it), origin first. */
    whoCanBecome: string[];
}

/** A user, group or role outside the stack that the stack grants permissions to. */
export interface IdentityView {
    principal: string;
    permissions: PermissionView[];
    unknownDocuments: string[];
    externalPolicies: string[];
}

export interface ServiceAccountView {
    urn: string;
    namespace: string;
    name: string;
    roleArn: string;
    role?: string;
    manifest?: string;
}

/** An EKS Pod Identity association: which ServiceAccount of which cluster becomes which role of the plan. */
export interface PodIdentityView {
    urn: string;
    cluster: string;
    namespace: string;
    serviceAccount: string;
    associationArn: string;
    /** The role EKS assumes (urn when it is in the plan), and the target role it chains to across accounts. */
    role?: string;
    roleArn: string;
    targetRole?: string;
    targetRoleArn?: string;
    /** The ServiceAccount of the plan it binds, when the stack creates it. */
    sa?: string;
}

export interface ReportViolation extends Violation {
    resource?: string;
}

export interface OfflineReport {
    project: string;
    stack: string;
    preview: boolean;
    verdict: "pass" | "fail";
    exitCode: 0 | 1;
    configFile: string;
    secureValues: string[];
    secretPlaceholder: string;
    pack: OfflinePreviewResult["pack"] & { configFile?: string };
    summary: {
        resources: number;
        customResources: number;
        accounts: number;
        mandatory: number;
        advisory: number;
        unknownsDuringPreview: number;
    };
    files: { outDir: string; plan: string; report: string; manifests: string[] };
    defaultProviderUses: string[];
    tree: TreeNode;
    accounts: AccountView[];
    keys: KeyView[];
    roles: RoleView[];
    /** Users, groups and roles outside the stack granted something by it. */
    identities: IdentityView[];
    serviceAccounts: ServiceAccountView[];
    podIdentityAssociations: PodIdentityView[];
    violations: ReportViolation[];
    mermaid: string;
}

// ---------------------------------------------------------------------------------------------------------
// Policy documents

function asArray(v: unknown): unknown[] {
    if (v === undefined || v === null) return [];
    return Array.isArray(v) ? v : [v];
}

/** A policy document (JSON text or object); undefined when unknown; throws on malformed JSON. */
function parseDocument(doc: unknown): { Statement?: unknown } | undefined {
    if (doc === undefined || doc === null || isUnknown(doc)) return undefined;
    if (typeof doc === "string") {
        if (doc.includes(UNKNOWN_SENTINEL)) return undefined;
        return JSON.parse(doc) as { Statement?: unknown };
    }
    if (JSON.stringify(doc).includes(UNKNOWN_SENTINEL)) return undefined;
    return doc as { Statement?: unknown };
}

function principalsOf(s: Record<string, unknown>, label: (arn: string) => string): string[] {
    const out: string[] = [];
    for (const [field, negate] of [
        ["Principal", false],
        ["NotPrincipal", true],
    ] as const) {
        const p = s[field];
        if (p === undefined) continue;
        const prefix = negate ? "everyone except " : "";
        if (p === "*") {
            out.push(`${prefix}* (anyone)`);
            continue;
        }
        for (const [kind, ids] of Object.entries(p as Record<string, unknown>)) {
            for (const id of asArray(ids)) out.push(`${prefix}${kind} ${label(String(id))}`);
        }
    }
    return out;
}

function conditionsOf(s: Record<string, unknown>): string[] {
    const out: string[] = [];
    for (const [op, entries] of Object.entries((s.Condition ?? {}) as Record<string, Record<string, unknown>>)) {
        for (const [key, values] of Object.entries(entries ?? {})) {
            out.push(`${op} ${key} = ${asArray(values).map(String).join(" | ")}`);
        }
    }
    return out;
}

export function statementsOf(doc: { Statement?: unknown }, label: (arn: string) => string = a => a): StatementView[] {
    return asArray(doc.Statement).map(raw => {
        const s = raw as Record<string, unknown>;
        const view: StatementView = {
            effect: String(s.Effect ?? "Allow"),
            principals: principalsOf(s, label),
            actions: asArray(s.Action).map(String),
            resources: asArray(s.Resource).map(String),
            conditions: conditionsOf(s),
        };
        if (s.Sid) view.sid = String(s.Sid);
        if (s.NotAction !== undefined) view.notActions = asArray(s.NotAction).map(String);
        if (s.NotResource !== undefined) view.notResources = asArray(s.NotResource).map(String);
        const subjects = Object.values((s.Condition ?? {}) as Record<string, Record<string, unknown>>)
            .flatMap(entries =>
                Object.entries(entries ?? {})
                    .filter(([k]) => k.endsWith(":sub"))
                    .flatMap(([, v]) => asArray(v).map(String)),
            )
            .map(sub => /^system:serviceaccount:([^:]+):([^:]+)$/.exec(sub))
            .filter((m): m is RegExpExecArray => !!m)
            .map(m => `${m[1]}/${m[2]}`);
        if (subjects.length) view.serviceAccounts = subjects;
        return view;
    });
}

function actionText(s: StatementView): string[] {
    return s.notActions ? [`every action except ${s.notActions.join(", ")}`] : s.actions;
}

// ---------------------------------------------------------------------------------------------------------
// Building the report

function str(v: unknown): string | undefined {
    return typeof v === "string" ? v : undefined;
}

function known(v: unknown): string {
    return v === undefined || isUnknown(v) ? UNKNOWN_TEXT : String(v);
}

class PlanIndex {
    readonly byUrn: Map<string, PlanResource>;
    readonly accountNames = new Map<string, string>();

    constructor(readonly plan: Plan) {
        this.byUrn = new Map(plan.resources.map(r => [r.urn, r]));
        const accounts = (plan.outputs.accounts ?? {}) as Record<string, { accountId?: string }>;
        if (accounts && typeof accounts === "object") {
            for (const [name, a] of Object.entries(accounts))
                if (a?.accountId) this.accountNames.set(a.accountId, name);
        }
    }

    ofType(type: string): PlanResource[] {
        return this.plan.resources.filter(r => r.type === type);
    }

    placement(r: PlanResource): string | undefined {
        if (r.type.startsWith("pulumi:providers:")) return this.providerPlacement(r);
        const p = r.providerUrn ? this.byUrn.get(r.providerUrn) : undefined;
        return p ? this.providerPlacement(p) : undefined;
    }

    accountLabel(r: PlanResource): string {
        const id = r.account?.accountId;
        if (!id) return this.placement(r) ?? "(no provider)";
        const name = this.accountNames.get(id);
        return `${name ? `${name} ` : ""}${id} ${r.account?.region ?? ""}`.trim();
    }

    providerPlacement(p: PlanResource): string {
        if (p.type === "pulumi:providers:aws") {
            let ids = p.inputs.allowedAccountIds;
            if (typeof ids === "string" && !isUnknown(ids)) {
                try {
                    ids = JSON.parse(ids);
                } catch {
                    /* shown as is */
                }
            }
            const id = Array.isArray(ids) ? String(ids[0]) : undefined;
            const name = id ? this.accountNames.get(id) : undefined;
            return [name, id ?? "(no allowedAccountIds)", str(p.inputs.region)].filter(Boolean).join(" ");
        }
        if (p.type === "pulumi:providers:kubernetes") {
            const ctx = str(p.inputs.context);
            return ctx ? `cluster context ${ctx}` : "cluster (kubeconfig)";
        }
        return p.type.replace("pulumi:providers:", "");
    }

    /** A role's name (`custody-dev-signer`) for an ARN of one of the stack's roles, else the ARN. */
    roleLabel(arn: string): string {
        const role = this.roleByArn(arn);
        return role ? `${arn} (role ${known(role.inputs.name)})` : arn;
    }

    roleByArn(arn: string): PlanResource | undefined {
        return this.ofType("aws:iam/role:Role").find(r => {
            const own = r.outputs.arn;
            if (typeof own === "string" && !isUnknown(own)) return own === arn;
            // ARN unknown (preview): same name and account.
            const m = /^arn:[^:]+:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(arn);
            return !!m && m[1] === r.account?.accountId && m[2] === r.inputs.name;
        });
    }

    /** Resources this one names through a property (propertyDependencies). */
    dependsThrough(r: PlanResource, prop: string): PlanResource[] {
        return (r.propertyDependencies[prop] ?? []).map(u => this.byUrn.get(u)).filter((x): x is PlanResource => !!x);
    }
}

function buildTree(ix: PlanIndex): TreeNode {
    const nodes = new Map<string, TreeNode>();
    for (const r of ix.plan.resources) {
        const node: TreeNode = { urn: r.urn, type: r.type, name: r.name, custom: r.custom, children: [] };
        if (r.custom) {
            node.placement = ix.accountLabel(r);
            if (r.options.protect) node.protect = true;
            if (r.options.retainOnDelete) node.retainOnDelete = true;
        }
        nodes.set(r.urn, node);
    }
    const stack = ix.plan.resources.find(r => r.type === "pulumi:pulumi:Stack");
    const root: TreeNode = stack
        ? nodes.get(stack.urn)!
        : {
              urn: "",
              type: "pulumi:pulumi:Stack",
              name: `${ix.plan.project}-${ix.plan.stack}`,
              custom: false,
              children: [],
          };
    for (const r of ix.plan.resources) {
        if (stack && r.urn === stack.urn) continue;
        const parent = (r.parent && nodes.get(r.parent)) || root;
        parent.children.push(nodes.get(r.urn)!);
    }
    // Components first, then custom resources grouped by account, then by type and name.
    const sort = (n: TreeNode) => {
        n.children.sort(
            (a, b) =>
                Number(a.custom) - Number(b.custom) ||
                (a.placement ?? "").localeCompare(b.placement ?? "") ||
                a.type.localeCompare(b.type) ||
                a.name.localeCompare(b.name),
        );
        n.children.forEach(sort);
    };
    sort(root);
    return root;
}

function buildAccounts(ix: PlanIndex): AccountView[] {
    return ix.plan.resources
        .filter(r => r.type.startsWith("pulumi:providers:"))
        .map(p => {
            const view: AccountView = {
                name: ix.providerPlacement(p).split(" ")[0],
                providerUrn: p.urn,
                resources: ix.plan.resources
                    .filter(r => r.providerUrn === p.urn)
                    .map(r => ({ urn: r.urn, type: r.type, name: r.name })),
            };
            if (p.type === "pulumi:providers:aws") {
                const own = ix.plan.resources.find(r => r.providerUrn === p.urn && r.account?.accountId);
                const placement = ix.providerPlacement(p).split(" ");
                const id = own?.account?.accountId ?? placement.find(x => /^\d{12}$/.test(x));
                view.accountId = id;
                view.region = str(p.inputs.region);
                view.name = (id && ix.accountNames.get(id)) || id || p.name;
            } else {
                view.name = ix.providerPlacement(p);
            }
            return view;
        });
}

/** An identity's permissions per resource pattern, from the statements the engine read (Deny and NotAction too). */
function permissionsOf(id: Identity | undefined): PermissionView[] {
    const perms = new Map<string, PermissionView>();
    for (const g of [...(id?.allows ?? []), ...(id?.denies ?? [])]) {
        const s = g.statement;
        const actions = s.actions ?? [`every action except ${(s.notActions ?? []).join(", ")}`];
        const conditions = s.conditions.map(c => `${c.operator} ${c.key} = ${c.values.join(" | ")}`);
        const resources = s.resources ?? [describeResources(s).replace(/^NotResource /, "every resource except ")];
        for (const resource of resources) {
            const key = `${s.effect}\u0000${resource}\u0000${conditions.join("; ")}`;
            const p = perms.get(key) ?? { effect: s.effect, resource, actions: [], conditions, sources: [] };
            for (const a of actions) if (!p.actions.includes(a)) p.actions.push(a);
            if (!p.sources.includes(g.source.label)) p.sources.push(g.source.label);
            perms.set(key, p);
        }
    }
    return [...perms.values()];
}

function identityDocuments(id: Identity | undefined): { unknownDocuments: string[]; externalPolicies: string[] } {
    return {
        unknownDocuments: [
            ...(id?.unknownSources ?? []),
            ...(id?.malformedSources ?? []).map(m => `${m.label}: not a valid policy (${m.error})`),
        ],
        externalPolicies: (id?.unreadable ?? []).map(u => `${u.arn} (${u.viaUrn.split("::").pop()})`),
    };
}

function buildRoles(
    ix: PlanIndex,
    serviceAccounts: ServiceAccountView[],
    pods: PodIdentityView[],
    engine: EngineView,
): RoleView[] {
    return ix.ofType("aws:iam/role:Role").map(role => {
        const node = [...engine.ea.nodes.values()].find(n => n.kind === "role" && n.urn === role.urn);
        const identity = node ? engine.ea.identityOf(node) : undefined;
        const { unknownDocuments, externalPolicies: external } = identityDocuments(identity);
        let trust: StatementView[] | undefined;
        try {
            const doc = parseDocument(role.inputs.assumeRolePolicy);
            trust = doc && statementsOf(doc, a => ix.roleLabel(a));
        } catch (e) {
            unknownDocuments.push(`trust policy: not valid JSON (${(e as Error).message})`);
        }
        const tags = (role.inputs.tags ?? {}) as Record<string, unknown>;
        const view: RoleView = {
            urn: role.urn,
            name: known(role.inputs.name),
            resourceName: role.name,
            account: ix.accountLabel(role),
            arn: known(role.outputs.arn),
            trust,
            permissions: permissionsOf(identity),
            unknownDocuments,
            externalPolicies: external,
            whoCanBecome: node ? engine.chainsTo(node) : [],
            serviceAccounts: [
                ...serviceAccounts.filter(sa => sa.role === role.urn).map(sa => `${sa.namespace}/${sa.name}`),
                ...pods
                    .filter(p => (p.targetRole ?? p.role) === role.urn)
                    .map(p => `${p.namespace}/${p.serviceAccount} (EKS Pod Identity, cluster ${p.cluster})`),
            ],
            instanceProfiles: ix
                .ofType("aws:iam/instanceProfile:InstanceProfile")
                .filter(p => p.inputs.role === role.inputs.name || ix.dependsThrough(p, "role").includes(role))
                .map(p => known(p.inputs.name)),
        };
        if (typeof tags["custody:role-kind"] === "string") view.kind = tags["custody:role-kind"] as string;
        return view;
    });
}

/**
 * The identities that may use the key through policies the pack cannot read (Identity.unreadable: an AWS managed
 * policy such as PowerUserAccess, whose Allow NotAction iam:* covers kms:*): each identity of an account the key
 * policy's root delegation admits ("allows IAM policies to allow access to the KMS key", AWS KMS Developer Guide,
 * key-policy-default), with what the delegation admits, less what the key policy denies it by name. The verdicts
 * refuse these identities, so the key section lists them rather than claim a complete list without them.
 */
function unreadableUsers(engine: EngineView, keyUrn: string): AccessView[] {
    const asset = engine.ea.assets.find(a => a.urn === keyUrn);
    if (!asset) return [];
    const delegated = engine.ea.delegationsOf(asset);
    const out: AccessView[] = [];
    for (const id of engine.ea.identities) {
        if (id.unreadable.length === 0) continue;
        const n = id.node;
        const account =
            n.kind === "role" || n.kind === "user" || n.kind === "group" || n.kind === "external"
                ? n.account
                : undefined;
        // An identity of unknown account may be in any account the key delegates to.
        const d =
            delegated.get(account ?? asset.account ?? "") ??
            (account === undefined ? [...delegated.values()][0] : undefined);
        if (!d) continue;
        const denied = engine.ea.policyDenied(asset, n);
        const actions = [...d.actions].filter(a => !denied.has(a.toLowerCase())).sort();
        if (actions.length === 0) continue;
        const names = [...new Set(id.unreadable.map(u => u.arn.split("/").pop() ?? u.arn))];
        out.push({
            principal: nodeLabel(n),
            actions: actions.some(a => a.toLowerCase() === "kms:*") ? ["kms:*"] : actions,
            path: `may use it (policy not readable: ${names.join(", ")})`,
            via: `${id.unreadable.map(u => `${u.arn} attached by ${u.viaUrn.split("::").pop()}`).join(", ")}, through the root delegation (${d.via})`,
            reachedBy: engine.chainsTo(n),
        });
    }
    return out;
}

function buildKeys(ix: PlanIndex, engine: EngineView): KeyView[] {
    const aliases = ix.ofType("aws:kms/alias:Alias");
    const keyPolicies = ix.ofType("aws:kms/keyPolicy:KeyPolicy");
    const keyTypes = [
        "aws:kms/key:Key",
        "aws:kms/externalKey:ExternalKey",
        "aws:kms/replicaKey:ReplicaKey",
        "aws:kms/replicaExternalKey:ReplicaExternalKey",
    ];
    return ix.plan.resources
        .filter(r => keyTypes.includes(r.type))
        .map(key => {
            const arn = known(key.outputs.arn);
            const keyId = key.outputs.keyId ?? key.id;
            const targets = (a: PlanResource, prop: string, value: unknown) =>
                (typeof value === "string" && !isUnknown(value) && (value === keyId || value === key.outputs.arn)) ||
                ((value === undefined || isUnknown(value)) && ix.dependsThrough(a, prop).includes(key));
            const keyAliases = aliases
                .filter(a => targets(a, "targetKeyId", a.inputs.targetKeyId))
                .map(a => known(a.inputs.name));
            const kp = keyPolicies.find(p => targets(p, "keyId", p.inputs.keyId));
            const policySource = kp ?? key;
            let keyPolicy: StatementView[] | undefined;
            try {
                const doc = parseDocument(policySource.inputs.policy);
                keyPolicy = doc && statementsOf(doc, a => ix.roleLabel(a));
            } catch {
                keyPolicy = undefined;
            }
            const principalName = (n: PrincipalNode) =>
                n.kind === "role" || n.kind === "user" || n.kind === "group" ? (n.name ?? nodeLabel(n)) : nodeLabel(n);
            const iamGrants: KeyView["iamGrants"] = engine.ea.identityGrants
                .filter(a => a.asset.urn === key.urn)
                .map(a => ({ role: principalName(a.principal), actions: a.actions, source: a.via }));
            const whoCanUse: AccessView[] = engine.ea.access
                .filter(a => a.asset.urn === key.urn)
                .map(a => ({
                    principal: nodeLabel(a.principal),
                    actions: a.actions,
                    path: a.path,
                    via: a.via,
                    reachedBy: engine.chainsTo(a.principal),
                }));
            whoCanUse.push(...unreadableUsers(engine, key.urn));
            const view: KeyView = {
                urn: key.urn,
                name: key.name,
                account: ix.accountLabel(key),
                arn,
                aliases: keyAliases,
                protect: key.options.protect,
                retainOnDelete: key.options.retainOnDelete,
                keyPolicy,
                keyPolicyDependsOn: keyPolicy
                    ? []
                    : ix
                          .dependsThrough(policySource, "policy")
                          .map(r =>
                              r.type === "aws:iam/role:Role" ? `role ${known(r.inputs.name)}` : `${r.type} ${r.name}`,
                          ),
                iamGrants,
                whoCanUse,
            };
            const spec = key.inputs.customerMasterKeySpec ?? key.inputs.keySpec;
            if (typeof spec === "string") view.keySpec = spec;
            if (typeof key.inputs.enableKeyRotation === "boolean") view.rotation = key.inputs.enableKeyRotation;
            if (typeof key.inputs.deletionWindowInDays === "number")
                view.deletionWindowInDays = key.inputs.deletionWindowInDays;
            return view;
        });
}

function buildServiceAccounts(ix: PlanIndex, manifests: Manifest[]): ServiceAccountView[] {
    return ix.ofType("kubernetes:core/v1:ServiceAccount").map(sa => {
        const md = (sa.inputs.metadata ?? {}) as {
            name?: unknown;
            namespace?: unknown;
            annotations?: Record<string, unknown>;
        };
        const roleArnValue = md.annotations?.["eks.amazonaws.com/role-arn"];
        let role: PlanResource | undefined;
        if (typeof roleArnValue === "string" && !isUnknown(roleArnValue)) role = ix.roleByArn(roleArnValue);
        else if (isUnknown(roleArnValue))
            role = ix.dependsThrough(sa, "metadata").find(r => r.type === "aws:iam/role:Role");
        const view: ServiceAccountView = {
            urn: sa.urn,
            namespace: known(md.namespace ?? "default"),
            name: known(md.name),
            roleArn: roleArnValue === undefined ? "(none)" : known(roleArnValue),
        };
        if (role) view.role = role.urn;
        const m = manifests.find(x => x.urn === sa.urn);
        if (m) view.manifest = m.file;
        return view;
    });
}

function buildPodIdentityAssociations(ix: PlanIndex, sas: ServiceAccountView[]): PodIdentityView[] {
    return ix.ofType("aws:eks/podIdentityAssociation:PodIdentityAssociation").map(a => {
        const roleOf = (prop: "roleArn" | "targetRoleArn") => {
            const value = a.inputs[prop];
            if (typeof value === "string" && !isUnknown(value)) return ix.roleByArn(value);
            return isUnknown(value) ? ix.dependsThrough(a, prop).find(r => r.type === "aws:iam/role:Role") : undefined;
        };
        const namespace = known(a.inputs.namespace);
        const serviceAccount = known(a.inputs.serviceAccount);
        const view: PodIdentityView = {
            urn: a.urn,
            cluster: known(a.inputs.clusterName),
            namespace,
            serviceAccount,
            associationArn: known(a.outputs.associationArn),
            roleArn: known(a.inputs.roleArn),
        };
        const role = roleOf("roleArn");
        if (role) view.role = role.urn;
        if (a.inputs.targetRoleArn !== undefined) {
            view.targetRoleArn = known(a.inputs.targetRoleArn);
            const target = roleOf("targetRoleArn");
            if (target) view.targetRole = target.urn;
        }
        const sa = sas.find(s => s.namespace === namespace && s.name === serviceAccount);
        if (sa) view.sa = sa.urn;
        return view;
    });
}

// ---------------------------------------------------------------------------------------------------------
// Mermaid

/** A quoted Mermaid label; each part escaped, parts on separate lines. */
function mermaidLabel(...parts: string[]): string {
    return `"${parts.map(s => s.replace(/"/g, "#quot;").replace(/</g, "#lt;").replace(/>/g, "#gt;")).join("<br/>")}"`;
}

function buildMermaid(
    ix: PlanIndex,
    accounts: AccountView[],
    keys: KeyView[],
    roles: RoleView[],
    sas: ServiceAccountView[],
    pods: PodIdentityView[],
): string {
    const lines = ["flowchart LR"];
    const ids = new Map<string, string>();
    const id = (prefix: string, key: string) => {
        if (!ids.has(key))
            ids.set(key, `${prefix}${[...ids.keys()].filter(k => k.startsWith(`${prefix}:`)).length + 1}`);
        return ids.get(key)!;
    };
    const awsAccounts = accounts.filter(a => a.accountId);
    const accountIdOf = (label: string) => awsAccounts.find(a => label.includes(a.accountId!));
    for (const a of awsAccounts) {
        lines.push(
            `    ${id("acct", `acct:${a.accountId}`)}[${mermaidLabel(`account ${a.name}`, `${a.accountId} ${a.region ?? ""}`.trim())}]`,
        );
    }
    for (const k of keys) {
        lines.push(`    ${id("key", `key:${k.urn}`)}[${mermaidLabel(`KMS key ${k.aliases[0] ?? k.name}`)}]`);
    }
    for (const r of roles) {
        lines.push(
            `    ${id("role", `role:${r.urn}`)}[${mermaidLabel(`IAM role ${r.name}${r.kind ? ` (${r.kind})` : ""}`)}]`,
        );
    }
    for (const sa of sas) {
        lines.push(`    ${id("sa", `sa:${sa.urn}`)}[${mermaidLabel(`ServiceAccount ${sa.namespace}/${sa.name}`)}]`);
    }
    for (const p of pods.filter(x => !x.sa)) {
        // A ServiceAccount the stack does not create (manageServiceAccounts false): drawn from the association.
        const label = `ServiceAccount ${p.namespace}/${p.serviceAccount}`;
        lines.push(`    ${id("sa", `sa:${p.urn}`)}[${mermaidLabel(label, "(not created by this stack)")}]`);
    }
    for (const k of keys) {
        const a = accountIdOf(k.account);
        if (a) lines.push(`    ${ids.get(`acct:${a.accountId}`)} -->|holds| ${ids.get(`key:${k.urn}`)}`);
    }
    for (const r of roles) {
        const a = accountIdOf(r.account);
        if (a) lines.push(`    ${ids.get(`acct:${a.accountId}`)} -.->|holds| ${ids.get(`role:${r.urn}`)}`);
    }
    for (const k of keys) {
        const kid = ids.get(`key:${k.urn}`)!;
        const edges = new Map<string, Set<string>>();
        const add = (roleUrn: string, actions: string[]) => {
            const set = edges.get(roleUrn) ?? new Set<string>();
            actions.forEach(a => set.add(a));
            edges.set(roleUrn, set);
        };
        for (const s of k.keyPolicy ?? []) {
            if (s.effect !== "Allow") continue;
            for (const p of s.principals) {
                const arn = /^AWS (arn:\S+)/.exec(p)?.[1];
                const role = arn ? ix.roleByArn(arn) : undefined;
                if (role) add(role.urn, actionText(s));
            }
        }
        for (const g of k.iamGrants) {
            const role = roles.find(r => r.name === g.role);
            if (role) add(role.urn, g.actions);
        }
        if (!k.keyPolicy) {
            // Policy unknown until apply: the roles it is built from.
            for (const r of ix
                .dependsThrough(ix.byUrn.get(k.urn)!, "policy")
                .filter(x => x.type === "aws:iam/role:Role")) {
                if (!edges.has(r.urn)) edges.set(r.urn, new Set(["key policy unknown until apply"]));
            }
        }
        for (const [roleUrn, actions] of edges) {
            const rid = ids.get(`role:${roleUrn}`);
            if (rid) lines.push(`    ${kid} -->|${mermaidLabel([...actions].join(", "))}| ${rid}`);
        }
    }
    for (const r of roles) {
        for (const s of r.trust ?? []) {
            if (s.effect !== "Allow") continue;
            for (const p of s.principals) {
                const arn = /^AWS (arn:\S+)/.exec(p)?.[1];
                const caller = arn ? ix.roleByArn(arn) : undefined;
                if (caller && caller.urn !== r.urn)
                    lines.push(`    ${ids.get(`role:${caller.urn}`)} -->|may assume| ${ids.get(`role:${r.urn}`)}`);
            }
        }
    }
    for (const sa of sas) {
        if (sa.role && ids.has(`role:${sa.role}`))
            lines.push(`    ${ids.get(`role:${sa.role}`)} -->|IRSA| ${ids.get(`sa:${sa.urn}`)}`);
    }
    for (const p of pods) {
        const saId = ids.get(`sa:${p.sa ?? p.urn}`);
        const roleId = p.role && ids.get(`role:${p.role}`);
        if (saId && roleId) lines.push(`    ${roleId} -->|${mermaidLabel(`Pod Identity (${p.cluster})`)}| ${saId}`);
        const targetId = p.targetRole && ids.get(`role:${p.targetRole}`);
        if (targetId && roleId) lines.push(`    ${roleId} -->|Pod Identity target| ${targetId}`);
    }
    return lines.join("\n");
}

// ---------------------------------------------------------------------------------------------------------

const LEVEL_ORDER: Record<EnforcementLevel, number> = { mandatory: 0, remediate: 1, advisory: 2, disabled: 3 };

/** `view`: the pack's effective-access engine over the same plan (`engineViewOf`, tools/offline/engineView.ts). */
export function buildReport(result: OfflinePreviewResult, outDir: string, view: EngineView): OfflineReport {
    const ix = new PlanIndex(result.plan);
    const serviceAccounts = buildServiceAccounts(ix, result.manifests);
    const podIdentityAssociations = buildPodIdentityAssociations(ix, serviceAccounts);
    const roles = buildRoles(ix, serviceAccounts, podIdentityAssociations, view);
    const keys = buildKeys(ix, view);
    const identities: IdentityView[] = view.ea.identities
        .filter(i => i.node.kind !== "role")
        .map(i => ({ principal: nodeLabel(i.node), permissions: permissionsOf(i), ...identityDocuments(i) }));
    const accounts = buildAccounts(ix);
    const violations: ReportViolation[] = result.violations
        .map(v => ({ ...v, ...(v.resourceType ? { resource: `${v.resourceType} ${v.resourceName}` } : {}) }))
        .sort((a, b) => LEVEL_ORDER[a.enforcementLevel] - LEVEL_ORDER[b.enforcementLevel]);
    const mandatory = violations.filter(v => v.enforcementLevel === "mandatory").length;
    const exitCode = mandatory > 0 ? 1 : 0;
    return {
        project: result.project,
        stack: result.stack,
        preview: result.preview,
        verdict: exitCode ? "fail" : "pass",
        exitCode,
        configFile: result.configFile,
        secureValues: result.secureValues,
        secretPlaceholder: result.secretPlaceholder,
        pack: { ...result.pack, configFile: result.packConfigFile },
        summary: {
            resources: result.plan.resources.length,
            customResources: result.plan.resources.filter(r => r.custom).length,
            accounts: accounts.filter(a => a.accountId).length,
            mandatory,
            advisory: violations.filter(v => v.enforcementLevel === "advisory").length,
            unknownsDuringPreview: violations.filter(
                v => v.enforcementLevel === "advisory" && /during preview/.test(v.message),
            ).length,
        },
        files: {
            outDir,
            plan: path.join(outDir, "plan.json"),
            report: path.join(outDir, "report.md"),
            manifests: result.manifests.map(m => path.join(outDir, "manifests", m.file)),
        },
        defaultProviderUses: result.defaultProviderUses,
        tree: buildTree(ix),
        accounts,
        keys,
        roles,
        identities,
        serviceAccounts,
        podIdentityAssociations,
        violations,
        mermaid: buildMermaid(ix, accounts, keys, roles, serviceAccounts, podIdentityAssociations),
    };
}

// ---------------------------------------------------------------------------------------------------------
// Rendering

function treeLines(node: TreeNode, prefix = "", last = true, root = true): string[] {
    const flags = [node.protect && "protect", node.retainOnDelete && "retainOnDelete"].filter(Boolean).join(", ");
    const label = `${node.name} (${node.type})${node.placement ? ` @ ${node.placement}` : ""}${flags ? ` [${flags}]` : ""}`;
    const lines = [root ? label : `${prefix}${last ? "└─ " : "├─ "}${label}`];
    const childPrefix = root ? "" : `${prefix}${last ? "   " : "│  "}`;
    node.children.forEach((c, i) => lines.push(...treeLines(c, childPrefix, i === node.children.length - 1, false)));
    return lines;
}

function statementLine(s: StatementView, withResources: boolean): string {
    const parts = [
        `${s.effect}${s.sid ? ` [${s.sid}]` : ""}`,
        s.principals.length ? `principals: ${s.principals.join(", ")}` : undefined,
        s.serviceAccounts?.length ? `i.e. Kubernetes ServiceAccount ${s.serviceAccounts.join(", ")}` : undefined,
        `actions: ${actionText(s).join(", ")}`,
        withResources
            ? `resources: ${s.notResources ? `every resource except ${s.notResources.join(", ")}` : s.resources.join(", ")}`
            : undefined,
        s.conditions.length ? `when ${s.conditions.join("; ")}` : undefined,
    ].filter(Boolean);
    return parts.join(" — ");
}

/** `title` replaces the preview's heading (the audit renders the same sections under its own). */
export function renderReport(r: OfflineReport, format: "text" | "markdown", options: { title?: string } = {}): string {
    const md = format === "markdown";
    const out: string[] = [];
    const h = (level: number, text: string) =>
        out.push("", md ? `${"#".repeat(level)} ${text}` : level === 1 ? `=== ${text} ===` : `--- ${text} ---`, "");
    const block = (lines: string[], lang = "") =>
        md ? out.push(`\`\`\`${lang}`, ...lines, "```") : out.push(...lines.map(l => `  ${l}`));

    h(
        1,
        options.title ??
            `Offline preview: ${r.project}/${r.stack}${r.preview ? " (--preview: computed values unknown)" : ""}`,
    );
    out.push(
        `Verdict: ${r.verdict === "pass" ? "PASS" : "FAIL"} — ${r.summary.mandatory} mandatory, ${r.summary.advisory} advisory violation${r.summary.advisory === 1 ? "" : "s"} (exit ${r.exitCode}).`,
    );
    out.push(
        `${r.summary.resources} resources (${r.summary.customResources} custom) in ${r.summary.accounts} AWS account${r.summary.accounts === 1 ? "" : "s"}; config ${r.configFile}; policy pack ${r.pack.name}@${r.pack.version} (${r.pack.policies} policies, config ${r.pack.configFile ?? "none: the pack's own levels"}).`,
    );
    if (r.secureValues.length) {
        out.push(
            "",
            `Secure values: ${r.secureValues.join(", ")} ${r.secureValues.length === 1 ? "is" : "are"} stored encrypted (secure:) and cannot be decrypted offline; the preview used the placeholder "${r.secretPlaceholder}" instead, so anything derived from ${r.secureValues.length === 1 ? "it" : "them"} is not the real value.`,
        );
    }

    h(2, "Violations");
    if (r.violations.length === 0) out.push("None: the policy pack and the plan checks accept this stack.");
    for (const v of r.violations) {
        const [head, ...rest] = v.message.split("\n");
        const detail = rest.length ? rest.join(" ") : head;
        out.push(
            `${md ? "- " : ""}${v.enforcementLevel.toUpperCase()} ${v.policyName} (${v.source}) on ${v.resource ?? v.urn ?? "the stack"}: ${detail}`,
        );
    }

    h(2, "Resources by component");
    block(treeLines(r.tree));

    h(2, "Accounts");
    for (const a of r.accounts) {
        const counts = new Map<string, number>();
        for (const x of a.resources) counts.set(x.type, (counts.get(x.type) ?? 0) + 1);
        out.push(
            `${md ? "- " : ""}${a.accountId ? `${a.name} ${a.accountId} ${a.region ?? ""}`.trim() : a.name}: ${[...counts].map(([t, n]) => `${n} × ${t}`).join(", ") || "no resources"}`,
        );
    }

    h(2, "KMS keys: who can use them");
    if (r.keys.length === 0) out.push("This stack creates no KMS key.");
    for (const k of r.keys) {
        out.push(
            `${md ? "- **" : "* "}${k.aliases.join(", ") || k.name}${md ? "**" : ""} (${k.name}) in ${k.account}: ${k.arn}; ${k.keySpec ?? "default spec"}, rotation ${k.rotation ? "on" : "off"}, deletion window ${k.deletionWindowInDays ?? 30} days, ${k.protect ? "protected" : "NOT protected"}, ${k.retainOnDelete ? "retained on delete" : "NOT retained on delete"}`,
        );
        if (k.keyPolicy) {
            for (const s of k.keyPolicy) out.push(`${md ? "  - " : "    "}key policy: ${statementLine(s, false)}`);
        } else {
            out.push(
                `${md ? "  - " : "    "}key policy: ${UNKNOWN_TEXT}${k.keyPolicyDependsOn.length ? `, built from ${k.keyPolicyDependsOn.join(", ")}` : ""}`,
            );
        }
        for (const g of k.iamGrants)
            out.push(`${md ? "  - " : "    "}IAM: role ${g.role} may ${g.actions.join(", ")} (${g.source})`);
        if (k.whoCanUse.length === 0) out.push(`${md ? "  - " : "    "}who can use it: nobody this stack grants`);
        for (const a of k.whoCanUse) {
            const by = a.reachedBy.length ? `; reached by ${a.reachedBy.join("; ")}` : "";
            out.push(
                `${md ? "  - " : "    "}who can use it: ${a.principal}: ${a.actions.join(", ")} (${a.path}: ${a.via})${by}`,
            );
        }
    }

    h(2, "IAM roles: trust and permissions");
    if (r.roles.length === 0) out.push("This stack creates no IAM role.");
    for (const role of r.roles) {
        out.push(
            `${md ? "- **" : "* "}${role.name}${md ? "**" : ""}${role.kind ? ` (${role.kind})` : ""} in ${role.account}: ${role.arn}`,
        );
        const sub = md ? "  - " : "    ";
        if (role.trust) for (const s of role.trust) out.push(`${sub}assumable: ${statementLine(s, false)}`);
        else out.push(`${sub}assumable: trust policy ${UNKNOWN_TEXT}`);
        for (const chain of role.whoCanBecome) out.push(`${sub}who can become it: ${chain}`);
        for (const p of role.permissions) {
            out.push(
                `${sub}${p.effect === "Allow" ? "allowed" : p.effect.toUpperCase()} on ${p.resource}: ${p.actions.join(", ")}${p.conditions.length ? ` when ${p.conditions.join("; ")}` : ""} (${p.sources.join(", ")})`,
            );
        }
        for (const d of role.unknownDocuments) out.push(`${sub}permissions from ${d}: ${UNKNOWN_TEXT}`);
        for (const e of role.externalPolicies) out.push(`${sub}attached policy not in this stack: ${e}`);
        if (!role.permissions.length && !role.unknownDocuments.length && !role.externalPolicies.length)
            out.push(`${sub}no permissions`);
        if (role.serviceAccounts.length) out.push(`${sub}used by ServiceAccount ${role.serviceAccounts.join(", ")}`);
        if (role.instanceProfiles.length) out.push(`${sub}instance profile ${role.instanceProfiles.join(", ")}`);
    }

    for (const id of r.identities) {
        out.push(`${md ? "- **" : "* "}${id.principal}${md ? "**" : ""}`);
        const sub = md ? "  - " : "    ";
        for (const p of id.permissions) {
            out.push(
                `${sub}${p.effect === "Allow" ? "allowed" : p.effect.toUpperCase()} on ${p.resource}: ${p.actions.join(", ")}${p.conditions.length ? ` when ${p.conditions.join("; ")}` : ""} (${p.sources.join(", ")})`,
            );
        }
        for (const d of id.unknownDocuments) out.push(`${sub}permissions from ${d}: ${UNKNOWN_TEXT}`);
        for (const e of id.externalPolicies) out.push(`${sub}attached policy not in this stack: ${e}`);
    }

    h(2, "Kubernetes ServiceAccounts");
    if (r.serviceAccounts.length === 0) out.push("This stack creates no Kubernetes object.");
    for (const sa of r.serviceAccounts) {
        out.push(
            `${md ? "- " : "* "}${sa.namespace}/${sa.name}: eks.amazonaws.com/role-arn ${sa.roleArn}${sa.manifest ? ` (manifests/${sa.manifest})` : ""}`,
        );
    }

    h(2, "EKS Pod Identity: role ← association ← ServiceAccount");
    if (r.podIdentityAssociations.length === 0) out.push("This stack creates no EKS Pod Identity association.");
    for (const p of r.podIdentityAssociations) {
        const role = p.targetRoleArn ? `${p.targetRoleArn} ← ${p.roleArn} (association role)` : p.roleArn;
        out.push(
            `${md ? "- " : "* "}${role} ← association ${p.associationArn} ← ServiceAccount ${p.namespace}/${p.serviceAccount} of cluster ${p.cluster}${p.sa ? "" : " (not created by this stack)"}`,
        );
    }

    h(2, "Diagram: accounts → keys → roles → ServiceAccounts");
    block(r.mermaid.split("\n"), "mermaid");

    h(2, "Files");
    out.push(
        `${md ? "- " : ""}${r.files.plan}`,
        `${md ? "- " : ""}${r.files.report}`,
        ...r.files.manifests.map(m => `${md ? "- " : ""}${m}`),
    );
    return `${out.join("\n").replace(/^\n+/, "")}\n`;
}
