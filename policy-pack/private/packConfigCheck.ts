/**
 * The pack's own check of the config the engine sends to Configure. The Pulumi CLI validates only what a
 * policy's schema says about its known properties: pulumi/pulumi `pkg/resource/analyzer/config.go`
 * (`convertSchema` keeps `type`, `properties` and `required`, so `additionalProperties` is dropped;
 * `applyConfig` copies every entry of the file, unknown policy names and unknown keys included, into what
 * `pkg/engine/plugins.go` then hands to `analyzer.Configure`). A typo (`forbiddenActionz`) would thus reach the
 * pack and, since @pulumi/policy's `getConfig()` shows each policy only its own section, fall back to the
 * default silently. This module finds every such mistake at once.
 */
import { PolicyConfigSchema } from "@pulumi/policy";
import { CUSTODY_MODEL_SECTION, custodyModelProblems } from "../custody/parse";
import { idFormatProblem } from "../model/awsIds";

export interface PolicyWithSchema {
    readonly name: string;
    readonly configSchema?: PolicyConfigSchema;
}

/** One section of the pack config as Configure delivers it: the level plus the properties. */
export type SectionConfig = Readonly<Record<string, unknown>>;

/** Sections that are not policies but pack-wide data, read by every rule (model/packConfig.ts). */
const PACK_WIDE_SECTIONS: readonly string[] = ["custody-model"];

const LEVELS = ["advisory", "mandatory", "remediate", "disabled"];

function distance(a: string, b: string): number {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const here = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = here;
        }
    }
    return row[b.length];
}

/** ` (did you mean "x"?)` for the closest candidate within a few edits, else "". */
function nearMiss(word: string, candidates: readonly string[]): string {
    let best: { name: string; d: number } | undefined;
    for (const c of candidates) {
        const d = distance(word.toLowerCase(), c.toLowerCase());
        if (d <= Math.max(2, Math.floor(c.length / 4)) && (!best || d < best.d)) best = { name: c, d };
    }
    return best ? ` (did you mean "${best.name}"?)` : "";
}

function describe(value: unknown): string {
    if (Array.isArray(value)) return "an array";
    if (value === null) return "null";
    return `${typeof value} ${JSON.stringify(value)}`;
}

type JsonSchema = Record<string, unknown>;

/** Problems of one value against a property schema (the subset the pack's schemas use). */
function valueProblems(value: unknown, schema: JsonSchema, where: string): string[] {
    const type = schema.type as string | undefined;
    const wrong = (expected: string) => [`${where} must be ${expected}, not ${describe(value)}`];
    switch (type) {
        case "string":
            if (typeof value !== "string") return wrong("a string");
            if (Array.isArray(schema.enum) && !schema.enum.includes(value)) {
                const allowed = (schema.enum as string[]).join(", ");
                const why = typeof schema.description === "string" ? ` (${schema.description})` : "";
                return [
                    `${where} is ${JSON.stringify(value)}, not one of ${allowed}${why}: remove it or write one of them`,
                ];
            }
            if (typeof schema.pattern === "string" && !new RegExp(schema.pattern).test(value)) {
                // An AWS identifier's pattern (model/awsIds.ts) is named in words, with the fix for this value.
                const problem = idFormatProblem(schema.pattern, value);
                return [
                    problem ? `${where} ${problem}` : `${where} is "${value}", which does not match ${schema.pattern}`,
                ];
            }
            return [];
        case "boolean":
            return typeof value === "boolean" ? [] : wrong("true or false");
        case "integer":
        case "number": {
            if (typeof value !== "number" || (type === "integer" && !Number.isInteger(value)))
                return wrong(type === "integer" ? "an integer" : "a number");
            const min = schema.minimum as number | undefined;
            const max = schema.maximum as number | undefined;
            if ((min !== undefined && value < min) || (max !== undefined && value > max))
                return [`${where} is ${value}; it must lie in ${min ?? "-∞"}..${max ?? "∞"}`];
            return [];
        }
        case "array": {
            if (!Array.isArray(value)) return wrong("a list");
            const items = schema.items as JsonSchema | undefined;
            return items ? value.flatMap((v, i) => valueProblems(v, items, `${where}[${i}]`)) : [];
        }
        default:
            return [];
    }
}

/** Every problem of one policy's section: unknown keys (with the near miss and the known ones), wrong types. */
function policySectionProblems(policy: PolicyWithSchema, section: SectionConfig): string[] {
    const properties = (policy.configSchema?.properties ?? {}) as Record<string, JsonSchema>;
    const known = Object.keys(properties);
    const problems: string[] = [];
    for (const [key, value] of Object.entries(section)) {
        if (PROTOTYPE_KEYS.includes(key)) continue; // named by prototypeKeyProblems
        if (key === "enforcementLevel") {
            if (value !== undefined && !LEVELS.includes(value as string))
                problems.push(
                    `"${policy.name}".enforcementLevel must be one of ${LEVELS.join(", ")}, not ${describe(value)}`,
                );
            continue;
        }
        if (!Object.prototype.hasOwnProperty.call(properties, key)) {
            problems.push(
                `"${policy.name}" has no property "${key}"${nearMiss(key, known)}: ` +
                    (known.length > 0
                        ? `its properties are ${known.join(", ")}; fix the spelling or remove the key`
                        : "it takes no properties; remove the key (only enforcementLevel may be set)"),
            );
            continue;
        }
        problems.push(...valueProblems(value, properties[key], `"${policy.name}".${key}`));
    }
    return problems;
}

