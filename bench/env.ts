/**
 * The benchmark's inputs from the environment, every one checked before anything is timed: a value that is not
 * what it must be (BENCH_AUDIT_RESOURCES=abc is NaN, "" is 0) would otherwise run every timing first and then
 * measure something else, or fail deep inside the audit. A BENCH_* name bench does not read (a misspelling) is
 * refused too, so a run never silently measures the default.
 */

/** Bench's target for the process's peak RSS (bench/run.ts TARGETS.peakRssMiB). */
export const PEAK_RSS_TARGET_MIB = 1024;

/**
 * The largest export bench audits. Building and reading the export costs the bench process about 12 KiB of heap per
 * resource before the audit's own work (measured: 121 MiB for 10,000 resources: the export's JSON text, its two
 * parses, the state as a plan, the Analyze requests), so beyond 100,000 resources that alone is over 1.2 GiB, over
 * the PEAK_RSS_TARGET_MIB target: no larger run can meet the target bench measures, and a typo with extra zeros
 * (10000000000) would run every timing first and then die of heap exhaustion inside the audit. 50,000 (about
 * 600 MiB) stays within it. Checked with the other inputs, before anything is timed.
 */
export const MAX_AUDIT_RESOURCES = 100_000;

/** Every environment variable bench reads, with what it sets. */
export const BENCH_VARIABLES = {
    BENCH_AUDIT_RESOURCES: `the size of the audited export, 1 to ${MAX_AUDIT_RESOURCES} (default 10000, the issue 11 target; 1000 for a quick figure)`,
} as const;

export interface BenchEnv {
    auditResources: number;
}

export class BenchEnvError extends Error {}

const POSITIVE_INTEGER = /^[1-9][0-9]*$/;

/** The benchmark's settings from `env`; a BenchEnvError naming the variable and the accepted form otherwise. */
export function readBenchEnv(env: NodeJS.ProcessEnv = process.env): BenchEnv {
    const problems: string[] = [];
    for (const name of Object.keys(env).filter(k => k.startsWith("BENCH_"))) {
        if (!Object.prototype.hasOwnProperty.call(BENCH_VARIABLES, name))
            problems.push(
                `${name} is not a variable bench reads (it reads ${Object.keys(BENCH_VARIABLES).join(", ")}); unset it or fix its name`,
            );
    }
    let auditResources = 10_000;
    const raw = env.BENCH_AUDIT_RESOURCES;
    if (raw !== undefined) {
        const value = raw.trim();
        if (!POSITIVE_INTEGER.test(value) || !Number.isSafeInteger(Number(value)))
            problems.push(
                `BENCH_AUDIT_RESOURCES=${JSON.stringify(raw)} is not a positive whole number of resources: set it to one, e.g. BENCH_AUDIT_RESOURCES=1000, or unset it for 10000`,
            );
        else if (Number(value) > MAX_AUDIT_RESOURCES)
            problems.push(
                `BENCH_AUDIT_RESOURCES=${value} is over ${MAX_AUDIT_RESOURCES}, the largest export bench audits (at about 12 KiB of the bench process's memory per resource, a larger export alone exceeds its ${PEAK_RSS_TARGET_MIB} MiB peak-RSS target): set it to 1 to ${MAX_AUDIT_RESOURCES}, e.g. BENCH_AUDIT_RESOURCES=50000, or unset it for 10000`,
            );
        else auditResources = Number(value);
    }
    if (problems.length > 0) throw new BenchEnvError(`${problems.join("; ")} (nothing was timed).`);
    return { auditResources };
}

/** `npm run bench -- --help`. */
export function benchUsage(): string {
    return [
        "usage: npm run bench            (no arguments; settings come from the environment)",
        "",
        "  times the program under the mock engine for every Pulumi.<stack>.yaml, config validation, the policy",
        "  pack's start, an analysis of prod, and an audit of a large export, each against its target",
        "",
        "environment:",
        ...Object.entries(BENCH_VARIABLES).map(([name, what]) => `  ${name}  ${what}`),
        "",
        "exit status: 0 every target met, 1 a target missed, 2 a bad argument, variable or input (nothing timed)",
    ].join("\n");
}

/**
 * The benchmark's command line: `--help` (or `-h`) alone, or nothing. Any other argument is refused before anything
 * is timed (the other tools' `--stack dev` would otherwise be ignored and every stack timed, for minutes), as the
 * tools refuse an unknown flag (tools/private/flags.ts).
 */
export function readBenchArgs(argv: readonly string[]): "help" | "run" {
    if (argv.length === 0) return "run";
    if (argv.length === 1 && (argv[0] === "--help" || argv[0] === "-h")) return "help";
    const stray = argv.find(a => a !== "--help" && a !== "-h") ?? argv[1];
    throw new BenchEnvError(
        `${stray.startsWith("-") ? `unknown option ${stray}` : `unexpected argument "${stray}"`}: bench takes no arguments ` +
            `(it times every stack; its one setting is ${Object.keys(BENCH_VARIABLES).join(", ")}, e.g. BENCH_AUDIT_RESOURCES=1000 npm run bench) (nothing was timed).`,
    );
}
