/**
 * The audit at scale: a 10,000-resource export of signer-like workloads (prod's signer subtree copied with its
 * own names, keys, tables, roles and ServiceAccounts), with drift, audited end to end (parse, Configure, Analyze
 * per resource, AnalyzeStack, state checks, drift, report) against the pack's AnalyzeStack alone on the same
 * resources, in the same run and the same pack process. Target: the audit takes at most 2x AnalyzeStack.
 */
import * as crypto from "crypto";
import { performance } from "perf_hooks";
import type { AnalyzerSession } from "../tools/offline/analyzer";
import type { Plan, PlanResource } from "../tools/offline/mockEngine";
import { toAnalyzerResources } from "../tools/offline/planToAnalyzer";
import { runAudit, stateAsPlan } from "../tools/audit/audit";
import { parseExport } from "../tools/audit/exportFile";
import { buildAuditReport, renderAuditReport } from "../tools/audit/report";
import { exportFromPlan, ExportDocument } from "../test/audit/exportFromPlan";
import { engineViewOf } from "../tools/offline/engineView";
import { keyAliasScope } from "../components/private/naming";

const SUBTREE = "custody:signer:ContainmentChamberSigner";
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

function copyUuid(u: string, i: number): string {
    const h = crypto.createHash("sha256").update(`${u}/${i}`).digest("hex");
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** prod's plan with its signer subtree copied until the stack holds `target` resources. */
export function signerWorkloads(prod: Plan, target: number): Plan {
    const subtree = prod.resources.filter(r => r.urn.includes(SUBTREE));
    const rest = prod.resources.filter(r => !r.urn.includes(SUBTREE));
    const own = new Set(subtree.flatMap(r => [r.id, (r.outputs.metadata as { uid?: string })?.uid]));
    const copies = Math.ceil((target - rest.length) / subtree.length);
    const text = JSON.stringify(subtree);
    const resources: PlanResource[] = [...rest];
    for (let i = 0; i < copies; i++) {
        const copy = text
            .replace(/::(signer[a-z0-9-]*)"/g, `::$1-w${i}"`)
            .replace(/custody-prod-/g, `custody-prod-w${i}-`)
            .split(keyAliasScope(prod))
            .join(keyAliasScope({ project: prod.project, stack: `${prod.stack}-w${i}` }))
            .replace(/validators/g, `validators-w${i}`)
            .replace(UUID, u => (own.has(u) ? copyUuid(u, i) : u));
        resources.push(...(JSON.parse(copy) as PlanResource[]));
    }
    return { ...prod, resources: resources.slice(0, Math.max(target, rest.length + subtree.length)) };
}

/** Console edits in one workload out of a hundred: PITR off on a table, rotation off on a key. */
function addDrift(doc: ExportDocument): number {
    let n = 0;
    doc.deployment.resources.forEach((r, i) => {
        if (i % 100 !== 0 || !r.outputs) return;
        if (r.type === "aws:dynamodb/table:Table") r.outputs.pointInTimeRecovery = { enabled: false };
        else if (r.type === "aws:kms/key:Key") r.outputs.enableKeyRotation = false;
        else return;
        n++;
    });
    return n;
}

export interface AuditBench {
    resources: number;
    driftItems: number;
    auditMs: number;
    analyzeStackMs: number;
    ratio: number;
}

export async function benchAudit(session: AnalyzerSession, prod: Plan, target = 10_000): Promise<AuditBench> {
    const plan = signerWorkloads(prod, target);
    const doc = exportFromPlan(plan);
    addDrift(doc);
    const text = JSON.stringify(doc);

    // The pack's AnalyzeStack alone, on the very resources the audit sends (warm once, then measured).
    const stateOnly = stateAsPlan(plan.project, plan.stack, parseExport(text, "bench.json").resources).plan;
    const resources = toAnalyzerResources(stateOnly);
    await session.analyzeStack(resources);
    let t = performance.now();
    await session.analyzeStack(resources);
    const analyzeStackMs = performance.now() - t;

    t = performance.now();
    const result = await runAudit({ state: parseExport(text, "bench.json"), plan, session });
    renderAuditReport(buildAuditReport(result, "out/bench-audit", await engineViewOf(result.state)), "markdown");
    const auditMs = performance.now() - t;
    if (result.drift.length === 0) throw new Error("the benchmark's export should drift");
    return {
        resources: stateOnly.resources.length,
        driftItems: result.drift.length,
        auditMs,
        analyzeStackMs,
        ratio: auditMs / analyzeStackMs,
    };
}
