/**
 * `npm run preview:offline -- [--stack dev] [--config FILE] [--out DIR] [--json] [--preview]`: the command
 * behind tools/offline/cli.ts, callable in-process (tests inject a running policy pack and capture output).
 * Exit status: 0 no mandatory violation, 1 a mandatory violation, 2 a usage, config or program error.
 */
import * as fs from "fs";
import * as path from "path";
import type { AnalyzerSession } from "./analyzer";
import { FlagSpec, parseFlags, UsageError } from "../private/flags";
import { outDirProblem } from "../private/outDir";

export { UsageError };
import { custodyModelOfFile, engineViewOf } from "./engineView";
import { buildReport, OfflineReport, renderReport } from "./report";
import { OfflinePreviewError, OfflinePreviewResult, PROJECT_DIR, runOfflinePreview } from "./preview";
import { discoverStacks, stackNameProblem } from "./stackFile";
import { UNKNOWN_SENTINEL } from "./planToAnalyzer";

export function usage(projectDir = PROJECT_DIR): string {
    let stacks: string[];
    try {
        stacks = discoverStacks(projectDir);
    } catch {
        stacks = [];
    }
    return `Usage: npm run preview:offline -- [--stack NAME] [--config FILE] [--out DIR] [--json] [--preview]

Runs a stack's program under Pulumi's mock engine (no cloud account, no Pulumi CLI, no cluster) and sends
every resource to the custody-guard policy pack, started as \`pulumi preview --policy-pack policy-pack\`
starts it. Prints what the stack creates, who can use each key and role, and the pack's verdict.

Options:
  --stack NAME   stack to preview: config Pulumi.NAME.yaml, pack config policy-pack/config/NAME.json
                 (default: dev; stacks here: ${stacks.join(", ") || "none"})
  --config FILE  read the config from FILE (same format as Pulumi.<stack>.yaml) instead of
                 Pulumi.<stack>.yaml; --stack still names the stack and selects the pack config
  --out DIR      write plan.json, manifests/*.yaml, report.md and report.json to DIR
                 (default: out/<stack>/); DIR must be a directory or not exist yet (it is created)
  --json         print the machine-readable report on stdout (and nothing else; progress on stderr)
  --preview      leave computed outputs (ARNs, key ids) unknown, as a first \`pulumi preview\` does
  -h, --help     print this help

Exit status: 0 no mandatory violation (advisories are printed), 1 a mandatory violation,
2 a usage, config or program error.
`;
}

export interface CliOptions {
    stack: string;
    configFile?: string;
    outDir?: string;
    json: boolean;
    preview: boolean;
    help: boolean;
}

const FLAGS: FlagSpec<"stack" | "configFile" | "outDir", "json" | "preview" | "help"> = {
    values: {
        "--stack": { option: "stack", example: "a stack name, e.g. --stack prod" },
        "--config": { option: "configFile", example: "a stack file, e.g. --config Pulumi.prod.yaml" },
        "--out": { option: "outDir", example: "a directory, e.g. --out out/dev", output: true },
    },
    booleans: { "--json": "json", "--preview": "preview", "--help": "help", "-h": "help" },
    strayHint: "--stack",
};

/** Parses the arguments after `--`; throws UsageError for unknown flags, missing or repeated values. */
export function parseArgs(argv: readonly string[]): CliOptions {
    const { values, booleans } = parseFlags(argv, FLAGS);
    return {
        stack: values.stack ?? "dev",
        ...(values.configFile !== undefined ? { configFile: values.configFile } : {}),
        ...(values.outDir !== undefined ? { outDir: values.outDir } : {}),
        json: booleans.json === true,
        preview: booleans.preview === true,
        help: booleans.help === true,
    };
}

export interface MainEnv {
    /** Where the report (or the JSON) goes; default process.stdout. */
    stdout?: (text: string) => void;
    /** Progress and errors; default process.stderr. */
    stderr?: (text: string) => void;
    /** A running policy pack to reuse (tests); otherwise one is started for this run. */
    session?: AnalyzerSession;
    projectDir?: string;
}

