/**
 * The engine works on plain data: the SDK hands each stack policy its own copy of the resources, every
 * property behind an unknown-checking proxy. The engine takes each proxy's target (the deserialised properties,
 * unknowns kept as the engine's sentinel strings), so it never throws mid-way; unknowns are explicit values it
 * reasons about (a document still unknown, an ARN known only by its account and region). A stable fingerprint of
 * that plain data lets every policy of one AnalyzeStack call share a single computation.
 */
import type { StackResource } from "../model/resources";
import { UNKNOWN_SENTINELS } from "../model/unknowns";

// @pulumi/policy's proxy answers these two property names (proxy.js: isSpecialProxy, getSpecialProxyTarget).
const IS_PROXY = "__isSpecialProxy";
const PROXY_TARGET = "__getSpecialProxyTarget";

/** The plain value behind the SDK's unknown-checking proxy (the value itself when it is not a proxy). */
export function plain<T>(v: T): T {
    if (v !== null && typeof v === "object" && (v as Record<string, unknown>)[IS_PROXY] === true) {
        return (v as Record<string, unknown>)[PROXY_TARGET] as T;
    }
    return v;
}

export function isUnknown(v: unknown): boolean {
    return typeof v === "string" && UNKNOWN_SENTINELS.has(v);
}

/**
 * The one message for a value unknown during a first preview (computed from another resource's output) that may be,
 * at `up`, what the pack refuses when known: it is read as unverifiable, never as absent or harmless, like unknown
 * RBAC rules or roleRefs (Pulumi docs, "Inputs and outputs": an output is unknown during the preview that creates it).
 */
export function unverifiable(field: string, risk: string): string {
    return `${field} is unknown during the preview, so ${risk}; set it literally (not from another resource's output)`;
}

/** Whether a plain value holds an unknown anywhere (a document with one unknown ARN is an unknown document). */
export function containsUnknown(v: unknown): boolean {
    if (isUnknown(v)) return true;
    if (Array.isArray(v)) return v.some(containsUnknown);
    if (v !== null && typeof v === "object") return Object.values(v as Record<string, unknown>).some(containsUnknown);
    return false;
}

/** A known string property, else undefined (absent, unknown or not a string). */
export function str(obj: unknown, key: string): string | undefined {
    if (obj === null || typeof obj !== "object") return undefined;
    const v = (obj as Record<string, unknown>)[key];
    return typeof v === "string" && !isUnknown(v) ? v : undefined;
}

/** A list of known strings (a single string counts as a list of one), plus whether some part is unknown. */
export function strList(obj: unknown, key: string): { values: string[]; unknown: boolean } {
    if (obj === null || typeof obj !== "object") return { values: [], unknown: false };
    const v = (obj as Record<string, unknown>)[key];
    if (v === undefined || v === null) return { values: [], unknown: false };
    if (isUnknown(v)) return { values: [], unknown: true };
    if (typeof v === "string") return { values: [v], unknown: false };
    if (!Array.isArray(v)) return { values: [], unknown: false };
    const values: string[] = [];
    let unknown = false;
    for (const item of v) {
        if (typeof item === "string" && !isUnknown(item)) values.push(item);
        else unknown = true;
    }
    return { values, unknown };
}

/** What the engine reads of a policy resource. */
export interface ResourceLike {
    type: string;
    urn: string;
    name: string;
    props: Record<string, any>;
    opts?: { protect?: boolean };
    provider?: { type: string; urn: string; name: string; props: Record<string, any> };
    parent?: { urn: string };
    dependencies?: readonly { urn: string }[];
    propertyDependencies?: Record<string, readonly { urn: string }[]>;
}

/** The resources as plain StackResources (props without proxies), linked by URN like the SDK links them. */
export function plainResources(resources: readonly ResourceLike[]): StackResource[] {
    const byUrn = new Map<string, StackResource>();
    const list: StackResource[] = resources.map(r => {
        const p: StackResource = {
            type: r.type,
            urn: r.urn,
            name: r.name,
            props: plain(r.props) ?? {},
            opts: r.opts ? { protect: r.opts.protect } : undefined,
            provider: r.provider
                ? { type: r.provider.type, urn: r.provider.urn, name: r.provider.name, props: plain(r.provider.props) }
                : undefined,
            dependencies: [],
            propertyDependencies: {},
        };
        byUrn.set(r.urn, p);
        return p;
    });
    resources.forEach((r, i) => {
        const p = list[i];
        if (r.parent) p.parent = byUrn.get(r.parent.urn);
        p.dependencies = (r.dependencies ?? []).map(d => byUrn.get(d.urn)).filter((d): d is StackResource => !!d);
        for (const [k, deps] of Object.entries(r.propertyDependencies ?? {})) {
            p.propertyDependencies![k] = deps.map(d => byUrn.get(d.urn)).filter((d): d is StackResource => !!d);
        }
    });
    return list;
}

/** A stable text of everything the engine reads, so two policies of one AnalyzeStack share one result. */
export function fingerprint(resources: readonly StackResource[]): string {
    return JSON.stringify(
        resources.map(r => [
            r.type,
            r.urn,
            r.props,
            r.provider?.urn,
            r.provider?.props,
            r.parent?.urn,
            (r.dependencies ?? []).map(d => d.urn),
            Object.entries(r.propertyDependencies ?? {}).map(([k, v]) => [k, v.map(d => d.urn)]),
        ]),
    );
}
