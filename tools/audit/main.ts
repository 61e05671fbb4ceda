/**
 * `npm run audit -- --state FILE [--stack NAME] [--out DIR] [--json]`: the command behind tools/audit/cli.ts,
 * callable in-process (tests inject a running policy pack and capture output).
 * Exit status: 0 nothing found, 1 a mandatory violation, drift, a pending operation or an unjudged custody
 * value, 2 a bad flag, file, config or program (one paragraph, no stack trace).
 */
import * as fs from "fs";
import * as path from "path";
import type { AnalyzerSession } from "../offline/analyzer";
import { FlagSpec, parseFlags, UsageError } from "../private/flags";
import { outDirProblem } from "../private/outDir";
import { PROJECT_DIR } from "../offline/preview";
import { discoverStacks } from "../offline/stackFile";
import { resolveStack, runAudit, stackFileProblem } from "./audit";
import { AuditError, printable, readExport, StateExport } from "./exportFile";
import { custodyModelOfFile, engineViewOf } from "../offline/engineView";
import { buildAuditReport, renderAuditReport } from "./report";

export function usage(projectDir = PROJECT_DIR): string {
    let stacks: string[];
    try {
        stacks = discoverStacks(projectDir);
    } catch {
        stacks = [];
    }
    return `Usage: npm run audit -- --state FILE [--stack NAME] [--out DIR] [--json]

Judges a deployed stack from its \`pulumi stack export\` (run \`pulumi refresh\` first) with the custody-guard
policy pack, started as the Pulumi CLI starts it, and reports the drift from what the program would deploy now
(its offline plan of Pulumi.NAME.yaml). No cloud account, no Pulumi CLI, no backend login.

Options:
  --state FILE   the export: pulumi stack export --file FILE (--show-secrets to judge secret values)
  --stack NAME   the stack the export must be of (default: the stack its URNs name; stacks here:
                 ${stacks.join(", ") || "none"}); selects Pulumi.NAME.yaml and policy-pack/config/NAME.json
  --out DIR      write report.md and report.json to DIR (default: out/audit-<stack>/); DIR must be a
                 directory or not exist yet (it is created)
  --json         print report.json on stdout (and nothing else; progress on stderr)
  -h, --help     print this help

Exit status: 0 no mandatory violation, no drift, no pending operation, nothing left unjudged;
1 any of those; 2 a bad flag, an unreadable or malformed export, a stack mismatch, a config or program error
(every problem of --out, --state and --stack, and every malformed resource of the export, in one run).
`;
}

export interface AuditCliOptions {
    stateFile?: string;
    stack?: string;
    outDir?: string;
    json: boolean;
    help: boolean;
}

const FLAGS: FlagSpec<"stateFile" | "stack" | "outDir", "json" | "help"> = {
    values: {
        "--state": { option: "stateFile", example: "an export file, e.g. --state prod-state.json" },
        "--stack": { option: "stack", example: "a stack name, e.g. --stack prod" },
        "--out": { option: "outDir", example: "a directory, e.g. --out out/audit-prod", output: true },
    },
    booleans: { "--json": "json", "--help": "help", "-h": "help" },
    strayHint: "--state",
};

export function parseArgs(argv: readonly string[]): AuditCliOptions {
    const { values, booleans } = parseFlags(argv, FLAGS);
    const opts: AuditCliOptions = { ...values, json: booleans.json === true, help: booleans.help === true };
    if (!opts.help && !opts.stateFile)
        throw new UsageError("--state FILE is required (the file `pulumi stack export --file FILE` wrote).");
    return opts;
}

export interface AuditEnv {
    stdout?: (text: string) => void;
    stderr?: (text: string) => void;
    session?: AnalyzerSession;
    projectDir?: string;
}

/** Lists what a run wrote into --out, so the next run replaces exactly that and never a user's own files. */
const MARKER = ".audit.json";
const OUTPUTS = ["report.md", "report.json"];

function prepareOutDir(outDir: string): void {
    const marker = path.join(outDir, MARKER);
    const ours = fs.existsSync(marker);
    const foreign = OUTPUTS.filter(f => fs.existsSync(path.join(outDir, f)) && !ours);
    if (foreign.length) {
        throw new AuditError(
            `${outDir} holds ${foreign.join(" and ")}, which the audit did not write; move ${foreign.length === 1 ? "it" : "them"} or choose another --out directory (nothing was deleted).`,
        );
    }
    for (const f of [...OUTPUTS, MARKER]) fs.rmSync(path.join(outDir, f), { force: true });
}