/** plan.json: every resource the program registered, as recorded (unknowns are the engine's sentinel). */
function planFile(result: OfflinePreviewResult): unknown {
    return {
        project: result.project,
        stack: result.stack,
        preview: result.preview,
        configFile: result.configFile,
        secureValues: result.secureValues,
        unknownSentinel: UNKNOWN_SENTINEL,
        resources: result.plan.resources.map(r => ({
            urn: r.urn,
            type: r.type,
            name: r.name,
            custom: r.custom,
            id: r.id ?? null,
            parent: r.parent ?? null,
            provider: r.provider ?? null,
            providerUrn: r.providerUrn ?? null,
            account: r.account ?? null,
            inputs: r.inputs,
            outputs: r.outputs,
            options: r.options,
            dependencies: r.dependencies,
            propertyDependencies: r.propertyDependencies,
        })),
        outputs: result.plan.outputs,
        defaultProviderUses: result.defaultProviderUses,
    };
}

/** Lists what a run wrote into --out, so the next run removes exactly that and never a user's own files. */
const MARKER = ".offline-preview.json";

function writeOutputs(outDir: string, result: OfflinePreviewResult, report: OfflineReport): void {
    fs.mkdirSync(path.join(outDir, "manifests"), { recursive: true });
    const written: string[] = [];
    const write = (rel: string, text: string) => {
        fs.writeFileSync(path.join(outDir, rel), text);
        written.push(rel);
    };
    write("plan.json", `${JSON.stringify(planFile(result), null, 2)}\n`);
    for (const m of result.manifests) write(path.posix.join("manifests", m.file), m.yaml);
    write("report.md", renderReport(report, "markdown"));
    write("report.json", `${JSON.stringify(report, null, 2)}\n`);
    fs.writeFileSync(
        path.join(outDir, MARKER),
        `${JSON.stringify({ writtenBy: "custody-infra offline preview", files: written }, null, 2)}\n`,
    );
}

/** The files a previous run recorded in its marker ([] when there is none). */
function previousOutputs(outDir: string): string[] {
    const markerPath = path.join(outDir, MARKER);
    if (!fs.existsSync(markerPath)) return [];
    try {
        const files = (JSON.parse(fs.readFileSync(markerPath, "utf8")) as { files?: unknown }).files;
        if (!Array.isArray(files)) throw new Error("no file list");
        // Only plain relative paths this tool can have written: never follow `..` or absolute paths.
        return files.filter(
            (f): f is string =>
                typeof f === "string" && /^(plan\.json|report\.md|report\.json|manifests\/[^/]+\.yaml)$/.test(f),
        );
    } catch {
        throw new OfflinePreviewError(
            "usage",
            `${markerPath} is not the offline preview's record of its files; remove it or choose another --out directory.`,
        );
    }
}

/**
 * Removes what a previous run wrote (listed in its marker), so a failed run never leaves a stale verdict
 * behind. A file with an output's name that the marker does not list is the user's: refuse, delete nothing.
 */
function clearOutputs(outDir: string): void {
    if (!fs.existsSync(outDir)) return;
    const previous = new Set(previousOutputs(outDir));
    const foreign = ["plan.json", "report.md", "report.json"].filter(
        f => fs.existsSync(path.join(outDir, f)) && !previous.has(f),
    );
    const manifestsDir = path.join(outDir, "manifests");
    if (fs.existsSync(manifestsDir)) {
        if (!fs.statSync(manifestsDir).isDirectory()) foreign.push("manifests");
        else
            foreign.push(
                ...fs
                    .readdirSync(manifestsDir)
                    .map(e => `manifests/${e}`)
                    .filter(f => !previous.has(f)),
            );
    }
    if (foreign.length > 0) {
        throw new OfflinePreviewError(
            "usage",
            `${outDir} holds ${foreign.join(", ")}, which the offline preview did not write; move ${foreign.length === 1 ? "it" : "them"} or choose another --out directory (nothing was deleted).`,
        );
    }
    for (const rel of previous) fs.rmSync(path.join(outDir, rel), { force: true });
    if (fs.existsSync(manifestsDir) && fs.readdirSync(manifestsDir).length === 0) fs.rmdirSync(manifestsDir);
    fs.rmSync(path.join(outDir, MARKER), { force: true });
}

