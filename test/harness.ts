import * as path from "path";
import { loadStackConfig } from "../components/stack/load";
import { deployCustody } from "../components/program";
import { Plan, PlanResource, runProgram } from "../tools/offline/mockEngine";
import { readStackFile, stackFilePath } from "../tools/offline/stackFile";

export const PROJECT_DIR = path.resolve(__dirname, "..");

export interface StackRun {
    plan: Plan;
    defaultProviderUses: string[];
    byType(type: string): PlanResource[];
    one(type: string, name: string): PlanResource;
}

/** The config of a committed stack file, as flat engine config. */
export function stackConfig(stack: string): Record<string, string> {
    return readStackFile(stackFilePath(PROJECT_DIR, stack)).config;
}

/** Runs the real program (index.ts's two calls) under the recording mock engine. */
export async function runStack(opts: {
    stack: string;
    config?: Record<string, string>;
    preview?: boolean;
}): Promise<StackRun> {
    const result = await runProgram({
        project: "custody-infra",
        stack: opts.stack,
        config: opts.config ?? stackConfig(opts.stack),
        preview: opts.preview ?? false,
        program: () => deployCustody(loadStackConfig()),
    });
    const resources = result.plan.resources;
    return {
        ...result,
        byType: type => resources.filter(r => r.type === type),
        one: (type, name) => {
            const found = resources.filter(r => r.type === type && r.name === name);
            if (found.length !== 1) {
                throw new Error(
                    `expected one ${type} named ${name}, found ${found.length}: ${resources
                        .filter(r => r.type === type)
                        .map(r => r.name)
                        .join(", ")}`,
                );
            }
            return found[0];
        },
    };
}

/** Edits one JSON-valued config key of a stack (tests of bad and variant configs). */
export function withConfig(
    base: Record<string, string>,
    key: string,
    edit: (value: any) => any,
): Record<string, string> {
    const full = `custody-infra:${key}`;
    const current = base[full] === undefined ? undefined : JSON.parse(base[full]);
    const next = edit(current === undefined ? undefined : JSON.parse(JSON.stringify(current)));
    const out = { ...base };
    if (next === undefined) {
        delete out[full];
    } else {
        out[full] = typeof next === "string" ? next : JSON.stringify(next);
    }
    return out;
}
