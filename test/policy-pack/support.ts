/**
 * Runs the pack's policies in-process the way @pulumi/policy's server does: properties wrapped in
 * unknownCheckingProxy, config through getConfig, an UnknownValueError turned into an advisory diagnostic.
 * Fixtures use the plain resource shape of tools/offline/analyzer.ts, so the same data also goes over gRPC.
 */
import { strict as assert } from "assert";
import {
    EnforcementLevel,
    Policy,
    PolicyResource,
    ResourceValidationArgs,
    ResourceValidationPolicy,
    StackValidationArgs,
    StackValidationPolicy,
} from "@pulumi/policy";
import { isUnknownValueError, unknownCheckingProxy } from "../../policy-pack/model";
import type { AnalyzerResourceInput } from "../../tools/offline/analyzer";

export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

export interface TestDiagnostic {
    policyName: string;
    enforcementLevel: EnforcementLevel;
    message: string;
    urn?: string;
}

type Config = { enforcementLevel?: EnforcementLevel } & Record<string, unknown>;

function levelOf(p: Policy, config?: Config): EnforcementLevel {
    return config?.enforcementLevel ?? p.enforcementLevel ?? "advisory";
}

function getConfigOf(config?: Config) {
    return <T extends object>(): T => {
        const { enforcementLevel: _ignored, ...props } = config ?? {};
        return props as T;
    };
}

function options(r: AnalyzerResourceInput) {
    return {
        protect: r.options?.protect ?? false,
        ignoreChanges: [],
        aliases: [],
        additionalSecretOutputs: [],
        customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 },
    };
}

function provider(r: AnalyzerResourceInput) {
    return r.provider
        ? {
              type: r.provider.type,
              urn: r.provider.urn,
              name: r.provider.name,
              props: unknownCheckingProxy(clone(r.provider.inputs)),
          }
        : undefined;
}

function clone<T>(v: T): T {
    return JSON.parse(JSON.stringify(v)) as T;
}

function notApplicable(reason?: string): never {
    throw new Error(`notApplicable: ${reason}`);
}

export async function runResourcePolicy(
    policy: ResourceValidationPolicy,
    r: AnalyzerResourceInput,
    config?: Config,
): Promise<TestDiagnostic[]> {
    const level = levelOf(policy, config);
    const out: TestDiagnostic[] = [];
    const props = unknownCheckingProxy(clone(r.inputs));
    const args = {
        type: r.type,
        props,
        urn: r.urn,
        name: r.name,
        opts: options(r),
        provider: provider(r),
        stackTags: new Map(),
        getConfig: getConfigOf(config),
        notApplicable,
        isType: () => false,
        asType: () => undefined,
    } as unknown as ResourceValidationArgs;
    const validations = Array.isArray(policy.validateResource) ? policy.validateResource : [policy.validateResource!];
    for (const v of validations) {
        try {
            await v(args, (message, urn) =>
                out.push({ policyName: policy.name, enforcementLevel: level, message, urn: urn ?? r.urn }),
            );
        } catch (e) {
            if (!isUnknownValueError(e)) throw e;
            out.push({
                policyName: policy.name,
                enforcementLevel: "advisory",
                message: `can't run policy during preview: ${e.message}`,
                urn: r.urn,
            });
        }
    }
    return out;
}

/** The resources as AnalyzeStack hands them to a stack policy: state (outputs over inputs), linked by URN. */
export function stackResources(resources: readonly AnalyzerResourceInput[]): PolicyResource[] {
    const byUrn = new Map<string, PolicyResource>();
    const list = resources.map(r => {
        const pr = {
            type: r.type,
            urn: r.urn,
            name: r.name,
            props: unknownCheckingProxy(clone({ ...r.inputs, ...(r.outputs ?? {}) })),
            opts: options(r),
            provider: provider(r),
            dependencies: [],
            propertyDependencies: {},
            isType: () => false,
            asType: () => undefined,
        } as unknown as PolicyResource;
        byUrn.set(r.urn, pr);
        return pr;
    });
    resources.forEach((r, i) => {
        const pr = list[i];
        if (r.parent) pr.parent = byUrn.get(r.parent);
        pr.dependencies = (r.dependencies ?? []).map(u => byUrn.get(u)).filter((x): x is PolicyResource => !!x);
        for (const [k, urns] of Object.entries(r.propertyDependencies ?? {})) {
            pr.propertyDependencies[k] = urns.map(u => byUrn.get(u)).filter((x): x is PolicyResource => !!x);
        }
    });
    return list;
}

export async function runStackPolicy(
    policy: StackValidationPolicy,
    resources: readonly AnalyzerResourceInput[],
    config?: Config,
): Promise<TestDiagnostic[]> {
    const level = levelOf(policy, config);
    const out: TestDiagnostic[] = [];
    const args = {
        resources: stackResources(resources),
        stackTags: new Map(),
        getConfig: getConfigOf(config),
        notApplicable,
    } as unknown as StackValidationArgs;
    try {
        await policy.validateStack(args, (message, urn) =>
            out.push({ policyName: policy.name, enforcementLevel: level, message, urn }),
        );
    } catch (e) {
        if (!isUnknownValueError(e)) throw e;
        out.push({
            policyName: policy.name,
            enforcementLevel: "advisory",
            message: `can't run policy during preview: ${e.message}`,
        });
    }
    return out;
}

/** Runs a policy of either kind over a whole stack (resource policies once per resource, with inputs). */
export async function runPolicy(
    policy: ResourceValidationPolicy | StackValidationPolicy,
    resources: readonly AnalyzerResourceInput[],
    config?: Config,
): Promise<TestDiagnostic[]> {
    if ("validateStack" in policy) return runStackPolicy(policy, resources, config);
    const out: TestDiagnostic[] = [];
    for (const r of resources) out.push(...(await runResourcePolicy(policy, r, config)));
    return out;
}

/** The messages of a run, for deepEqual against [] or a list. */
export const messages = (ds: TestDiagnostic[]) => ds.map(d => d.message);

/** Only the mandatory messages (advisories such as "can't be known during preview" left out). */
export const mandatory = (ds: TestDiagnostic[]) =>
    ds.filter(d => d.enforcementLevel === "mandatory").map(d => d.message);

/** A mandatory violation matching `pattern` (on `urn`, when given) is among the diagnostics. */
export function assertViolation(ds: TestDiagnostic[], pattern: RegExp, urn?: string): void {
    const hit = ds.find(d => pattern.test(d.message));
    assert.ok(hit, `expected a violation matching ${pattern}, got ${JSON.stringify(messages(ds), null, 1)}`);
    assert.equal(hit.enforcementLevel, "mandatory");
    if (urn) assert.equal(hit.urn, urn);
}

/** An Allow statement (Resource "*" unless given). */
export const allow = (action: string | string[], resource: string | string[] = "*") => ({
    Effect: "Allow",
    Action: action,
    Resource: resource,
});

/** An account outside every stack of the fixtures. */
export const FOREIGN = "999999999999";

export const PREVIEW = /can't be known during preview/;
export const advisories = (ds: TestDiagnostic[]) =>
    ds.filter(d => d.enforcementLevel === "advisory" && PREVIEW.test(d.message));
export function assertMandatoryAndAdvisory(ds: TestDiagnostic[], pattern: RegExp): void {
    assert.ok(
        mandatory(ds).some(m => pattern.test(m)),
        `expected a mandatory violation matching ${pattern}, got ${JSON.stringify(ds, null, 1)}`,
    );
    assert.ok(advisories(ds).length > 0, `expected the SDK's preview advisory, got ${JSON.stringify(ds, null, 1)}`);
}
