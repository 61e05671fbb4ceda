/**
 * Every Kubernetes object of a plan as the plain manifest `kubectl apply` would take (apiVersion, kind,
 * metadata, spec...: no Pulumi internals, no server-populated fields), validated against the Kubernetes
 * OpenAPI schema (kubernetes-models) plus the name rules the schema does not carry (DNS-1123 names and
 * namespaces, qualified label and annotation keys, label values).
 */
import { stringify } from "yaml";
import type { Plan, PlanResource } from "./mockEngine";
import { isUnknown, unknownPaths } from "./planToAnalyzer";

/** What a value unknown during `--preview` is written as (a string, so the manifest still validates). */
export const UNKNOWN_IN_MANIFEST = "<unknown until apply>";

export interface Manifest {
    urn: string;
    apiVersion: string;
    kind: string;
    name: string;
    namespace?: string;
    /** Relative file name under `manifests/`. */
    file: string;
    /** The object, plain data. */
    object: Record<string, unknown>;
    /** Paths of values unknown during preview (written as UNKNOWN_IN_MANIFEST). */
    unknowns: string[];
    yaml: string;
}

export class ManifestError extends Error {
    constructor(public readonly problems: string[]) {
        super(
            `invalid Kubernetes manifest${problems.length === 1 ? "" : "s"}:\n${problems.map(p => `  - ${p}`).join("\n")}`,
        );
        this.name = "ManifestError";
    }
}

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

/** Fields the API server fills in; a manifest never sets them. */
const SERVER_METADATA = [
    "uid",
    "resourceVersion",
    "creationTimestamp",
    "generation",
    "managedFields",
    "selfLink",
    "deletionTimestamp",
];

/** Kinds that live outside namespaces (the ones this program could create; extend when it creates more). */
const CLUSTER_SCOPED = new Set([
    "Namespace",
    "ClusterRole",
    "ClusterRoleBinding",
    "CustomResourceDefinition",
    "StorageClass",
    "PersistentVolume",
    "PriorityClass",
]);

function isDns1123Label(s: string): boolean {
    return s.length <= 63 && DNS1123_LABEL.test(s);
}

function isDns1123Subdomain(s: string): boolean {
    return s.length <= 253 && DNS1123_SUBDOMAIN.test(s);
}

/** `[prefix/]name`, prefix a DNS-1123 subdomain, name ≤ 63 characters (label and annotation keys). */
function qualifiedNameProblem(key: string): string | undefined {
    const parts = key.split("/");
    if (parts.length > 2) return "has more than one '/'";
    const [prefix, name] = parts.length === 2 ? parts : [undefined, parts[0]];
    if (prefix !== undefined && !isDns1123Subdomain(prefix)) return `prefix "${prefix}" is not a DNS-1123 subdomain`;
    if (name.length === 0 || name.length > 63 || !QUALIFIED_NAME.test(name)) {
        return `name part "${name}" must be 1-63 characters of [A-Za-z0-9-_.], starting and ending alphanumeric`;
    }
    return undefined;
}

/** apiVersion and kind of a Pulumi Kubernetes type token (`kubernetes:core/v1:ServiceAccount` → v1, ServiceAccount). */
function apiVersionKindOf(type: string): { apiVersion: string; kind: string } | undefined {
    const m = /^kubernetes:([^/:]+)\/([^:]+):([A-Za-z0-9]+)$/.exec(type);
    if (!m) return undefined;
    const [, group, version, kind] = m;
    return { apiVersion: group === "core" ? version : `${group}/${version}`, kind };
}

/** The Kubernetes objects of a plan: custom resources of a `kubernetes:<group>/<version>:<Kind>` type. */
function kubernetesResources(plan: Plan): PlanResource[] {
    return plan.resources.filter(r => r.custom && apiVersionKindOf(r.type) !== undefined);
}

function stripInternals(value: unknown): unknown {
    if (isUnknown(value)) return UNKNOWN_IN_MANIFEST;
    if (Array.isArray(value)) return value.map(stripInternals);
    if (value && typeof value === "object") {
        return Object.fromEntries(
            Object.entries(value as Record<string, unknown>)
                .filter(([k]) => !k.startsWith("__"))
                .map(([k, v]) => [k, stripInternals(v)]),
        );
    }
    return value;
}

/** The plain manifest of one Kubernetes resource: its desired state (the inputs), minus Pulumi's bookkeeping. */
export function toManifestObject(r: PlanResource): Record<string, unknown> {
    const avk = apiVersionKindOf(r.type);
    if (!avk) throw new Error(`${r.type} is not a Kubernetes object type`);
    const body = stripInternals(r.inputs) as Record<string, unknown>;
    const metadata = { ...((body.metadata ?? {}) as Record<string, unknown>) };
    for (const k of SERVER_METADATA) delete metadata[k];
    for (const field of ["annotations", "labels"] as const) {
        const m = metadata[field] as Record<string, unknown> | undefined;
        if (m) {
            const kept = Object.entries(m).filter(([k]) => !k.startsWith("pulumi.com/"));
            if (kept.length) metadata[field] = Object.fromEntries(kept);
            else delete metadata[field];
        }
    }
    const { apiVersion: _a, kind: _k, metadata: _m, status: _s, ...rest } = body;
    return { apiVersion: body.apiVersion ?? avk.apiVersion, kind: body.kind ?? avk.kind, metadata, ...rest };
}

type ModelClass = new (data: unknown) => { validate(): void };

