/**
 * One problem with one config key. `key` is the full dotted path under the project namespace
 * (e.g. `signer.shares.threshold`), so the message can be pasted straight into `pulumi config set`.
 */
export interface ConfigProblem {
    key: string;
    message: string;
}

export const CONFIG_NAMESPACE = "custody-infra";

/**
 * Thrown by the pure validator with every problem it found, not just the first: a platform team fixing a
 * stack file wants the whole list in one run.
 */
export class ConfigValidationError extends Error {
    constructor(public readonly problems: ConfigProblem[]) {
        super(formatProblems(problems));
        this.name = "ConfigValidationError";
    }
}

export function formatProblems(problems: ConfigProblem[]): string {
    const lines = problems.map(p => `  - ${CONFIG_NAMESPACE}:${p.key}: ${p.message}`);
    return `invalid stack configuration (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n${lines.join("\n")}`;
}
