import * as pulumi from "@pulumi/pulumi";
import { CONFIG_NAMESPACE, ConfigProblem, ConfigValidationError } from "../config/errors";
import { DuplicateJsonKeyError, duplicateMessage, duplicatePath, parseJsonStrict } from "../config/json";
import { StackConfig } from "../workloads";
import { validateStackConfig } from "./validate";

/**
 * Raw `custody-infra:*` values from the engine: objects arrive as JSON text, scalars as plain strings.
 * Unparseable JSON is kept as a string so the validator reports it under its key.
 *
 * JSON text that writes a key twice in one object (`{"namespace": "validators", ..., "namespace": "kube-system"}`)
 * is a problem under that key (components/config/json.ts: JSON.parse would keep the last value without a word).
 * With `problems`, each is added there and the value is kept as JSON.parse reads it, so the validator still
 * reports the section's other problems in the same run; without, a ConfigValidationError is thrown: never silent.
 */
export function readRawConfig(all: Record<string, string>, problems?: ConfigProblem[]): Record<string, unknown> {
    const duplicates: ConfigProblem[] = [];
    // Plain data: JSON.parse and fromEntries define every key as an own data property, `__proto__` included
    // (which the validator then refuses by name); an assignment `raw[key] = v` would set the prototype instead.
    const raw: Array<[string, unknown]> = [];
    const prefix = `${CONFIG_NAMESPACE}:`;
    for (const [fullKey, value] of Object.entries(all)) {
        if (!fullKey.startsWith(prefix)) {
            continue;
        }
        const key = fullKey.slice(prefix.length);
        const trimmed = value.trim();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                raw.push([key, parseJsonStrict(trimmed)]);
                continue;
            } catch (e) {
                if (e instanceof DuplicateJsonKeyError) {
                    for (const d of e.duplicates)
                        duplicates.push({ key: duplicatePath(key, d), message: duplicateMessage(d, fullKey) });
                    raw.push([key, JSON.parse(trimmed)]);
                    continue;
                }
                raw.push([key, value]);
                continue;
            }
        }
        raw.push([key, value]);
    }
    if (problems) problems.push(...duplicates);
    else if (duplicates.length > 0) throw new ConfigValidationError(duplicates);
    return Object.fromEntries(raw);
}

/**
 * A stack's flat config map (full keys to values as the engine passes them) validated as the program validates
 * it: the JSON text of every value read strictly, misspelt namespaces and every bad key reported at once. The
 * one path of the program (loadStackConfig), the offline preview and the custody model.
 */
export function validateConfigMap(all: Record<string, string>, project: string, stack: string): StackConfig {
    const parseProblems: ConfigProblem[] = [];
    const raw = readRawConfig(all, parseProblems);
    return validateStackConfig(raw, { project, stack, misspeltKeys: misspeltNamespaceKeys(all), parseProblems });
}

/** Edit distance, for telling a misspelt namespace (`custody-infr:tags`) from another package's config. */
export function distance(a: string, b: string): number {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return row[b.length];
}

/**
 * Config keys whose namespace is a near miss of ours: Pulumi would pass them to nobody, and the setting
 * (tags, a threshold) would be silently dropped.
 */
export function misspeltNamespaceKeys(all: Record<string, string>): string[] {
    return Object.keys(all).filter(fullKey => {
        const ns = fullKey.split(":")[0];
        return ns !== CONFIG_NAMESPACE && distance(ns.toLowerCase(), CONFIG_NAMESPACE) <= 3;
    });
}

/**
 * The stack's validated config. A config error becomes a RunError: Pulumi prints the message (every bad key
 * and its fix) without a stack trace, and no resource has been registered yet.
 */
export function loadStackConfig(): StackConfig {
    const all = pulumi.runtime.allConfig();
    try {
        return validateConfigMap(all, pulumi.getProject(), pulumi.getStack());
    } catch (e) {
        if (e instanceof ConfigValidationError) {
            throw new pulumi.RunError(e.message);
        }
        throw e;
    }
}