function displayPath(p: string): string {
    const rel = path.relative(process.cwd(), p);
    return rel === "" ? "." : rel.startsWith("..") || path.isAbsolute(rel) ? p : rel;
}

function formatError(e: OfflinePreviewError | UsageError | Error): string {
    const details = e instanceof OfflinePreviewError ? e.details : [];
    return `offline preview: ${e.message}${details.map(d => `\n  - ${d}`).join("")}\n`;
}

export async function main(argv: readonly string[], env: MainEnv = {}): Promise<number> {
    const stdout = env.stdout ?? (s => void process.stdout.write(s));
    const stderr = env.stderr ?? (s => void process.stderr.write(s));
    const projectDir = env.projectDir ?? PROJECT_DIR;
    let opts: CliOptions;
    try {
        opts = parseArgs(argv);
    } catch (e) {
        if (!(e instanceof UsageError)) throw e;
        stderr(`offline preview: ${e.message} Run with --help for the options.\n`);
        return 2;
    }
    if (opts.help) {
        stdout(usage(projectDir));
        return 0;
    }
    // The stack name first: it is a path segment of the default --out (out/<stack>/; `..` would be the project
    // root), so it is checked before any directory is resolved, prepared or removed.
    const badName = stackNameProblem(opts.stack);
    if (badName) {
        stderr(`offline preview: ${badName}\n`);
        return 2;
    }
    const outDir = path.resolve(opts.outDir ?? path.join(projectDir, "out", opts.stack));
    // --out is checked before the program runs and before anything is removed or written.
    const outProblem = outDirProblem(outDir, opts.outDir === undefined ? "the default --out" : "--out");
    if (outProblem) {
        stderr(`offline preview: ${outProblem}\n`);
        return 2;
    }
    try {
        clearOutputs(outDir);
        const result = await runOfflinePreview({
            stack: opts.stack,
            configFile: opts.configFile,
            preview: opts.preview,
            projectDir,
            session: env.session,
            log: m => stderr(`offline preview: ${m}\n`),
        });
        const report = buildReport(
            result,
            outDir,
            await engineViewOf(result.plan, custodyModelOfFile(result.packConfigFile)),
        );
        writeOutputs(outDir, result, report);
        if (opts.json) stdout(`${JSON.stringify(report, null, 2)}\n`);
        else stdout(renderReport(report, "text"));
        if (result.secureValues.length) {
            stderr(
                `offline preview: ${result.secureValues.length} secure value${result.secureValues.length === 1 ? "" : "s"} (${result.secureValues.join(", ")}) replaced by a placeholder: ${result.secureValues.length === 1 ? "it" : "they"} cannot be decrypted offline.\n`,
            );
        }
        stderr(
            `offline preview: ${report.verdict === "pass" ? "no mandatory violation" : `${report.summary.mandatory} mandatory violation${report.summary.mandatory === 1 ? "" : "s"}`} (${report.summary.advisory} advisory); wrote ${displayPath(outDir)}/\n`,
        );
        return report.exitCode;
    } catch (e) {
        if (e instanceof OfflinePreviewError) {
            stderr(formatError(e));
            return 2;
        }
        // A bug of the tool itself: still one paragraph; the trace only on request.
        const err = e instanceof Error ? e : new Error(String(e));
        stderr(
            `offline preview: internal error: ${err.message.split("\n")[0]}${process.env.OFFLINE_PREVIEW_DEBUG ? `\n${err.stack}` : " (set OFFLINE_PREVIEW_DEBUG=1 for the stack trace)"}\n`,
        );
        return 2;
    }
}
