/**
 * Benchmarks (`npm run bench`): how long the program takes under the mock engine per stack, how fast config
 * validation is, and the process's peak memory. Targets live here, never in timed tests.
 */
import { performance } from "perf_hooks";
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import { readRawConfig, loadStackConfig, validateConfigMap } from "../components/stack/load";
import { ConfigValidationError } from "../components/config/errors";
import { validateStackConfig } from "../components/stack/validate";
import { deployCustody } from "../components/program";
import { CustodyMocks, runProgram } from "../tools/offline/mockEngine";
import { loadPackConfig, PackConfig, PackConfigError, startPolicyPack } from "../tools/offline/analyzer";
import { normalizePlan } from "../tools/offline/planToAnalyzer";
import { analyzePlan } from "../tools/offline/preview";
import { discoverStacks, projectName, readStackFile, stackFilePath, StackFileError } from "../tools/offline/stackFile";
import { benchAudit } from "./audit";
import { BenchEnv, BenchEnvError, benchUsage, PEAK_RSS_TARGET_MIB, readBenchArgs, readBenchEnv } from "./env";

const ROOT = path.resolve(__dirname, "..");
const STACKS = discoverStacks(ROOT);
/**
 * Targets: a stack's mock run under 1.5 s (p50), validation under 1 ms per config, the pack's start (ts-node
 * type-checking, as the CLI runs it) under 15 s, and a whole prod analysis (Analyze per resource + AnalyzeStack
 * over gRPC) under 2 s.
 */
const TARGETS = {
    programRunMsP50: 1500,
    validateMsPerConfig: 1,
    packStartMs: 15_000,
    analyzeProdMsP50: 2000,
    peakRssMiB: PEAK_RSS_TARGET_MIB,
    /** Issue 11: auditing a 10,000-resource export, drift included, at most 2x the pack's AnalyzeStack. */
    auditOverAnalyzeStack: 2,
};

