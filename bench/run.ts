/**
 * Benchmarks (`npm run bench`): how long the program takes under the mock engine per stack, how fast config
 * validation is, and the process's peak memory. Targets live here, never in timed tests.
 */
import { performance } from "perf_hooks";
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import { readRawConfig, loadStackConfig } from "../components/config/load";
import { validateStackConfig } from "../components/config/validate";
import { deployCustody } from "../components/program";
import { CustodyMocks, runProgram } from "../tools/offline/mockEngine";
import { readStackFile, stackFilePath } from "../tools/offline/stackFile";

const ROOT = path.resolve(__dirname, "..");
const STACKS = ["dev", "prod", "basil", "trust-domain", "curity", "cross-account"];
/** Targets: a stack's mock run under 1.5 s (p50), validation under 1 ms per config. */
const TARGETS = { programRunMsP50: 1500, validateMsPerConfig: 1, peakRssMiB: 1024 };

function percentile(values: number[], p: number): number {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<number> {
    pulumi.runtime.setMocks(new CustodyMocks(false, "bench"), "custody-infra", "bench", false);
    const results: Array<{ name: string; value: number; unit: string; target: number }> = [];
    for (const stack of STACKS) {
        const { config } = readStackFile(stackFilePath(ROOT, stack));
        const times: number[] = [];
        for (let i = 0; i < 7; i++) {
            const start = performance.now();
            await runProgram({ project: "custody-infra", stack, config, preview: i % 2 === 1, program: () => deployCustody(loadStackConfig()) });
            times.push(performance.now() - start);
        }
        results.push({ name: `program run ${stack} (p50 of 7)`, value: percentile(times, 50), unit: "ms", target: TARGETS.programRunMsP50 });
    }
    const raw = readRawConfig(readStackFile(stackFilePath(ROOT, "prod")).config);
    const n = 2000;
    const start = performance.now();
    for (let i = 0; i < n; i++) {
        validateStackConfig(raw, { project: "custody-infra", stack: "prod" });
    }
    results.push({ name: `validate prod config (mean of ${n})`, value: (performance.now() - start) / n, unit: "ms", target: TARGETS.validateMsPerConfig });
    results.push({ name: "peak RSS", value: process.memoryUsage().rss / 1024 / 1024, unit: "MiB", target: TARGETS.peakRssMiB });

    let failed = 0;
    for (const r of results) {
        const ok = r.value <= r.target;
        failed += ok ? 0 : 1;
        console.log(`${ok ? "ok  " : "SLOW"} ${r.name.padEnd(42)} ${r.value.toFixed(3).padStart(10)} ${r.unit} (target <= ${r.target} ${r.unit})`);
    }
    return failed === 0 ? 0 : 1;
}

main().then(code => process.exit(code), err => { console.error(err); process.exit(2); });
