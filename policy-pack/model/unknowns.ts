/**
 * Preview unknowns. During a first `pulumi preview`, computed values (ARNs, policy text built from ARNs) are
 * unknown. The policy SDK wraps resource properties in `unknownCheckingProxy`: reading an unknown value throws
 * its `UnknownValueError`, and the SDK turns that error into an advisory "can't be known during preview".
 *
 * This module never swallows that error. It offers two things:
 * - `presence()` looks at a property without reading it through the proxy, for questions whose answer does
 *   not depend on the value ("is kmsKeyArn set?", "is this role name known, or should we link by dependency?").
 * - `UnknownCollector` lets a stack policy keep checking the resources whose values are known, then rethrow the
 *   first unknown error so the SDK still reports the advisory for what could not be checked.
 */
import * as policySdk from "@pulumi/policy";

// @pulumi/policy exports these at run time (index.js) but its proxy.d.ts strips them (@internal).
const sdk = policySdk as unknown as {
    UnknownValueError: new (sentinel: string, props: string[]) => Error;
    unknownCheckingProxy<T extends object>(o: T): T;
};

/** The error class the SDK's proxy throws when an unknown value is read. */
export const UnknownValueError = sdk.UnknownValueError;

/** Wraps plain values as the policy server does before calling a policy (tests and tools use this). */
export function unknownCheckingProxy<T extends object>(value: T): T {
    return sdk.unknownCheckingProxy(value);
}

export function isUnknownValueError(e: unknown): e is Error {
    return e instanceof UnknownValueError;
}

/**
 * The engine's unknown sentinels, taken from the SDK's own proxy module (exported at run time, @internal in
 * its typings). Used to recognise a value seen through `Object.getOwnPropertyDescriptor` (which bypasses the
 * proxy's get trap) or in the plain data the effective-access engine reads (policy-pack/engine/raw.ts).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const proxyModule = require("@pulumi/policy/proxy") as Record<string, unknown>;
export const UNKNOWN_SENTINELS: ReadonlySet<string> = new Set(
    [
        "unknownBooleanValue",
        "unknownNumberValue",
        "unknownStringValue",
        "unknownArrayValue",
        "unknownAssetValue",
        "unknownArchiveValue",
        "unknownObjectValue",
    ]
        .map(name => proxyModule[name])
        .filter((v): v is string => typeof v === "string"),
);

/** The sentinel of an unknown string, for the SDK's advisory about a value the engine found unknown. */
export const UNKNOWN_STRING_SENTINEL = proxyModule.unknownStringValue as string;

export type Presence = "absent" | "unknown" | "present";

/** Whether `obj[key]` is set, unknown, or absent, without triggering the proxy's unknown check. */
export function presence(obj: unknown, key: string): Presence {
    if (obj === null || typeof obj !== "object") return "absent";
    const d = Object.getOwnPropertyDescriptor(obj, key);
    if (!d || d.value === undefined || d.value === null) return "absent";
    if (typeof d.value === "string" && UNKNOWN_SENTINELS.has(d.value)) return "unknown";
    return "present";
}

/**
 * A string property when it is known, `undefined` when absent or unknown. For linking resources only (names,
 * ARNs), where an unknown value means "link another way", never for a security verdict.
 */
export function knownString(obj: unknown, key: string): string | undefined {
    const v = knownValue(obj, key);
    return typeof v === "string" ? v : undefined;
}

/** A property's value, `undefined` when absent or unknown in a preview (reading an unknown through the proxy throws). */
export function knownValue(obj: unknown, key: string): unknown {
    return presence(obj, key) === "present" ? (obj as Record<string, unknown>)[key] : undefined;
}

/**
 * Runs checks one unit at a time (a role, a key ring); an unknown value stops only the unit that needs it.
 * `finish()` rethrows the first unknown error, so the SDK reports its standard advisory after every known
 * unit has been checked. Every other error propagates immediately.
 */
export class UnknownCollector {
    private first: Error | undefined;

    run<T>(unit: () => T): T | undefined {
        try {
            return unit();
        } catch (e) {
            if (!isUnknownValueError(e)) throw e;
            this.first ??= e;
            return undefined;
        }
    }

    async runAsync<T>(unit: () => Promise<T>): Promise<T | undefined> {
        try {
            return await unit();
        } catch (e) {
            if (!isUnknownValueError(e)) throw e;
            this.first ??= e;
            return undefined;
        }
    }

    /**
     * Records an unknown error caught elsewhere (`knownRolePermissions` reads the known documents of a role and
     * hands over the unknown one's error): `finish()` rethrows it like one caught by `run`.
     */
    record(e: Error): void {
        if (!isUnknownValueError(e)) throw e;
        this.first ??= e;
    }

    get sawUnknown(): boolean {
        return this.first !== undefined;
    }

    finish(): void {
        if (this.first) throw this.first;
    }
}
