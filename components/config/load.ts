import * as pulumi from "@pulumi/pulumi";
import { CONFIG_NAMESPACE, ConfigValidationError } from "./errors";
import { StackConfig } from "./schema";
import { validateStackConfig } from "./validate";

/**
 * Raw `custody-infra:*` values from the engine: objects arrive as JSON text, scalars as plain strings.
 * Unparseable JSON is kept as a string so the validator reports it under its key.
 */
export function readRawConfig(all: Record<string, string>): Record<string, unknown> {
    const raw: Record<string, unknown> = {};
    const prefix = `${CONFIG_NAMESPACE}:`;
    for (const [fullKey, value] of Object.entries(all)) {
        if (!fullKey.startsWith(prefix)) {
            continue;
        }
        const key = fullKey.slice(prefix.length);
        const trimmed = value.trim();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                raw[key] = JSON.parse(trimmed);
                continue;
            } catch {
                raw[key] = value;
                continue;
            }
        }
        raw[key] = value;
    }
    return raw;
}

/**
 * The stack's validated config. A config error becomes a RunError: Pulumi prints the message (every bad key
 * and its fix) without a stack trace, and no resource has been registered yet.
 */
export function loadStackConfig(): StackConfig {
    const raw = readRawConfig(pulumi.runtime.allConfig());
    try {
        return validateStackConfig(raw, { project: pulumi.getProject(), stack: pulumi.getStack() });
    } catch (e) {
        if (e instanceof ConfigValidationError) {
            throw new pulumi.RunError(e.message);
        }
        throw e;
    }
}
