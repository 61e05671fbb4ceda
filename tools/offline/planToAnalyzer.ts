/**
 * Turns a recorded plan into what the Pulumi engine would hand a policy pack:
 *
 * - Unknown values. The mock engine records a preview's unknown inputs as the SDK's `Unknown` marker
 *   (`{"__pulumiUnknown": true}` once JSON-encoded); the engine puts the unknown sentinel string
 *   (`04da6b54-80e4-46f7-96ec-b56ff0331ba9`) in the protobuf Struct instead, and `@pulumi/policy`'s deserializer
 *   keeps that string, which its `unknownCheckingProxy` then recognises. `normalizePlan` rewrites every marker
 *   into the sentinel.
 * - Computed outputs. In a real first preview the provider returns every output it computes (an ARN, a key id)
 *   as unknown; the mock engine simply leaves them out. `markComputedUnknown` compares the preview plan with a
 *   full (non-preview) run of the same program: whatever the full run computes and the preview lacks becomes
 *   the sentinel, exactly where the engine would put one.
 * - The resource shape `tools/offline/analyzer.ts` sends: inputs (Analyze), outputs (AnalyzeStack), options,
 *   parent, the provider resource with its inputs, dependencies and property dependencies.
 */
import type { AnalyzerResourceInput } from "./analyzer";
import type { Plan, PlanResource } from "./mockEngine";

/** The engine's unknown sentinel (`plugin.UnknownStringValue`, `@pulumi/pulumi/runtime/rpc` `unknownValue`). */
export const UNKNOWN_SENTINEL = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

function isUnknownMarker(v: unknown): boolean {
    return (
        typeof v === "object" &&
        v !== null &&
        !Array.isArray(v) &&
        (v as Record<string, unknown>).__pulumiUnknown === true
    );
}

/** True for the sentinel (or a marker not yet rewritten). */
export function isUnknown(v: unknown): boolean {
    return v === UNKNOWN_SENTINEL || isUnknownMarker(v);
}

/** A deep copy with every `Unknown` marker replaced by the sentinel string. */
function replaceUnknownMarkers<T>(value: T): T {
    if (isUnknownMarker(value)) return UNKNOWN_SENTINEL as unknown as T;
    if (Array.isArray(value)) return value.map(v => replaceUnknownMarkers(v)) as unknown as T;
    if (value && typeof value === "object") {
        return Object.fromEntries(
            Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, replaceUnknownMarkers(v)]),
        ) as T;
    }
    return value;
}

/** Paths (`arn`, `metadata.uid`) of every unknown value in `value`. */
export function unknownPaths(value: unknown, at = ""): string[] {
    if (isUnknown(value)) return [at || "(whole value)"];
    if (Array.isArray(value)) return value.flatMap((v, i) => unknownPaths(v, `${at}[${i}]`));
    if (value && typeof value === "object") {
        return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
            unknownPaths(v, at ? `${at}.${k}` : k),
        );
    }
    return [];
}

/**
 * `preview` with every output that `full` has and `preview` lacks set to the sentinel (recursively through
 * objects present in both). Values already unknown stay unknown; arrays are compared as wholes.
 */
export function markComputedUnknown(
    preview: Record<string, unknown>,
    full: Record<string, unknown>,
): Record<string, unknown> {
    const out: Record<string, unknown> = { ...preview };
    for (const [k, fullValue] of Object.entries(full)) {
        const pv = preview[k];
        if (!(k in preview)) {
            out[k] = UNKNOWN_SENTINEL;
        } else if (
            pv &&
            fullValue &&
            typeof pv === "object" &&
            typeof fullValue === "object" &&
            !Array.isArray(pv) &&
            !Array.isArray(fullValue) &&
            !isUnknown(pv)
        ) {
            out[k] = markComputedUnknown(pv as Record<string, unknown>, fullValue as Record<string, unknown>);
        }
    }
    return out;
}

/**
 * The plan as the offline preview reports and analyses it: unknown markers become the sentinel, and (for a
 * preview, given the full run of the same program) computed outputs are unknown, not missing.
 */
export function normalizePlan(plan: Plan, fullRun?: Plan): Plan {
    const fullByUrn = new Map((fullRun?.resources ?? []).map(r => [r.urn, r]));
    const resources = plan.resources.map(r => {
        const inputs = replaceUnknownMarkers(r.inputs);
        let outputs = replaceUnknownMarkers(r.outputs);
        const full = fullByUrn.get(r.urn);
        if (plan.preview && full && r.custom) {
            outputs = markComputedUnknown(outputs, full.outputs);
        }
        return { ...r, inputs, outputs };
    });
    return { ...plan, resources, outputs: replaceUnknownMarkers(plan.outputs) };
}

/** The provider resource (type, name, inputs) a resource was registered with, as the engine sends it. */
function providerOf(r: PlanResource, byUrn: Map<string, PlanResource>): AnalyzerResourceInput["provider"] {
    if (!r.providerUrn) return undefined;
    const p = byUrn.get(r.providerUrn);
    if (!p) throw new Error(`plan: ${r.urn} names provider ${r.providerUrn}, which the program never registered`);
    return { urn: p.urn, type: p.type, name: p.name, inputs: p.inputs };
}

/** One plan resource in the analyzer's input shape. */
function toAnalyzerResource(r: PlanResource, byUrn: Map<string, PlanResource>): AnalyzerResourceInput {
    const out: AnalyzerResourceInput = {
        urn: r.urn,
        type: r.type,
        name: r.name,
        inputs: r.inputs,
        outputs: r.outputs,
        dependencies: r.dependencies,
        propertyDependencies: r.propertyDependencies,
        options: {
            protect: r.options.protect,
            ignoreChanges: r.options.ignoreChanges,
            deleteBeforeReplace: r.options.deleteBeforeReplace,
            additionalSecretOutputs: r.options.additionalSecretOutputs,
            retainOnDelete: r.options.retainOnDelete,
        },
    };
    if (r.parent) out.parent = r.parent;
    const provider = providerOf(r, byUrn);
    if (provider) out.provider = provider;
    return out;
}

/** Every resource of the plan, in registration order, in the analyzer's input shape. */
export function toAnalyzerResources(plan: Plan): AnalyzerResourceInput[] {
    const byUrn = new Map(plan.resources.map(r => [r.urn, r]));
    return plan.resources.map(r => toAnalyzerResource(r, byUrn));
}
