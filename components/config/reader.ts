import { CONFIG_NAMESPACE, ConfigProblem } from "./errors";

/** A format a string setting must match; `problem` (when given) says what is wrong with one that does not, and the fix. */
export interface PatternRule {
    pattern: RegExp;
    hint: string;
    problem?: (text: string) => string | undefined;
}

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

    /** A string setting, as text or as `pulumi config set --path` stores it (text: a numeric external id, `true`). */
    string(key: string, value: unknown, rule?: PatternRule): string | undefined {
        if (value === undefined || value === null) {
            return undefined;
        }
        const text = this.text(key, value);
        if (text === undefined) {
            return undefined;
        }
        if (rule && !rule.pattern.test(text)) {
            // The format's hint, then what is wrong with this value when the rule can say (a trailing "/", a wildcard).
            const problem = rule.problem?.(text);
            return this.problem(
                key,
                `"${text}" ${rule.hint}${problem && problem !== rule.hint ? ` It ${problem}` : ""}`,
            );
        }
        return text;
    }

    /**
     * The text of one string leaf (a setting, a list item, a map value), read as setPathText reads it: the one
     * reading of string leaves, so no section can refuse a value `pulumi config set --path` wrote for it. A number
     * that is no such text (an integer beyond 2^53, whose digits JavaScript does not hold, or a fraction) is refused
     * naming the fix: `--type string` stores the text as given (pulumi/pulumi pkg/cmd/pulumi/config/config.go:
     * "Save the value as the given type").
     */
    private text(key: string, value: unknown): string | undefined {
        const text = setPathText(value);
        if (typeof text === "string") {
            return text;
        }
        if (typeof text === "number") {
            return this.problem(
                key,
                `is the number ${text}, not the text of a string setting (YAML reads an unquoted number, and an integer beyond 2^53 loses digits here): store it as a string with \`pulumi config set --type string --path ${CONFIG_NAMESPACE}:${key} <value>\`, or quote it in the stack file.`,
            );
        }
        return this.problem(key, `expected a string, got ${describe(value)}.`);
    }

    requiredString(key: string, value: unknown, rule?: PatternRule, example?: string): string | undefined {
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
            const text = this.text(`${key}[${i}]`, item);
            if (text !== undefined) out.push(text);
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
            } else {
                const text = this.text(join(key, k), v);
                if (text !== undefined) entries.push([k, text]);
            }
        }
        // fromEntries defines each key as data (CreateDataProperty); `out[k] = v` would let a key reach the prototype.
        return Object.fromEntries(entries);
    }
}

/**
 * The text a string setting was given as, when `pulumi config set --path` stored it as a YAML bool or integer:
 * pulumi/pulumi sdk/go/common/resource/config/object.go `coerce` (every `--path` value set without `--type string`)
 * turns "true" and "false" into bools, and a string strconv.ParseInt (or ParseUint) reads into an int64 (uint64)
 * unless it starts with "0", which stays a string "so values like 0123456 are saved as a string (without stripping
 * any leading zeros)"; the program then receives a number. So a bool is read as its text, and an integer JavaScript
 * holds exactly (Number.isSafeInteger: no digit lost between the stack file and here) as its decimal text, the text it
 * was set with. Anything else is returned as it is: a string, or a value its reader refuses. Read by every string
 * leaf (ConfigReader.text) and by account ids (components/stack/validate.ts readAccountId).
 */
export function setPathText(value: unknown): unknown {
    if (typeof value === "boolean" || (typeof value === "number" && Number.isSafeInteger(value))) return String(value);
    return value;
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