function modelClass(apiVersion: string, kind: string): ModelClass | undefined {
    let mod: Record<string, unknown>;
    try {
        // kubernetes-models ships one CommonJS module per group/version: kubernetes-models/v1, .../apps/v1.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        mod = require(`kubernetes-models/${apiVersion}`) as Record<string, unknown>;
    } catch {
        return undefined;
    }
    const cls = mod[kind];
    return typeof cls === "function" ? (cls as ModelClass) : undefined;
}

/** Every problem of one manifest (empty when valid). */
export function validateManifest(
    obj: Record<string, unknown>,
    where: string,
    expected?: { apiVersion: string; kind: string },
): string[] {
    const problems: string[] = [];
    const apiVersion = obj.apiVersion as string;
    const kind = obj.kind as string;
    if (expected && (apiVersion !== expected.apiVersion || kind !== expected.kind)) {
        problems.push(
            `${where}: apiVersion/kind ${apiVersion}/${kind} does not match its resource type (${expected.apiVersion}/${expected.kind})`,
        );
    }
    const md = (obj.metadata ?? {}) as Record<string, unknown>;
    const name = md.name;
    const clusterScoped = CLUSTER_SCOPED.has(kind);
    if (typeof name !== "string" || name === "") {
        problems.push(`${where}: metadata.name is required`);
    } else if (name !== UNKNOWN_IN_MANIFEST) {
        if (kind === "Namespace" ? !isDns1123Label(name) : !isDns1123Subdomain(name)) {
            problems.push(
                `${where}: metadata.name "${name}" is not a DNS-1123 ${kind === "Namespace" ? "label (1-63 of a-z 0-9 -)" : "subdomain (a-z 0-9 - ., ≤ 253)"}, starting and ending alphanumeric`,
            );
        }
    }
    if (md.namespace !== undefined) {
        if (clusterScoped) problems.push(`${where}: ${kind} is cluster-scoped and cannot have metadata.namespace`);
        else if (
            typeof md.namespace !== "string" ||
            (md.namespace !== UNKNOWN_IN_MANIFEST && !isDns1123Label(md.namespace))
        ) {
            problems.push(
                `${where}: metadata.namespace "${String(md.namespace)}" is not a DNS-1123 label (1-63 of a-z 0-9 -, starting and ending alphanumeric)`,
            );
        }
    }
    for (const [k, v] of Object.entries((md.labels ?? {}) as Record<string, unknown>)) {
        const p = qualifiedNameProblem(k);
        if (p) problems.push(`${where}: label key "${k}" ${p}`);
        if (typeof v !== "string" || (v !== UNKNOWN_IN_MANIFEST && (v.length > 63 || !LABEL_VALUE.test(v)))) {
            problems.push(
                `${where}: label ${k} value "${String(v)}" must be ≤ 63 characters of [A-Za-z0-9-_.], starting and ending alphanumeric`,
            );
        }
    }
    for (const k of Object.keys((md.annotations ?? {}) as Record<string, unknown>)) {
        const p = qualifiedNameProblem(k);
        if (p) problems.push(`${where}: annotation key "${k}" ${p}`);
    }
    const cls = modelClass(apiVersion, kind);
    if (!cls) {
        problems.push(`${where}: kubernetes-models has no schema for ${apiVersion} ${kind}, so it cannot be validated`);
    } else {
        try {
            new cls(obj).validate();
        } catch (e) {
            const errors = (e as { errors?: { instancePath?: string; message?: string }[] }).errors;
            if (errors?.length) {
                for (const err of errors) problems.push(`${where}: ${err.instancePath || "/"} ${err.message}`);
            } else {
                problems.push(`${where}: ${(e as Error).message}`);
            }
        }
    }
    return problems;
}

function fileNameOf(
    kind: string,
    name: string,
    namespace: string | undefined,
    taken: Set<string>,
    resourceName: string,
): string {
    const safe = (s: string) => s.toLowerCase().replace(/[^a-z0-9.-]+/g, "-");
    let base = [kind, namespace, name]
        .filter(Boolean)
        .map(s => safe(s!))
        .join("-");
    if (taken.has(`${base}.yaml`)) base = `${base}-${safe(resourceName)}`;
    let file = `${base}.yaml`;
    for (let i = 2; taken.has(file); i++) file = `${base}-${i}.yaml`;
    taken.add(file);
    return file;
}

/** Every Kubernetes object of the plan as a validated manifest; throws ManifestError listing every problem. */
export function buildManifests(plan: Plan): Manifest[] {
    const problems: string[] = [];
    const taken = new Set<string>();
    const manifests: Manifest[] = [];
    for (const r of kubernetesResources(plan)) {
        const object = toManifestObject(r);
        const md = object.metadata as Record<string, unknown>;
        const where = `${r.type} ${r.name}`;
        problems.push(...validateManifest(object, where, apiVersionKindOf(r.type)));
        const name = String(md.name ?? r.name);
        const namespace = typeof md.namespace === "string" ? md.namespace : undefined;
        const unknowns = unknownPaths(r.inputs);
        const header = [
            `# ${object.kind} ${namespace ? `${namespace}/` : ""}${name}: generated by the offline preview (${plan.project}/${plan.stack}) from ${r.urn}`,
            ...(unknowns.length ? [`# unknown until apply (preview): ${unknowns.join(", ")}`] : []),
        ].join("\n");
        manifests.push({
            urn: r.urn,
            apiVersion: String(object.apiVersion),
            kind: String(object.kind),
            name,
            namespace,
            file: fileNameOf(String(object.kind), name, namespace, taken, r.name),
            object,
            unknowns,
            yaml: `${header}\n${stringify(object, { lineWidth: 0 })}`,
        });
    }
    if (problems.length) throw new ManifestError(problems);
    return manifests;
}
