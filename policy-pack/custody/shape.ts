/**
 * A small declarative shape: each field of a config section is described once, and both its JSON schema (the
 * policy's `configSchema`, which the Pulumi CLI checks) and its structural validation (every problem with its key
 * path and fix) are derived from that one description, so the two cannot disagree.
 *
 * Only what @pulumi/policy's PolicyConfigJSONSchema can say is used (no oneOf): a union of objects is an object
 * with exactly one of its keys set.
 */
import type { PolicyConfigJSONSchema } from "@pulumi/policy/schema";

export interface Problem {
    /** Key path from the section root, e.g. `custody-model.workloads[0].subjects[1].irsa.issuer`. */
    path: string;
    /** What is wrong and how to fix it. */
    message: string;
}

interface Described {
    description: string;
}

export interface StringShape extends Described {
    kind: "string";
    pattern?: RegExp;
    /** Said after the value when the pattern does not match: what to write instead. */
    hint?: string;
    enum?: readonly string[];
    maxLength?: number;
}
export interface IntegerShape extends Described {
    kind: "integer";
    minimum?: number;
    const?: number;
}
export interface BooleanShape extends Described {
    kind: "boolean";
}
export interface ObjectShape extends Described {
    kind: "object";
    properties: Record<string, Shape>;
    required: readonly string[];
}
/** An object with exactly one of `options` set: a tagged union. A companion key may sit beside one option. */
export interface OneKeyShape extends Described {
    kind: "oneKey";
    options: Record<string, Shape>;
    companions?: Record<string, { shape: Shape; with: string }>;
}
export interface ArrayShape extends Described {
    kind: "array";
    items: Shape;
    minItems?: number;
}
export interface MapShape extends Described {
    kind: "map";
    keyPattern: RegExp;
    keyHint: string;
    values: Shape;
    minProperties?: number;
}
export type Shape = StringShape | IntegerShape | BooleanShape | ObjectShape | OneKeyShape | ArrayShape | MapShape;

export function toJsonSchema(shape: Shape): PolicyConfigJSONSchema {
    const description = shape.description;
    switch (shape.kind) {
        case "string":
            return {
                type: "string",
                description,
                ...(shape.pattern ? { pattern: shape.pattern.source } : {}),
                ...(shape.enum ? { enum: [...shape.enum] } : {}),
                ...(shape.maxLength !== undefined ? { maxLength: shape.maxLength } : {}),
            };
        case "integer":
            return {
                type: "integer",
                description,
                ...(shape.minimum !== undefined ? { minimum: shape.minimum } : {}),
                ...(shape.const !== undefined ? { const: shape.const } : {}),
            };
        case "boolean":
            return { type: "boolean", description };
        case "object":
            return {
                type: "object",
                description,
                properties: mapValues(shape.properties, toJsonSchema),
                required: [...shape.required],
                additionalProperties: false,
            };
        case "oneKey": {
            // No oneOf in PolicyConfigJSONSchema: each option forbids the others (and their companions) instead.
            const companions = shape.companions ?? {};
            const all = [...Object.keys(shape.options), ...Object.keys(companions)];
            const dependencies: Record<string, PolicyConfigJSONSchema | string[]> = {};
            for (const option of Object.keys(shape.options)) {
                const forbidden = all.filter(k => k !== option && companions[k]?.with !== option);
                dependencies[option] = { properties: Object.fromEntries(forbidden.map(k => [k, false])) };
            }
            for (const [name, companion] of Object.entries(companions)) dependencies[name] = [companion.with];
            return {
                type: "object",
                description,
                properties: {
                    ...mapValues(shape.options, toJsonSchema),
                    ...mapValues(companions, c => toJsonSchema(c.shape)),
                },
                minProperties: 1,
                additionalProperties: false,
                dependencies,
            };
        }
        case "array":
            return {
                type: "array",
                description,
                items: toJsonSchema(shape.items),
                ...(shape.minItems !== undefined ? { minItems: shape.minItems } : {}),
            };
        case "map":
            return {
                type: "object",
                description,
                patternProperties: { [shape.keyPattern.source]: toJsonSchema(shape.values) },
                additionalProperties: false,
                ...(shape.minProperties !== undefined ? { minProperties: shape.minProperties } : {}),
            };
    }
}

function mapValues<T, U>(o: Record<string, T>, f: (v: T) => U): Record<string, U> {
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)]));
}

