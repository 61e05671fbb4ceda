/**
 * The one converter from an offline plan (a committed stack's program under the mock engine) to what
 * `pulumi stack export` writes (apitype DeploymentV3 / ResourceV3), made to look deployed:
 * - AWS-assigned ids: KMS key ids are random UUIDs (not the mock's), roles get an `AROA…` unique id,
 *   Kubernetes objects a uid, providers their own ids; every reference (key ARNs inside RolePolicies, alias
 *   targets, table SSE keys, stack outputs) carries the new values;
 * - documents as AWS returns them: one-element lists as scalars, statements and keys in another order;
 * - outputs AWS adds (tagsAll, arn, uniqueId, maxSessionDuration, PITR's recoveryPeriodInDays, ...), a Role's
 *   inlinePolicies and managedPolicyArns as a refresh reads them (its RolePolicies and attachments too), provider
 *   config as strings with the plugin version, `protect`/`retainOnDelete`, `<urn>::<id>` provider references.
 * Shapes follow public exports: `secrets_providers` `{type: "service", state: {url, owner, project, stack}}`,
 * providers named `default_<version>` when implicit, `allowedAccountIds` as JSON text.
 */
import * as crypto from "crypto";
import type { Plan, PlanResource } from "../../tools/offline/mockEngine";
import { pulumiMagic, SECRET_SIG, SECRET_SIG_KEY } from "../../tools/audit/exportFile";

export type ExportDocument = {
    version: number;
    deployment: {
        manifest: Record<string, unknown>;
        secrets_providers?: Record<string, unknown>;
        resources: ExportResource[];
        pending_operations?: { resource: ExportResource; type: string }[];
        metadata?: Record<string, unknown>;
    };
};

export type ExportResource = Record<string, any> & { urn: string; type: string };

function hex(seed: string): string {
    return crypto.createHash("sha256").update(`aws-assigned/${seed}`).digest("hex");
}

/** A UUID as AWS would assign it: random-looking, and never the mock's. */
function awsUuid(seed: string): string {
    const h = hex(seed);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function uniqueId(prefix: string, seed: string): string {
    return (
        prefix +
        BigInt(`0x${hex(seed).slice(0, 24)}`)
            .toString(36)
            .toUpperCase()
            .padStart(17, "0")
            .slice(0, 17)
    );
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

function mapStrings<T>(v: T, f: (s: string) => string): T {
    if (typeof v === "string") return f(v) as T;
    if (Array.isArray(v)) return v.map(x => mapStrings(x, f)) as T;
    if (v && typeof v === "object")
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mapStrings(x, f)])) as T;
    return v;
}

/** A policy document as AWS hands it back: scalars for one-element lists, another key and statement order. */
export function awsStyleDocument(text: string, pretty = false): string {
    const doc = JSON.parse(text) as {
        Version?: string;
        Statement: Record<string, unknown>[] | Record<string, unknown>;
    };
    const scalar = (v: unknown): unknown => (Array.isArray(v) && v.length === 1 ? v[0] : v);
    const statements = (Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement]).map(s => {
        const out: Record<string, unknown> = {};
        for (const key of [
            "Condition",
            "Resource",
            "NotResource",
            "Action",
            "NotAction",
            "Principal",
            "Effect",
            "Sid",
        ]) {
            if (s[key] === undefined) continue;
            let v = s[key];
            if (key === "Principal" && v && typeof v === "object")
                v = Object.fromEntries(Object.entries(v).map(([k, x]) => [k, scalar(x)]));
            if (key === "Condition" && v && typeof v === "object")
                v = Object.fromEntries(
                    Object.entries(v as Record<string, Record<string, unknown>>).map(([op, e]) => [
                        op,
                        Object.fromEntries(Object.entries(e).map(([k, x]) => [k, scalar(x)])),
                    ]),
                );
            out[key] = key === "Principal" || key === "Condition" ? v : scalar(v);
        }
        return out;
    });
    const reordered = { Statement: statements.reverse(), ...(doc.Version ? { Version: doc.Version } : {}) };
    return pretty ? JSON.stringify(reordered, null, 2) : JSON.stringify(reordered);
}

const DOCUMENT_KEYS = new Set(["policy", "assumeRolePolicy"]);

function awsStyleDocuments(outputs: Record<string, any>, pretty: boolean): Record<string, any> {
    const out = { ...outputs };
    for (const k of Object.keys(out))
        if (DOCUMENT_KEYS.has(k) && typeof out[k] === "string") out[k] = awsStyleDocument(out[k], pretty);
    if (Array.isArray(out.inlinePolicies))
        out.inlinePolicies = out.inlinePolicies.map((p: { name: string; policy: string }) =>
            p.policy ? { ...p, policy: awsStyleDocument(p.policy) } : p,
        );
    return out;
}

