/**
 * Real fixtures for the engine and the allowlist verdicts: each committed stack run through the offline mock
 * engine (tools/offline) and turned into what AnalyzeStack hands the pack, then edited into variants.
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { StackValidationPolicy } from "@pulumi/policy";
import { parse as parseYaml, stringify } from "yaml";
import { custodyModelProblems } from "../../../policy-pack/custody/parse";
import type { CustodyModel } from "../../../policy-pack/custody/types";
import * as rules from "../../../policy-pack/rules";
import { PackConfig, setPackConfig } from "../../../policy-pack/model/packConfig";
import { generateCustodyModel } from "../../../tools/custody-model/generate";
import { PROJECT_DIR, readStackInputs } from "../../../tools/custody-model/main";
import type { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { normalizePlan, toAnalyzerResources } from "../../../tools/offline/planToAnalyzer";
import { runStack } from "../../harness";
import { stackPackConfig } from "../packConfig";
import { runPolicy, TestDiagnostic } from "../support";

export type Resources = AnalyzerResourceInput[];

const plans = new Map<string, Promise<Resources>>();

/** The stack as AnalyzeStack sees it after `up` (or, with `preview`, during a first preview). */
export function stackResources(stack: string, preview = false): Promise<Resources> {
    const key = `${stack}:${preview}`;
    let p = plans.get(key);
    if (!p) {
        p = (async () => {
            const full = await runStack({ stack });
            if (!preview) return toAnalyzerResources(normalizePlan(full.plan));
            const partial = await runStack({ stack, preview: true });
            return toAnalyzerResources(normalizePlan(partial.plan, full.plan));
        })();
        plans.set(key, p);
    }
    return p.then(list => JSON.parse(JSON.stringify(list)) as Resources);
}

export const ALLOWLIST_POLICIES: StackValidationPolicy[] = [
    rules.custodyEffectiveAccess,
    rules.custodyRequiredAccess,
    rules.custodyShareRings,
    rules.custodyTables,
];

/** Runs policies under a stack's pack config (its custody model), mandatory level. */
export async function runUnder(
    stack: string,
    resources: Resources,
    policies: readonly StackValidationPolicy[] = ALLOWLIST_POLICIES,
): Promise<TestDiagnostic[]> {
    setPackConfig(stackPackConfig(stack));
    try {
        const out: TestDiagnostic[] = [];
        for (const p of policies) out.push(...(await runPolicy(p, resources, { enforcementLevel: "mandatory" })));
        return out;
    } finally {
        setPackConfig({});
    }
}

/** Every policy of the pack (stack and resource policies), under the stack's pack config. */
export const runWholePack = (stack: string, resources: Resources): Promise<TestDiagnostic[]> =>
    runPackWith(stack, resources);

/**
 * The custody model `npm run custody-model` generates for the stack when its `Pulumi.<stack>.yaml` also names these
 * `custody:operations` helpers (the stack file is copied to a temporary directory, never edited in place).
 */
export function modelWithOperations(stack: string, operations: Record<string, unknown>[]): CustodyModel {
    const parsed = parseYaml(fs.readFileSync(path.join(PROJECT_DIR, `Pulumi.${stack}.yaml`), "utf8")) as {
        config: Record<string, unknown>;
    };
    parsed.config["custody:operations"] = operations;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "custody-operations-"));
    const file = path.join(dir, `Pulumi.${stack}.yaml`);
    fs.writeFileSync(file, stringify(parsed));
    const { cfg, operations: helpers } = readStackInputs(stack, file);
    const model = generateCustodyModel(cfg, helpers);
    assert.deepEqual(custodyModelProblems(model), [], "the generated model parses");
    return model;
}

/** Every policy of the pack (with its config properties) under the stack's pack config, optionally edited. */
export async function runPackWith(
    stack: string,
    resources: Resources,
    opts: { model?: CustodyModel; config?: (c: PackConfig) => PackConfig } = {},
): Promise<TestDiagnostic[]> {
    let config: PackConfig = stackPackConfig(stack);
    if (opts.model) config = { ...config, "custody-model": opts.model as unknown as Record<string, unknown> };
    if (opts.config) config = opts.config(config);
    setPackConfig(config);
    try {
        const out: TestDiagnostic[] = [];
        for (const p of rules.allPolicies) {
            const own = config[p.name]?.enforcementLevel ?? config.all?.enforcementLevel;
            const level = (own as "mandatory" | "advisory" | undefined) ?? p.enforcementLevel ?? "advisory";
            out.push(
                ...(await runPolicy(p as StackValidationPolicy, resources, {
                    ...(config[p.name] ?? {}),
                    enforcementLevel: level,
                })),
            );
        }
        return out;
    } finally {
        setPackConfig({});
    }
}

export const mandatoryOf = (ds: TestDiagnostic[]) => ds.filter(d => d.enforcementLevel === "mandatory");

export function assertRefused(ds: TestDiagnostic[], pattern: RegExp, policy?: string): TestDiagnostic {
    const hit = mandatoryOf(ds).find(d => pattern.test(d.message) && (policy === undefined || d.policyName === policy));
    assert.ok(
        hit,
        `expected a mandatory violation${policy ? ` of ${policy}` : ""} matching ${pattern}, got ${JSON.stringify(
            mandatoryOf(ds).map(d => `${d.policyName}: ${d.message}`),
            null,
            1,
        )}`,
    );
    return hit;
}

