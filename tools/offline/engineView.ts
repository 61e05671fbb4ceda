/**
 * The report's access sections come from the pack's own effective-access engine (policy-pack/engine), fed the
 * plan as AnalyzeStack sees it (outputs over inputs, provider inputs, dependencies): "who can use each key" and
 * "who can become each role" are what the verdicts judge, so the report and the verdicts cannot disagree.
 */
import { computeEffectiveAccess, EffectiveAccess, Judge, nodeLabel, PrincipalNode } from "../../policy-pack/engine";
import { plainResources, ResourceLike } from "../../policy-pack/engine/raw";
import { ACCESS_SETS_LOOKUP } from "../../policy-pack/engine";
import type { CustodyModel } from "../../policy-pack/custody/types";
import { custodyModelProblems, CUSTODY_MODEL_SECTION, parseCustodyModel } from "../../policy-pack/custody/parse";
import { loadCatalog } from "../../policy-pack/model/catalog";
import * as fs from "fs";
import type { Plan } from "./mockEngine";

/** The plan's resources in the shape a stack policy reads them. */
function resourcesOf(plan: Plan): ResourceLike[] {
    const byUrn = new Map(plan.resources.map(r => [r.urn, r]));
    return plan.resources.map(r => {
        const provider = r.providerUrn ? byUrn.get(r.providerUrn) : undefined;
        return {
            type: r.type,
            urn: r.urn,
            name: r.name,
            props: { ...r.inputs, ...r.outputs },
            provider: provider
                ? { type: provider.type, urn: provider.urn, name: provider.name, props: provider.inputs }
                : undefined,
            parent: r.parent ? { urn: r.parent } : undefined,
            dependencies: r.dependencies.map(urn => ({ urn })),
            propertyDependencies: Object.fromEntries(
                Object.entries(r.propertyDependencies).map(([k, urns]) => [k, urns.map(urn => ({ urn }))]),
            ),
        };
    });
}

export interface EngineView {
    ea: EffectiveAccess;
    /** Every chain by which someone becomes `n`, origin first, as the verdicts print it. */
    chainsTo(n: PrincipalNode): string[];
}

const NO_MODEL: CustodyModel = {
    version: 1,
    accounts: {},
    workloads: [],
    shareRings: [],
    externalAssets: [],
    tables: [],
};

export async function engineViewOf(plan: Plan, model?: CustodyModel): Promise<EngineView> {
    const catalog = await loadCatalog();
    const ea = computeEffectiveAccess(plainResources(resourcesOf(plan)), catalog, model?.externalAssets ?? []);
    const judge = new Judge(ea, model ?? NO_MODEL, ACCESS_SETS_LOOKUP, catalog);
    const nobody = { name: "", subjects: [], kind: "service" as const, allow: [] };
    return {
        ea,
        chainsTo: n => [...new Set(judge.uncoveredPaths(n, nobody).map(p => judge.describePath(p)))],
    };
}

/** The custody model of a pack config file, when it has a valid one (its external assets are assets too). */
export function custodyModelOfFile(packConfigFile: string | undefined): CustodyModel | undefined {
    if (!packConfigFile || !fs.existsSync(packConfigFile)) return undefined;
    const section = (JSON.parse(fs.readFileSync(packConfigFile, "utf8")) as Record<string, unknown>)[
        CUSTODY_MODEL_SECTION
    ];
    return section !== undefined && custodyModelProblems(section).length === 0 ? parseCustodyModel(section) : undefined;
}

export { nodeLabel };