/** What a refresh reads into a Role besides its own arguments: the inline policies and attachments on it. */
interface RoleRead {
    inline: { name: string; policy: string }[];
    attached: string[];
}

/** Roles are per account: the account a resource is deployed into, else its provider. */
function roleKey(r: PlanResource, role: unknown): string | undefined {
    return typeof role === "string" && role ? `${r.account?.accountId ?? r.providerUrn ?? ""}/${role}` : undefined;
}

/**
 * Every inline policy (aws.iam.RolePolicy) and attached policy (RolePolicyAttachment, PolicyAttachment) of the
 * plan per role, as a refresh reads them into the Role: terraform-provider-aws internal/service/iam/role.go
 * `resourceRoleRead` lists all inline policies of the role into inline_policy (when they differ from the
 * Role's own) and all attached ones into managed_policy_arns.
 */
function roleReads(plan: Plan, swap: <T>(v: T) => T): Map<string, RoleRead> {
    const out = new Map<string, RoleRead>();
    const of = (r: PlanResource, role: unknown) => {
        const key = roleKey(r, role);
        if (!key) return undefined;
        if (!out.has(key)) out.set(key, { inline: [], attached: [] });
        return out.get(key)!;
    };
    for (const r of plan.resources) {
        const v = swap({ ...r.inputs, ...r.outputs }) as Record<string, any>;
        if (r.type === "aws:iam/rolePolicy:RolePolicy" && typeof v.policy === "string")
            of(r, v.role)?.inline.push({ name: v.name, policy: v.policy });
        else if (r.type === "aws:iam/rolePolicyAttachment:RolePolicyAttachment")
            of(r, v.role)?.attached.push(v.policyArn);
        else if (r.type === "aws:iam/policyAttachment:PolicyAttachment")
            for (const role of v.roles ?? []) of(r, role)?.attached.push(v.policyArn);
    }
    return out;
}

/** What AWS (through the provider) adds to a resource's outputs. */
function deployedOutputs(
    r: PlanResource,
    outputs: Record<string, any>,
    id: string,
    roleRead?: RoleRead,
): Record<string, any> {
    const tagsAll = outputs.tags ? { tagsAll: outputs.tags } : {};
    switch (r.type) {
        case "aws:kms/key:Key":
            return awsStyleDocuments(
                {
                    bypassPolicyLockoutSafetyCheck: false,
                    customKeyStoreId: "",
                    isEnabled: true,
                    multiRegion: false,
                    rotationPeriodInDays: outputs.enableKeyRotation ? 365 : 0,
                    ...outputs,
                    id,
                    ...tagsAll,
                },
                true,
            );
        case "aws:dynamodb/table:Table":
            return {
                __meta: '{"schema_version":"1"}',
                streamEnabled: false,
                tableClass: "STANDARD",
                ...outputs,
                id,
                pointInTimeRecovery: { ...outputs.pointInTimeRecovery, recoveryPeriodInDays: 35 },
                globalSecondaryIndexes: outputs.globalSecondaryIndexes ?? [],
                ...tagsAll,
            };
        case "aws:iam/role:Role": {
            // As after `pulumi refresh`: every inline policy of the role, its own and the RolePolicies' (by name,
            // as ListRolePolicies returns them), and every attached policy.
            const own = ((outputs.inlinePolicies as { name?: string; policy?: string }[] | undefined) ?? []).filter(
                p => p.name || p.policy,
            );
            const inline = [...own, ...(roleRead?.inline ?? []).filter(p => !own.some(o => o.name === p.name))].sort(
                (a, b) => String(a.name).localeCompare(String(b.name)),
            );
            const managed = [
                ...new Set([...((outputs.managedPolicyArns as string[]) ?? []), ...(roleRead?.attached ?? [])]),
            ];
            return awsStyleDocuments(
                {
                    createDate: "2026-05-04T10:11:12Z",
                    forceDetachPolicies: false,
                    inlinePolicies: [{ name: "", policy: "" }],
                    maxSessionDuration: 3600,
                    path: "/",
                    permissionsBoundary: "",
                    ...outputs,
                    ...(inline.length ? { inlinePolicies: inline } : {}),
                    managedPolicyArns: managed.sort(),
                    id,
                    uniqueId: uniqueId("AROA", r.urn),
                    ...tagsAll,
                },
                false,
            );
        }
        case "kubernetes:core/v1:ServiceAccount":
            return {
                ...outputs,
                metadata: {
                    ...outputs.metadata,
                    uid: awsUuid(r.urn),
                    resourceVersion: "48213",
                    creationTimestamp: "2026-05-04T10:11:12Z",
                },
            };
        default:
            return awsStyleDocuments({ ...outputs, ...(r.custom ? { id } : {}), ...tagsAll }, false);
    }
}