export function assertClean(ds: TestDiagnostic[]): void {
    assert.deepEqual(
        mandatoryOf(ds).map(d => `${d.policyName}: ${d.message}`),
        [],
    );
}

export function find(resources: Resources, type: string, name: string): AnalyzerResourceInput {
    const hit = resources.find(r => r.type === type && r.name === name);
    if (!hit) throw new Error(`no ${type} named ${name} in the fixture`);
    return hit;
}

/** Sets a property as both input and output (AnalyzeStack reads outputs over inputs). */
export function setProp(r: AnalyzerResourceInput, key: string, value: unknown): void {
    r.inputs = { ...r.inputs, [key]: value };
    if (r.outputs) r.outputs = { ...r.outputs, [key]: value };
}

export function prop(r: AnalyzerResourceInput, key: string): any {
    return (r.outputs ?? {})[key] ?? r.inputs[key];
}

/** Adds statements to a JSON policy document property. */
export function addStatements(r: AnalyzerResourceInput, key: string, ...statements: object[]): void {
    const doc = JSON.parse(prop(r, key) as string) as { Statement: object[] };
    doc.Statement.push(...statements);
    setProp(r, key, JSON.stringify(doc));
}

export function doc(...statements: object[]): string {
    return JSON.stringify({ Version: "2012-10-17", Statement: statements });
}

/** A resource on the same provider as `like`, with `inputs` as both inputs and outputs. */
export function resourceLike(
    like: AnalyzerResourceInput,
    type: string,
    name: string,
    inputs: Record<string, unknown>,
    extra: Partial<AnalyzerResourceInput> = {},
): AnalyzerResourceInput {
    const stackPrefix = like.urn.split("::").slice(0, 2).join("::");
    return {
        urn: `${stackPrefix}::${type}::${name}`,
        type,
        name,
        provider: like.provider,
        inputs,
        outputs: { ...inputs, ...(extra.outputs ?? {}) },
        ...extra,
    } as AnalyzerResourceInput;
}

/** Marks `x` as depending on each of `on` for property `key` (a first preview's unknown output). */
export function dependsOn(
    x: AnalyzerResourceInput,
    key: string,
    ...on: AnalyzerResourceInput[]
): AnalyzerResourceInput {
    const withDeps = x as AnalyzerResourceInput & {
        dependencies?: string[];
        propertyDependencies?: Record<string, string[]>;
    };
    withDeps.dependencies = [...new Set([...(withDeps.dependencies ?? []), ...on.map(o => o.urn)])];
    withDeps.propertyDependencies = { ...(withDeps.propertyDependencies ?? {}), [key]: on.map(o => o.urn) };
    return x;
}

/** The whole pack's verdicts on a variant of a committed stack. */
async function variant(c: StackCase): Promise<TestDiagnostic[]> {
    const r = await stackResources(c.stack, c.preview ?? false);
    c.edit(r);
    const model = c.operations ? modelWithOperations(c.stack, c.operations) : undefined;
    return runPackWith(c.stack, r, { config: c.config, model });
}

/**
 * Insecure variants the whole pack must refuse (by `policy`, or by any policy; with `refused`, or any message) and
 * secure ones it must accept clean, named `refuses: STACK: NAME` and `accepts: STACK: NAME`.
 */
export function describeVariants(title: string, insecure: readonly StackCase[], secure: readonly StackCase[]): void {
    describe(title, () => {
        for (const c of insecure)
            (c.skip ? it.skip : it)(`refuses: ${c.stack}: ${c.name}`, async () =>
                assertRefused(await variant(c), c.refused ?? /./, c.policy),
            );
        for (const c of secure)
            (c.skip ? it.skip : it)(`accepts: ${c.stack}: ${c.name}`, async () => assertClean(await variant(c)));
    });
}

/** A variant of a committed stack (`preview`: as a first preview sees it), refused by `policy` with `refused`, or clean. */
export interface StackCase {
    name: string;
    stack: string;
    preview?: boolean;
    edit: (r: Resources) => void;
    refused?: RegExp;
    policy?: string;
    /** A known miss (its MISS comment says why): skipped. */
    skip?: boolean | string;
    /** The stack's pack config, edited for this case. */
    config?: (c: PackConfig) => PackConfig;
    /** `custody:operations` helpers declared in the stack file (README "Naming an operations helper"). */
    operations?: Record<string, unknown>[];
}

/**
 * Insecure variants the whole pack must refuse (by `policy`, custody-effective-access unless named) and secure ones
 * it must accept clean.
 */
export function describeStackCases(
    title: string,
    insecure: readonly StackCase[],
    secure: readonly StackCase[],
    timeout = 120_000,
): void {
    describe(title, function () {
        this.timeout(timeout);
        describe("insecure variants are refused", () => {
            for (const c of insecure)
                (c.skip ? it.skip : it)(c.name, async () =>
                    assertRefused(await variant(c), c.refused!, c.policy ?? "custody-effective-access"),
                );
        });
        describe("secure variants are accepted", () => {
            for (const c of secure) (c.skip ? it.skip : it)(c.name, async () => assertClean(await variant(c)));
        });
    });
}
