import { ConfigProblem } from "./errors";

/**
 * A cursor over untrusted config values that records every problem under its dotted key instead of
 * throwing at the first one. Getters return `undefined` for a missing or bad value; callers then skip the
 * dependent checks, so one typo yields one message, not a cascade.
 */
export class ConfigReader {
    readonly problems: ConfigProblem[] = [];

    problem(key: string, message: string): undefined {
        this.problems.push({ key, message });
        return undefined;
    }

    /** The object at `key`, with unknown properties reported (a typo must never be silently ignored). */
    object(key: string, value: unknown, allowed: readonly string[]): Record<string, unknown> | undefined {
        if (value === undefined || value === null) {
            return undefined;
        }
        if (typeof value !== "object" || Array.isArray(value)) {
            return this.problem(key, `expected an object, got ${describe(value)}.`);
        }
        const record = value as Record<string, unknown>;
        for (const k of Object.keys(record)) {
            if (k === PROTO_KEY) {
                this.problem(join(key, k), PROTO_KEY_PROBLEM);
            } else if (!allowed.includes(k)) {
                this.problem(
                    join(key, k),
                    `unknown setting; the settings under ${key || "the namespace"} are: ${allowed.join(", ")}.`,
                );
            }
        }
        return record;
    }

    string(key: string, value: unknown, rule?: { pattern: RegExp; hint: string }): string | undefined {
        if (value === undefined || value === null) {
            return undefined;
        }
        if (typeof value !== "string") {
            return this.problem(key, `expected a string, got ${describe(value)}.`);
        }
        if (rule && !rule.pattern.test(value)) {
            return this.problem(key, `"${value}" ${rule.hint}`);
        }
        return value;
    }

    requiredString(
        key: string,
        value: unknown,
        rule?: { pattern: RegExp; hint: string },
        example?: string,
    ): string | undefined {
        if (value === undefined || value === null || value === "") {
            return this.problem(key, `is required${example ? `; for example: ${example}` : "."}`);
        }
        return this.string(key, value, rule);
    }

    boolean(key: string, value: unknown, fallback: boolean): boolean {
        if (value === undefined || value === null) {
            return fallback;
        }
        if (typeof value === "boolean") {
            return value;
        }
        // `pulumi config set k true` stores the string "true".
        if (value === "true" || value === "false") {
            return value === "true";
        }
        this.problem(key, `expected true or false, got ${describe(value)}.`);
        return fallback;
    }

    integer(key: string, value: unknown): number | undefined {
        if (value === undefined || value === null) {
            return undefined;
        }
        const n = typeof value === "string" && /^-?\d+$/.test(value) ? Number(value) : value;
        if (typeof n !== "number" || !Number.isInteger(n)) {
            return this.problem(key, `expected a whole number, got ${describe(value)}.`);
        }
        return n;
    }

    stringArray(key: string, value: unknown): string[] | undefined {
        if (value === undefined || value === null) {
            return undefined;
        }
        if (!Array.isArray(value)) {
            return this.problem(key, `expected a list of strings, got ${describe(value)}.`);
        }
        const out: string[] = [];
        value.forEach((item, i) => {
            if (typeof item !== "string") {
                this.problem(`${key}[${i}]`, `expected a string, got ${describe(item)}.`);
            } else {
                out.push(item);
            }
        });
        return out;
    }

    stringMap(key: string, value: unknown): Record<string, string> | undefined {
        if (value === undefined || value === null) {
            return undefined;
        }
        if (typeof value !== "object" || Array.isArray(value)) {
            return this.problem(key, `expected a map of strings, got ${describe(value)}.`);
        }
        const entries: Array<[string, string]> = [];
        for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
            if (k === PROTO_KEY) {
                this.problem(join(key, k), PROTO_KEY_PROBLEM);
            } else if (typeof v !== "string") {
                this.problem(join(key, k), `expected a string, got ${describe(v)}.`);
            } else {
                entries.push([k, v]);
            }
        }
        // fromEntries defines each key as data (CreateDataProperty); `out[k] = v` would let a key reach the prototype.
        return Object.fromEntries(entries);
    }
}

/**
 * `__proto__` is a valid AWS tag key, but not a key this program can carry: the Pulumi SDK serialises resource
 * inputs and stack outputs into plain objects (`obj[k] = v` in @pulumi/pulumi runtime/rpc.js
 * `serializeAllKeys`), where JavaScript takes `__proto__` for the prototype, so the entry would vanish from the
 * deployment without a word. Refused under its key instead.
 */
const PROTO_KEY = "__proto__";
const PROTO_KEY_PROBLEM =
    'the key "__proto__" cannot be used: JavaScript (and so the Pulumi SDK) treats it as the object\'s prototype, and the entry would be dropped silently; rename it.';

export function join(key: string, child: string): string {
    return key ? `${key}.${child}` : child;
}

export function describe(value: unknown): string {
    if (Array.isArray(value)) {
        return "a list";
    }
    if (value === null) {
        return "null";
    }
    if (typeof value === "object") {
        return "an object";
    }
    return `${typeof value} ${JSON.stringify(value)}`;
}
