// Shared by the audit tests: deployed-looking exports of the committed stacks (through the one converter) and a
// runner for the command in-process with a policy pack started once.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runStack } from "../harness";
import type { AnalyzerSession } from "../../tools/offline/analyzer";
import type { Plan } from "../../tools/offline/mockEngine";
import { normalizePlan } from "../../tools/offline/planToAnalyzer";
import { main } from "../../tools/audit/main";
import type { AuditReport } from "../../tools/audit/report";
import { ExportDocument, exportFromPlan } from "./exportFromPlan";

const plans = new Map<string, Plan>();

/** The committed stack's full offline plan (cached: the program is deterministic). */
export async function planOf(stack: string): Promise<Plan> {
    if (!plans.has(stack)) plans.set(stack, normalizePlan((await runStack({ stack })).plan));
    return plans.get(stack)!;
}

/** A fresh deployed-looking export of a committed stack (a deep copy each time: tests edit it). */
export async function exportOf(stack: string): Promise<ExportDocument> {
    return exportFromPlan(await planOf(stack));
}

export interface AuditRun {
    code: number;
    stdout: string;
    stderr: string;
    /** report.json as written into --out (undefined when nothing was written). */
    report?: AuditReport;
    outDir: string;
}

export class AuditRunner {
    private n = 0;
    constructor(
        private readonly session: () => AnalyzerSession,
        readonly tmp: string = fs.mkdtempSync(path.join(os.tmpdir(), "audit-")),
    ) {}

    /** Writes `doc` (an object, or raw text) and runs `npm run audit -- --state FILE --out DIR ...extra`. */
    async run(doc: unknown, ...extra: string[]): Promise<AuditRun> {
        const id = ++this.n;
        const file = path.join(this.tmp, `state-${id}.json`);
        fs.writeFileSync(file, typeof doc === "string" ? doc : JSON.stringify(doc));
        return this.argv("--state", file, ...extra);
    }

    async argv(...argv: string[]): Promise<AuditRun> {
        const outDir = path.join(this.tmp, `out-${++this.n}`);
        let stdout = "";
        let stderr = "";
        const code = await main([...argv, ...(argv.includes("--out") ? [] : ["--out", outDir])], {
            session: this.session(),
            stdout: s => {
                stdout += s;
            },
            stderr: s => {
                stderr += s;
            },
        });
        const reportFile = path.join(outDir, "report.json");
        const report = fs.existsSync(reportFile)
            ? (JSON.parse(fs.readFileSync(reportFile, "utf8")) as AuditReport)
            : undefined;
        return { code, stdout, stderr, report, outDir };
    }

    cleanup(): void {
        fs.rmSync(this.tmp, { recursive: true, force: true });
    }
}
