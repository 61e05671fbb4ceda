/** Reads `Pulumi.<stack>.yaml` (or any file of that format) into the flat config map the engine passes. */
import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";

export const SECRET_PLACEHOLDER = "offline-placeholder-for-secure-value";

export interface StackFileConfig {
    /** Full keys (`custody-infra:accounts`) to values as the engine stores them: objects as JSON text. */
    config: Record<string, string>;
    /** Paths of `secure:` values, which cannot be decrypted without the stack's secrets provider. */
    secureValues: string[];
}

export class StackFileError extends Error {}

export function readStackFile(file: string): StackFileConfig {
    if (!fs.existsSync(file)) {
        throw new StackFileError(
            `stack file ${file} does not exist: create it (see Pulumi.dev.yaml) or pass --stack with an existing Pulumi.<stack>.yaml.`,
        );
    }
    if (!fs.statSync(file).isFile()) {
        throw new StackFileError(
            `${file} is a directory, not a stack file: pass --config with a file such as Pulumi.dev.yaml.`,
        );
    }
    let doc: unknown;
    try {
        doc = parse(fs.readFileSync(file, "utf8"));
    } catch (e) {
        throw new StackFileError(`stack file ${file} is not valid YAML: ${(e as Error).message.split("\n")[0]}`);
    }
    if (doc === null || doc === undefined) {
        throw new StackFileError(`stack file ${file} is empty: it needs a top-level config: map.`);
    }
    if (typeof doc !== "object" || Array.isArray(doc) || !("config" in (doc as object))) {
        throw new StackFileError(
            `stack file ${file} has no top-level config: map (the format of Pulumi.<stack>.yaml).`,
        );
    }
    const raw = (doc as { config: unknown }).config ?? {};
    if (typeof raw !== "object" || Array.isArray(raw)) {
        throw new StackFileError(`stack file ${file}: config must be a map of namespace:key to values.`);
    }
    const secureValues: string[] = [];
    const config: Record<string, string> = {};
    for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
        if (!key.includes(":")) {
            throw new StackFileError(
                `stack file ${file}: config key "${key}" has no namespace; write custody-infra:${key}.`,
            );
        }
        if (value === null || value === undefined) {
            throw new StackFileError(
                `stack file ${file}: ${key} has no value (null); remove the key, or give it its settings.`,
            );
        }
        const resolved = replaceSecure(value, key, secureValues);
        config[key] = typeof resolved === "string" ? resolved : JSON.stringify(resolved);
    }
    return { config, secureValues };
}

/** The stacks of the project: every `Pulumi.<stack>.yaml` next to Pulumi.yaml. The one stack discovery. */
export function discoverStacks(projectDir: string): string[] {
    return fs
        .readdirSync(projectDir)
        .map(f => /^Pulumi\.(.+)\.yaml$/.exec(f)?.[1])
        .filter((s): s is string => !!s)
        .sort();
}

export function stackFilePath(projectDir: string, stack: string): string {
    return path.join(projectDir, `Pulumi.${stack}.yaml`);
}

function replaceSecure(value: unknown, at: string, found: string[]): unknown {
    if (value && typeof value === "object" && !Array.isArray(value)) {
        const entries = Object.entries(value as Record<string, unknown>);
        if (entries.length === 1 && entries[0][0] === "secure" && typeof entries[0][1] === "string") {
            found.push(at);
            return SECRET_PLACEHOLDER;
        }
        return Object.fromEntries(entries.map(([k, v]) => [k, replaceSecure(v, `${at}.${k}`, found)]));
    }
    if (Array.isArray(value)) {
        return value.map((v, i) => replaceSecure(v, `${at}[${i}]`, found));
    }
    return value;
}