/** The plan's resources as a stack export that looks deployed (see the file comment). */
export function exportFromPlan(plan: Plan): ExportDocument {
    // The mock's computed ids → AWS-assigned ones.
    const ids = new Map<string, string>();
    for (const r of plan.resources) {
        if (r.type === "aws:kms/key:Key" || r.type.startsWith("pulumi:providers:")) ids.set(r.id!, awsUuid(r.urn));
        const uid = (r.outputs.metadata as { uid?: string } | undefined)?.uid;
        if (uid) ids.set(uid, awsUuid(r.urn));
    }
    const swap = <T>(v: T): T => mapStrings(v, s => s.replace(UUID, u => ids.get(u) ?? u));
    const reads = roleReads(plan, swap);
    const resources: ExportResource[] = plan.resources.map(r => {
        const id = r.id ? swap(r.id) : undefined;
        const inputs = swap(r.inputs) as Record<string, any>;
        let outputs = swap(r.outputs) as Record<string, any>;
        const out: ExportResource = { urn: r.urn, custom: r.custom, type: r.type };
        if (r.custom) out.id = id;
        if (r.type.startsWith("pulumi:providers:")) {
            const config = { ...inputs, version: r.type === "pulumi:providers:aws" ? "7.48.0" : "4.34.2" };
            out.inputs = config;
            out.outputs = config;
        } else if (r.custom) {
            const roleRead =
                r.type === "aws:iam/role:Role"
                    ? reads.get(roleKey(r, outputs.name ?? inputs.name ?? id) ?? "")
                    : undefined;
            outputs = deployedOutputs(r, outputs, id!, roleRead);
            out.inputs = { ...inputs, __defaults: [] };
            out.outputs = outputs;
        } else if (Object.keys(outputs).length) {
            out.outputs = outputs;
        }
        if (r.parent) out.parent = r.parent;
        if (r.options.protect) out.protect = true;
        if (r.options.retainOnDelete) out.retainOnDelete = true;
        if (r.provider) out.provider = swap(r.provider);
        if (r.dependencies.length) out.dependencies = r.dependencies;
        const propertyDependencies = Object.fromEntries(
            Object.entries(r.propertyDependencies).filter(([, urns]) => urns.length),
        );
        if (Object.keys(propertyDependencies).length) out.propertyDependencies = propertyDependencies;
        out.created = "2026-05-04T10:11:12.123456789Z";
        out.modified = "2026-05-04T10:11:12.123456789Z";
        return out;
    });
    return {
        version: 3,
        deployment: {
            manifest: {
                time: "2026-09-01T08:00:00.000000000Z",
                // Pulumi's cookie (pkg/resource/deploy/snapshot.go NewMagic), which the audit checks as Pulumi does.
                magic: pulumiMagic("v3.248.0"),
                version: "v3.248.0",
            },
            secrets_providers: {
                type: "service",
                state: { url: "https://api.pulumi.com", owner: "custody", project: plan.project, stack: plan.stack },
            },
            resources,
        },
    };
}

/** A secret as an export without --show-secrets holds it. */
export function cipherSecret(value: unknown): Record<string, string> {
    return {
        [SECRET_SIG_KEY]: SECRET_SIG,
        ciphertext: `v1:${Buffer.from(JSON.stringify(value)).toString("base64").slice(0, 24)}`,
    };
}

/** A secret as `pulumi stack export --show-secrets` writes it: JSON text in `plaintext`. */
export function plainSecret(value: unknown): Record<string, string> {
    return { [SECRET_SIG_KEY]: SECRET_SIG, plaintext: JSON.stringify(value) };
}

/** The one resource of `doc` with this type and name. */
export function resourceOf(doc: ExportDocument, type: string, name: string): ExportResource {
    const found = doc.deployment.resources.filter(r => r.type === type && r.urn.endsWith(`::${name}`));
    if (found.length !== 1) throw new Error(`expected one ${type} ${name} in the export, found ${found.length}`);
    return found[0];
}
