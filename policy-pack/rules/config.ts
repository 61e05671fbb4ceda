/**
 * A policy's config, said once: its JSON schema (what GetAnalyzerInfo publishes, with every default), from which
 * the TypeScript type and the defaults are derived. `args.getConfig()` of the SDK is typed by the caller only;
 * `read` overlays the configured properties on the schema's defaults (the CLI fills them in too, but a policy
 * called directly, as in the tests, gets none). The pack's Configure check (private/configureGuard.ts) refuses
 * unknown keys and wrong types before any policy runs, so `read` can trust the shape.
 */
import { PolicyConfigSchema } from "@pulumi/policy";
import { ACCOUNT_ID_PATTERN, ORGANIZATION_ID_OR_UNSET_PATTERN } from "../model/awsIds";

interface Documented {
    readonly description?: string;
}
export type PropertySchema = Documented &
    (
        | { readonly type: "string"; readonly default: string; readonly pattern?: string }
        | { readonly type: "boolean"; readonly default: boolean }
        | {
              readonly type: "integer" | "number";
              readonly default: number;
              readonly minimum?: number;
              readonly maximum?: number;
          }
        | {
              readonly type: "array";
              readonly items: {
                  readonly type: "string";
                  readonly pattern?: string;
                  readonly enum?: readonly string[];
                  readonly description?: string;
              };
              readonly default: readonly string[];
          }
    );

export type ConfigProperties = Readonly<Record<string, PropertySchema>>;

type ValueOf<S extends PropertySchema> = S extends { type: "array" }
    ? string[]
    : S extends { type: "boolean" }
      ? boolean
      : S extends { type: "integer" | "number" }
        ? number
        : string;

/** The config type a schema describes: `{ allowedPolicyArns: string[] }` for `{ allowedPolicyArns: {type: "array", ...} }`. */
export type ConfigOf<P extends ConfigProperties> = { -readonly [K in keyof P]: ValueOf<P[K]> };

export interface PolicyConfig<P extends ConfigProperties> {
    /** For the policy's `configSchema`. */
    readonly schema: PolicyConfigSchema;
    readonly properties: P;
    /** The schema's defaults (fresh copies). */
    defaults(): ConfigOf<P>;
    /** The configured properties over the defaults. */
    read(args: { getConfig<C extends object>(): C }): ConfigOf<P>;
}

function copy<T>(value: T): T {
    return (Array.isArray(value) ? [...(value as unknown[])] : value) as T;
}

export function defineConfig<const P extends ConfigProperties>(properties: P): PolicyConfig<P> {
    const defaults = (): ConfigOf<P> =>
        Object.fromEntries(Object.entries(properties).map(([k, s]) => [k, copy(s.default)])) as ConfigOf<P>;
    const schema = {
        properties: Object.fromEntries(
            Object.entries(properties).map(([k, s]) => [k, { ...s, default: copy(s.default) }]),
        ),
    } as PolicyConfigSchema;
    return {
        schema,
        properties,
        defaults,
        read: args => ({ ...defaults(), ...args.getConfig<Partial<ConfigOf<P>>>() }),
    };
}

/**
 * A list of AWS account ids (model/awsIds.ts: exactly 12 digits), default empty: every policy property that trusts
 * accounts is declared with it, so the pack config check names an entry that is no account id ("*", 11 digits, "",
 * an ARN) with its index and fix, and the CLI's schema check refuses it too.
 */
export function accountIdsProperty(description?: string) {
    return {
        type: "array",
        items: { type: "string", pattern: ACCOUNT_ID_PATTERN },
        default: [] as readonly string[],
        ...(description === undefined ? {} : { description }),
    } as const;
}

/** An AWS Organizations organization id (model/awsIds.ts), or "" for unset (the default). */
export function organizationIdProperty(description?: string) {
    return {
        type: "string",
        pattern: ORGANIZATION_ID_OR_UNSET_PATTERN,
        default: "",
        ...(description === undefined ? {} : { description }),
    } as const;
}

/** A policy without config still publishes an (empty) schema, so the Configure check knows it takes no keys. */
export const NO_CONFIG = defineConfig({});
