/**
 * The effective-access engine, computed once per AnalyzeStack: the SDK hands every stack policy its own copy of
 * the resources, so the result is cached on a fingerprint of their plain data (linear in the stack's size).
 */
import { ACCESS_SETS, AccessSet, allowedActions, isAccessSetName, requiredActions } from "../custody/accessSets";
import { custodyModelProblems, CUSTODY_MODEL_SECTION, parseCustodyModel } from "../custody/parse";
import type { CustodyModel } from "../custody/types";
import type { ActionCatalog } from "../model/catalog";
import { packConfigSection } from "../model/packConfig";
import { computeEffectiveAccess, EffectiveAccess } from "./build";
import { AccessSetLookup, Judge } from "./judge";
import { fingerprint, plainResources, ResourceLike } from "./raw";

export * from "./build";
export * from "./judge";
export * from "./principals";
export { judgeKeyOrigins, judgeShareRings, judgeTables } from "./assets";
export { plain, plainResources } from "./raw";
export { POD_SPEC_OF, podServiceAccount } from "./podSpec";
export { namespaceUnknown, objectNamespace, placedNamespace } from "./k8sNamespace";

let last: { key: string; catalog: ActionCatalog; value: EffectiveAccess } | undefined;

export function effectiveAccess(
    resources: readonly ResourceLike[],
    catalog: ActionCatalog,
    model?: CustodyModel,
): EffectiveAccess {
    const list = plainResources(resources);
    const external = model?.externalAssets ?? [];
    const key = `${fingerprint(list)}\u0000${JSON.stringify(external)}`;
    if (last && last.key === key && last.catalog === catalog) return last.value;
    const value = computeEffectiveAccess(list, catalog, external);
    last = { key, catalog, value };
    return value;
}

export const ACCESS_SETS_LOOKUP: AccessSetLookup = {
    allowed: name => (isAccessSetName(name) ? allowedActions(name) : undefined),
    required: name => (isAccessSetName(name) ? requiredActions(name) : undefined),
    tableSubResources: name =>
        isAccessSetName(name) ? ((ACCESS_SETS[name] as AccessSet).tableSubResources ?? []) : [],
};

export type ModelState =
    { state: "missing" } | { state: "invalid"; problems: string } | { state: "ok"; model: CustodyModel };

/** The custody model of this run: the `custody-model` section of the pack config (model/packConfig.ts). */
export function currentCustodyModel(): ModelState {
    const section = packConfigSection(CUSTODY_MODEL_SECTION);
    const { enforcementLevel: _level, ...rest } = section ?? {};
    if (section === undefined || Object.keys(rest).length === 0) return { state: "missing" };
    const problems = custodyModelProblems(section);
    if (problems.length > 0)
        return { state: "invalid", problems: problems.map(p => `${p.path}: ${p.message}`).join("; ") };
    return { state: "ok", model: parseCustodyModel(section) };
}

export const MISSING_MODEL_MESSAGE =
    "the pack config has no custody-model section, so nothing the stack grants can be checked against who may do what to each custody asset. " +
    "Generate it with `npm run custody-model -- --stack <name> --write`, review it, and commit policy-pack/config/<name>.json.";

export function judgeFor(ea: EffectiveAccess, model: CustodyModel, catalog: ActionCatalog): Judge {
    return new Judge(ea, model, ACCESS_SETS_LOOKUP, catalog);
}