function percentile(values: number[], p: number): number {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

interface BenchInputs {
    env: BenchEnv;
    /** The project's name (Pulumi.yaml's, what pulumi.getProject() returns): the program runs as that project. */
    project: string;
    /** Every stack's flat config, read and validated. */
    stacks: Array<{ stack: string; config: Record<string, string> }>;
    prodPackConfig: PackConfig;
}

/**
 * Every input, checked before anything is timed: the arguments, the environment, every stack file (an unfinished
 * Pulumi.<stack>.yaml next to the committed ones) with its config validated as the program validates it, and prod's
 * pack config. A bad one is a BenchEnvError naming the file and its problem, printed as one paragraph (exit 2).
 */
function readBenchInputs(argv: readonly string[]): BenchInputs | "help" {
    if (readBenchArgs(argv) === "help") return "help";
    const env = readBenchEnv();
    let project: string;
    try {
        project = projectName(ROOT);
    } catch (e) {
        if (e instanceof StackFileError) throw new BenchEnvError(`${e.message} (nothing was timed).`);
        throw e;
    }
    const stacks = STACKS.map(stack => {
        let file: string;
        try {
            // The stack file Pulumi reads (Pulumi.<stack> + the project file's extension), or a refusal naming both.
            file = stackFilePath(ROOT, stack);
        } catch (e) {
            if (e instanceof StackFileError) throw new BenchEnvError(`${e.message} (nothing was timed).`);
            throw e;
        }
        try {
            const { config } = readStackFile(file);
            validateConfigMap(config, project, stack);
            return { stack, config };
        } catch (e) {
            if (e instanceof StackFileError) throw new BenchEnvError(`${e.message} (nothing was timed).`);
            if (e instanceof ConfigValidationError)
                throw new BenchEnvError(
                    `${file}: ${e.message}\n(nothing was timed; fix the stack file, or move it away)`,
                );
            throw e;
        }
    });
    if (!STACKS.includes("prod"))
        throw new BenchEnvError(
            `${stackFilePath(ROOT, "prod")} is missing: bench analyses and audits prod (nothing was timed).`,
        );
    try {
        const prodPackConfig = loadPackConfig(path.join(ROOT, "policy-pack", "config", "prod.json"));
        return { env, project, stacks, prodPackConfig };
    } catch (e) {
        if (e instanceof PackConfigError)
            throw new BenchEnvError(
                `${[e.message, ...e.problems.map(p => `  - ${p}`)].join("\n")}\n(nothing was timed)`,
            );
        throw e;
    }
}

async function main(argv: readonly string[]): Promise<number> {
    // The inputs first: a bad one is one paragraph and exit 2, before any timing runs.
    let inputs: BenchInputs | "help";
    try {
        inputs = readBenchInputs(argv);
    } catch (e) {
        if (!(e instanceof BenchEnvError)) throw e;
        console.error(`bench: ${e.message}`);
        if (argv.length > 0) console.error(`\n${benchUsage()}`);
        return 2;
    }
    if (inputs === "help") {
        console.log(benchUsage());
        return 0;
    }
    const { env, project, stacks, prodPackConfig } = inputs;
    pulumi.runtime.setMocks(new CustodyMocks(false, "bench"), project, "bench", false);
    const results: Array<{ name: string; value: number; unit: string; target: number }> = [];
    for (const { stack, config } of stacks) {
        const times: number[] = [];
        for (let i = 0; i < 7; i++) {
            const start = performance.now();
            await runProgram({
                project,
                stack,
                config,
                preview: i % 2 === 1,
                program: () => deployCustody(loadStackConfig()),
            });
            times.push(performance.now() - start);
        }
        results.push({
            name: `program run ${stack} (p50 of 7)`,
            value: percentile(times, 50),
            unit: "ms",
            target: TARGETS.programRunMsP50,
        });
    }
    // Every stack's config, so every workload section of the registry is read and cross-checked.
    for (const { stack, config } of stacks) {
        const raw = readRawConfig(config);
        const n = 2000;
        const start = performance.now();
        for (let i = 0; i < n; i++) {
            validateStackConfig(raw, { project, stack });
        }
        results.push({
            name: `validate ${stack} config (mean of ${n})`,
            value: (performance.now() - start) / n,
            unit: "ms",
            target: TARGETS.validateMsPerConfig,
        });
    }

    const packStart = performance.now();
    const session = await startPolicyPack(path.join(ROOT, "policy-pack"));
    results.push({
        name: "policy pack start (type-checked)",
        value: performance.now() - packStart,
        unit: "ms",
        target: TARGETS.packStartMs,
    });
    try {
        const run = await runProgram({
            project,
            stack: "prod",
            config: stacks.find(s => s.stack === "prod")!.config,
            preview: false,
            program: () => deployCustody(loadStackConfig()),
        });
        const plan = normalizePlan(run.plan);
        const times: number[] = [];
        for (let i = 0; i < 5; i++) {
            const t = performance.now();
            const { violations } = await analyzePlan(session, plan, prodPackConfig);
            times.push(performance.now() - t);
            if (violations.some(v => v.enforcementLevel === "mandatory"))
                throw new Error("the prod stack has a mandatory violation: run the offline preview");
        }
        results.push({
            name: `analyze prod, ${plan.resources.length} resources (p50 of 5)`,
            value: percentile(times, 50),
            unit: "ms",
            target: TARGETS.analyzeProdMsP50,
        });
        // 10,000 per issue 11; BENCH_AUDIT_RESOURCES=1000 for a quick figure (the pack's AnalyzeStack grows faster
        // than linearly with the stack).
        const audit = await benchAudit(session, plan, env.auditResources);
        console.log(
            `audit of a ${audit.resources}-resource export (${audit.driftItems} drift items): ${audit.auditMs.toFixed(0)} ms; the pack's AnalyzeStack on the same resources: ${audit.analyzeStackMs.toFixed(0)} ms`,
        );
        results.push({
            name: `audit ${audit.resources} resources / AnalyzeStack`,
            value: audit.ratio,
            unit: "x",
            target: TARGETS.auditOverAnalyzeStack,
        });
    } finally {
        await session.close();
    }
    results.push({
        name: "peak RSS",
        value: process.memoryUsage().rss / 1024 / 1024,
        unit: "MiB",
        target: TARGETS.peakRssMiB,
    });

    let failed = 0;
    for (const r of results) {
        const ok = r.value <= r.target;
        failed += ok ? 0 : 1;
        console.log(
            `${ok ? "ok  " : "SLOW"} ${r.name.padEnd(42)} ${r.value.toFixed(3).padStart(10)} ${r.unit} (target <= ${r.target} ${r.unit})`,
        );
    }
    return failed === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
    code => process.exit(code),
    err => {
        console.error(err);
        process.exit(2);
    },
);
