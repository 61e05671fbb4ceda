/**
 * The audit's report: the offline preview's sections built from the state (resources, accounts, who can use
 * each key, trust and permissions, violations, diagram), plus Drift, Redacted secrets, Unjudged values, Pending
 * operations and Pending deletion. `buildAuditReport` is data (report.json); `renderAuditReport` prints it.
 */
import * as path from "path";
import type { EngineView } from "../offline/engineView";
import { buildReport, OfflineReport, renderReport } from "../offline/report";
import { SECRET_PLACEHOLDER } from "../offline/stackFile";
import { auditExitCode, AuditResult, PendingDeletion, UnjudgedValue } from "./audit";
import type { DriftItem } from "./drift";
import { REDACTED_SECRET, PendingOperation, RedactedSecret } from "./exportFile";

export interface AuditReport extends Omit<OfflineReport, "summary" | "files"> {
    kind: "audit";
    stateFile: string;
    export: AuditResult["export"];
    summary: OfflineReport["summary"] & {
        drift: number;
        redactedSecrets: number;
        unjudged: number;
        pendingOperations: number;
        pendingDeletion: number;
        external: number;
    };
    files: { outDir: string; state: string; report: string; json: string };
    external: string[];
    drift: DriftItem[];
    throughAlias: Record<string, string>;
    redactedMarker: string;
    redactedSecrets: (RedactedSecret & { custody: boolean })[];
    unjudged: UnjudgedValue[];
    pendingOperations: PendingOperation[];
    pendingDeletion: PendingDeletion[];
    tainted: string[];
}

/** `engine`: the pack's effective-access engine over the deployed state (tools/offline/engineView.ts). */
export function buildAuditReport(result: AuditResult, outDir: string, engine: EngineView): AuditReport {
    const exitCode = auditExitCode(result);
    const base = buildReport(
        {
            project: result.project,
            stack: result.stack,
            preview: false,
            configFile: result.configFile,
            secureValues: result.secureValues,
            secretPlaceholder: SECRET_PLACEHOLDER,
            packConfigFile: result.packConfigFile,
            pack: result.pack as OfflineReport["pack"],
            plan: result.state,
            defaultProviderUses: result.defaultProviderUses,
            manifests: [],
            violations: result.violations,
        },
        outDir,
        engine,
    );
    const { files: _files, summary, ...sections } = base;
    return {
        ...sections,
        kind: "audit",
        verdict: exitCode ? "fail" : "pass",
        exitCode,
        stateFile: result.stateFile,
        export: result.export,
        summary: {
            ...summary,
            unknownsDuringPreview: 0,
            drift: result.drift.length,
            redactedSecrets: result.redacted.length,
            unjudged: result.unjudged.length,
            pendingOperations: result.pendingOperations.length,
            pendingDeletion: result.pendingDeletion.length,
            external: result.external.length,
        },
        files: {
            outDir,
            state: result.stateFile,
            report: path.join(outDir, "report.md"),
            json: path.join(outDir, "report.json"),
        },
        external: result.external,
        drift: result.drift,
        throughAlias: result.throughAlias,
        redactedMarker: REDACTED_SECRET,
        redactedSecrets: result.redacted,
        unjudged: result.unjudged,
        pendingOperations: result.pendingOperations,
        pendingDeletion: result.pendingDeletion,
        tainted: result.tainted,
    };
}

function plural(n: number, word: string): string {
    return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export function renderAuditReport(r: AuditReport, format: "text" | "markdown"): string {
    const md = format === "markdown";
    const item = md ? "- " : "* ";
    const title = `Audit of deployed stack ${r.project}/${r.stack} (${r.stateFile})`;
    const base = renderReport(
        {
            ...r,
            preview: false,
            files: { outDir: r.files.outDir, plan: r.files.state, report: r.files.report, manifests: [] },
        },
        format,
        { title },
    );
    const out: string[] = base.trimEnd().split("\n");
    const h = (text: string) => out.push("", md ? `## ${text}` : `--- ${text} ---`, "");

    out.splice(
        out.findIndex(l => l.startsWith("Verdict:")) + 1,
        0,
        `Audit: ${r.verdict === "pass" ? "PASS" : "FAIL"} (exit ${r.exitCode}) — ${plural(r.summary.mandatory, "mandatory violation")}, ${plural(r.summary.drift, "drift item")}, ${plural(r.summary.unjudged, "unjudged custody value")}, ${plural(r.summary.pendingOperations, "pending operation")}, ${plural(r.summary.pendingDeletion, "resource")} pending deletion. Exported ${r.export.time ?? "(no time)"} by Pulumi ${r.export.pulumiVersion ?? "(unknown version)"} (deployment version ${r.export.version}${r.export.features.length ? `, features: ${r.export.features.join(", ")}` : ""}); secrets provider ${r.export.secretsProvider ?? "(none)"}${r.export.plaintextSecrets ? "; exported with --show-secrets (plaintext secrets: keep the file off shared disks)" : ""}.`,
    );

    h("Drift");
    if (r.drift.length === 0)
        out.push("None: the state matches what the program would deploy now (custody-relevant properties).");
    for (const d of r.drift) out.push(`${item}${d.kind.toUpperCase()} ${d.message}`);
    for (const [planUrn, stateUrn] of Object.entries(r.throughAlias))
        out.push(`${item}matched through an alias: ${planUrn} was ${stateUrn} in the state (no drift).`);

    h("Redacted secrets");
    if (r.redactedSecrets.length === 0) out.push("None: every value of the export was readable.");
    else
        out.push(
            `Secrets stored encrypted (ciphertext) cannot be decrypted offline; each was replaced by "${r.redactedMarker}" before the pack saw it.`,
        );
    for (const s of r.redactedSecrets)
        out.push(
            `${item}${s.type} ${s.name}: ${s.path}${s.custody ? " — NOT JUDGED (fails the audit)" : " — ignored: no rule or drift comparison reads it"}`,
        );
    if (r.unjudged.length) {
        h("Unjudged custody values");
        for (const u of r.unjudged) out.push(`${item}${u.message}`);
    }

    h("Pending operations");
    if (r.pendingOperations.length === 0) out.push("None.");
    for (const op of r.pendingOperations)
        out.push(
            `${item}${op.type} ${op.resourceType} ${op.urn}: an operation started and never finished (the CLI was interrupted). The cloud may hold a resource the state does not know; run \`pulumi refresh\` and resolve it (pulumi stack export/import, or pulumi cancel), then export again.`,
        );
    h("Pending deletion");
    if (r.pendingDeletion.length === 0) out.push("None.");
    for (const d of r.pendingDeletion)
        out.push(
            `${item}${d.type} ${d.name}${d.id ? ` (${d.id})` : ""}: ${d.reason === "delete" ? "replaced, and its deletion is pending: it still exists in the cloud with its old settings, and is not judged (its replacement is)" : "deleted for a replacement that was not created yet"}.`,
        );
    if (r.tainted.length) {
        h("Tainted (replaced on the next pulumi up)");
        for (const u of r.tainted)
            out.push(
                `${item}${u}: marked by pulumi state taint; judged as deployed (it is live until then), and the next pulumi up replaces it with what the program declares (the drift compares that).`,
            );
    }
    if (r.external.length) {
        h("External resources (read, not managed)");
        for (const u of r.external) out.push(`${item}${u}`);
    }
    return `${out.join("\n")}\n`;
}