/**
 * Keys no pack config may hold, at any depth: JavaScript's object machinery. No policy, property or custody-model key
 * has these names, and readers of plain objects do not keep them as data: `__proto__` is the prototype's accessor, so
 * an assignment (`out[key] = v`, Object.assign, google-protobuf's Struct.fromJavaScript/toJavaScript and its
 * jspb.Map, which hold entries in plain objects) sets the prototype and the entry vanishes without a word, and
 * `constructor`/`prototype` are found through every object's prototype by a lookup that is not an own-key check.
 * A line such as `"role-trust-pinned": {"__proto__": {"allowPodIdentity": true}}` reads to a reviewer as a setting
 * and is none, so it is refused by name instead of dropped.
 */
export const PROTOTYPE_KEYS: readonly string[] = ["__proto__", "constructor", "prototype"];

/**
 * Every key of PROTOTYPE_KEYS in `config` (a parsed pack config: JSON.parse keeps `__proto__` as an own key), at any
 * depth, each with its path and the fix; own keys only, walked with an explicit stack (a deeply nested file cannot
 * overflow the call stack). Under the Pulumi CLI the pack never sees a `__proto__` key (google-protobuf drops it on
 * the way in, see configureGuard.ts), so the offline tools apply this to the file itself (tools/offline/analyzer.ts
 * loadPackConfig, tools/custody-model/main.ts).
 */
export function prototypeKeyProblems(config: unknown): string[] {
    const problems: string[] = [];
    // Depth first, children pushed last-first: the problems come in the order of the file.
    const stack: Array<{ value: unknown; path: string; key?: string }> = [{ value: config, path: "" }];
    while (stack.length > 0) {
        const { value, path, key } = stack.pop()!;
        if (key !== undefined && PROTOTYPE_KEYS.includes(key)) {
            problems.push(prototypeKeyProblem(key, path, path === JSON.stringify(key)));
        } else if (Array.isArray(value)) {
            for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: `${path}[${i}]` });
        } else if (typeof value === "object" && value !== null) {
            const keys = Object.keys(value);
            for (let i = keys.length - 1; i >= 0; i--) {
                const at = path === "" ? JSON.stringify(keys[i]) : `${path}.${keys[i]}`;
                stack.push({ value: (value as Record<string, unknown>)[keys[i]], path: at, key: keys[i] });
            }
        }
    }
    return problems;
}

function prototypeKeyProblem(key: string, at: string, topLevel: boolean): string {
    const what = topLevel ? "no policy of the pack nor a pack-wide section" : "no property nor custody-model key";
    const how =
        key === "__proto__"
            ? "JavaScript reads it as the object's prototype, so the config readers (Object.assign, google-protobuf's Struct) drop it and everything under it without a word"
            : "JavaScript finds it on every object's prototype, so a reader may take it for a setting";
    return (
        `${at}: "${key}" is ${what}, and ${how}; remove it, and write its settings under their own name ` +
        (topLevel
            ? '("all" or a policy name, e.g. "role-trust-pinned")'
            : '(e.g. "role-trust-pinned": { "allowPodIdentity": true })')
    );
}

/**
 * Every problem of a whole pack config (`{ <policy or section>: { enforcementLevel?, ...properties } }`):
 * keys of JavaScript's object machinery (PROTOTYPE_KEYS, at any depth), sections naming no policy, unknown
 * properties, values of the wrong type. `all` (the CLI forwards it as a section of its own) may carry only a level.
 */
export function packConfigProblems(
    packName: string,
    config: Readonly<Record<string, SectionConfig>>,
    policies: readonly PolicyWithSchema[],
): string[] {
    const byName = new Map(policies.map(p => [p.name, p]));
    const problems: string[] = prototypeKeyProblems(config);
    for (const [name, section] of Object.entries(config)) {
        if (PROTOTYPE_KEYS.includes(name)) continue; // named above
        const policy = byName.get(name);
        // The custody model is judged by its own parser (every problem with its key path and fix), whether or not
        // a policy also carries its schema. A section holding only the level the CLI adds is no model yet.
        if (name === CUSTODY_MODEL_SECTION) {
            if (Object.keys(section).some(k => k !== "enforcementLevel"))
                problems.push(...custodyModelProblems(section).map(p => `${p.path}: ${p.message}`));
        } else if (policy) problems.push(...policySectionProblems(policy, section));
        else if (name === "all") problems.push(...policySectionProblems({ name: "all" }, section));
        else if (!PACK_WIDE_SECTIONS.includes(name))
            problems.push(
                `"${name}" is not a policy of ${packName}${nearMiss(name, [...byName.keys(), ...PACK_WIDE_SECTIONS])}; ` +
                    'fix the name or remove the entry (the policies are listed in README.md, "The policy pack")',
            );
    }
    return problems;
}

export function formatProblems(packName: string, problems: readonly string[]): string {
    return (
        `${packName}: the policy pack config has ${problems.length} problem${problems.length === 1 ? "" : "s"} ` +
        `(--policy-pack-config file):\n${problems.map(p => `  - ${p}`).join("\n")}`
    );
}