/** How a value reads in a message: short, typed, never the whole object. */
export function describeValue(value: unknown): string {
    if (value === null) return "null";
    if (Array.isArray(value)) return "a list";
    if (typeof value === "object") return "an object";
    if (typeof value === "string") return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
    return `${typeof value} ${String(value)}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

function keyPath(parent: string, key: string): string {
    return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}

/** Appends every structural problem of `value` against `shape` (all of them, not the first). */
export function checkShape(shape: Shape, value: unknown, path: string, problems: Problem[]): void {
    const problem = (message: string, at = path) => problems.push({ path: at, message });
    switch (shape.kind) {
        case "string":
            if (typeof value !== "string") {
                problem(
                    `is ${describeValue(value)}; write ${shape.enum ? `one of ${shape.enum.join(", ")}` : `a string: ${shape.description}`}.`,
                );
            } else if (shape.enum && !shape.enum.includes(value)) {
                problem(`is ${describeValue(value)}; use one of ${shape.enum.join(", ")}.`);
            } else if (shape.maxLength !== undefined && value.length > shape.maxLength) {
                problem(`is ${value.length} characters long; at most ${shape.maxLength} are allowed.`);
            } else if (shape.pattern && !shape.pattern.test(value)) {
                problem(`is ${describeValue(value)}: ${shape.hint ?? shape.description}.`);
            }
            return;
        case "integer":
            if (typeof value !== "number" || !Number.isInteger(value)) {
                problem(`is ${describeValue(value)}; write an integer: ${shape.description}.`);
            } else if (shape.const !== undefined && value !== shape.const) {
                problem(`is ${value}; this pack reads version ${shape.const} only: write ${shape.const}.`);
            } else if (shape.minimum !== undefined && value < shape.minimum) {
                problem(`is ${value}; it must be at least ${shape.minimum}.`);
            }
            return;
        case "boolean":
            if (typeof value !== "boolean") problem(`is ${describeValue(value)}; write true or false.`);
            return;
        case "object": {
            if (!isPlainObject(value)) {
                problem(
                    `is ${describeValue(value)}; write an object with ${Object.keys(shape.properties).join(", ")}.`,
                );
                return;
            }
            for (const key of shape.required) {
                if (!(key in value)) {
                    problem(`is missing; add it: ${shape.properties[key].description}.`, keyPath(path, key));
                }
            }
            for (const [key, v] of Object.entries(value)) {
                const child = shape.properties[key];
                if (child) {
                    checkShape(child, v, keyPath(path, key), problems);
                } else {
                    problem(
                        `is not a known key; the keys here are ${Object.keys(shape.properties).join(", ")} (check the spelling).`,
                        keyPath(path, key),
                    );
                }
            }
            return;
        }
        case "oneKey": {
            const names = Object.keys(shape.options);
            if (!isPlainObject(value)) {
                problem(`is ${describeValue(value)}; write an object with exactly one of ${names.join(", ")}.`);
                return;
            }
            const companions = shape.companions ?? {};
            const keys = Object.keys(value);
            const unknown = keys.filter(k => !(k in shape.options) && !(k in companions));
            for (const key of unknown) {
                problem(`is not a known key; use exactly one of ${names.join(", ")}.`, keyPath(path, key));
            }
            for (const [key, companion] of Object.entries(companions)) {
                if (!(key in value)) continue;
                if (companion.with in value) {
                    checkShape(companion.shape, value[key], keyPath(path, key), problems);
                } else {
                    problem(`goes with ${companion.with} only; remove it here.`, keyPath(path, key));
                }
            }
            const known = keys.filter(k => k in shape.options);
            if (known.length !== 1 && unknown.length === 0) {
                problem(
                    known.length === 0
                        ? `is empty; set exactly one of ${names.join(", ")}.`
                        : `sets ${known.join(" and ")}; set exactly one of them (one entry per ${shape.description}).`,
                );
            }
            for (const key of known) checkShape(shape.options[key], value[key], keyPath(path, key), problems);
            return;
        }
        case "array":
            if (!Array.isArray(value)) {
                problem(`is ${describeValue(value)}; write a list: ${shape.description}.`);
                return;
            }
            if (shape.minItems !== undefined && value.length < shape.minItems) {
                problem(`is empty; list at least ${shape.minItems}: ${shape.description}.`);
            }
            value.forEach((item, i) => checkShape(shape.items, item, `${path}[${i}]`, problems));
            return;
        case "map":
            if (!isPlainObject(value)) {
                problem(`is ${describeValue(value)}; write an object: ${shape.description}.`);
                return;
            }
            if (shape.minProperties !== undefined && Object.keys(value).length < shape.minProperties) {
                problem(`is empty; add at least ${shape.minProperties} entry: ${shape.description}.`);
            }
            for (const [key, v] of Object.entries(value)) {
                if (!shape.keyPattern.test(key)) {
                    problem(`${describeValue(key)} ${shape.keyHint}`, keyPath(path, key));
                }
                checkShape(shape.values, v, keyPath(path, key), problems);
            }
            return;
    }
}