function formatError(e: AuditError): string {
    return `audit: ${e.message}${e.details.map(d => `\n  - ${d}`).join("")}\n`;
}

export async function main(argv: readonly string[], env: AuditEnv = {}): Promise<number> {
    const stdout = env.stdout ?? (s => void process.stdout.write(s));
    const stderr = env.stderr ?? (s => void process.stderr.write(s));
    const projectDir = env.projectDir ?? PROJECT_DIR;
    let opts: AuditCliOptions;
    try {
        opts = parseArgs(argv);
    } catch (e) {
        if (!(e instanceof UsageError)) throw e;
        stderr(`audit: ${e.message} Run with --help for the options.\n`);
        return 2;
    }
    if (opts.help) {
        stdout(usage(projectDir));
        return 0;
    }
    try {
        // --out, the export and --stack are checked before anything is removed or written, and every problem of
        // them is named at once (independent mistakes never take one run each).
        const problems: AuditError[] = [];
        const given = opts.outDir !== undefined ? outDirProblem(opts.outDir) : undefined;
        if (given) problems.push(new AuditError(given));
        let state: StateExport | undefined;
        try {
            state = readExport(opts.stateFile!);
        } catch (e) {
            if (!(e instanceof AuditError)) throw e;
            problems.push(e);
        }
        try {
            // The export's stack against --stack (resolveStack), else --stack alone: a name with a stack file.
            const stack = state ? resolveStack(state, opts.stack, projectDir) : opts.stack;
            const noStackFile = stack !== undefined ? stackFileProblem(stack, projectDir) : undefined;
            if (noStackFile) problems.push(new AuditError(noStackFile));
        } catch (e) {
            if (!(e instanceof AuditError)) throw e;
            problems.push(e);
        }
        if (problems.length === 1) throw problems[0];
        if (problems.length > 1)
            throw new AuditError(
                `${problems.length} problems with the input (nothing was written); fix them and run again:`,
                problems.flatMap(p => [p.message, ...p.details.map(d => `  ${d}`)]),
            );
        if (!state) throw new AuditError(`${opts.stateFile} could not be read.`);
        const name = opts.stack ?? state.stack ?? path.basename(opts.stateFile!).replace(/\.json$/, "");
        const outDir = path.resolve(opts.outDir ?? path.join(projectDir, "out", `audit-${name}`));
        const problem = outDirProblem(outDir, opts.outDir === undefined ? "the default --out" : "--out");
        if (problem) throw new AuditError(problem);
        prepareOutDir(outDir);
        const result = await runAudit({
            state,
            stack: opts.stack,
            projectDir,
            session: env.session,
            log: m => stderr(`audit: ${m}\n`),
        });
        const report = buildAuditReport(
            result,
            outDir,
            await engineViewOf(result.state, custodyModelOfFile(result.packConfigFile)),
        );
        fs.mkdirSync(outDir, { recursive: true });
        fs.writeFileSync(path.join(outDir, "report.md"), renderAuditReport(report, "markdown"));
        fs.writeFileSync(path.join(outDir, "report.json"), `${JSON.stringify(report, null, 2)}\n`);
        fs.writeFileSync(
            path.join(outDir, MARKER),
            `${JSON.stringify({ writtenBy: "custody-infra audit", files: OUTPUTS }, null, 2)}\n`,
        );
        if (opts.json) stdout(`${JSON.stringify(report, null, 2)}\n`);
        else stdout(renderAuditReport(report, "text"));
        const s = report.summary;
        stderr(
            `audit: ${report.verdict === "pass" ? "PASS" : "FAIL"}: ${s.mandatory} mandatory (${s.advisory} advisory), ${s.drift} drift, ${s.unjudged} unjudged, ${s.pendingOperations} pending operation(s), ${s.pendingDeletion} pending deletion(s); wrote ${path.relative(process.cwd(), outDir) || "."}/\n`,
        );
        return report.exitCode;
    } catch (e) {
        if (e instanceof AuditError) {
            stderr(formatError(e));
            return 2;
        }
        const err = e instanceof Error ? e : new Error(String(e));
        stderr(
            `audit: internal error: ${printable(err.message.split("\n")[0])}${process.env.AUDIT_DEBUG ? `\n${err.stack}` : " (set AUDIT_DEBUG=1 for the stack trace)"}\n`,
        );
        return 2;
    }
}
