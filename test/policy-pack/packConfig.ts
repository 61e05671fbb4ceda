/**
 * The whole pack config as Configure would store it (model/packConfig.ts), for tests that call policies
 * in-process: the allowlist verdicts read the custody model from it. `useStackPackConfig("prod")` installs
 * policy-pack/config/prod.json for the enclosing describe block and restores an empty config afterwards.
 */
import * as fs from "fs";
import * as path from "path";
import { PackConfig, setPackConfig } from "../../policy-pack/model/packConfig";

const CONFIG_DIR = path.resolve(__dirname, "../../policy-pack/config");

/** A stack's pack config file as Configure hands it over: every section as `{ enforcementLevel?, ...props }`. */
export function stackPackConfig(stack: string): PackConfig {
    const raw = JSON.parse(fs.readFileSync(path.join(CONFIG_DIR, `${stack}.json`), "utf8")) as Record<string, unknown>;
    const out: Record<string, Record<string, unknown>> = {};
    for (const [name, value] of Object.entries(raw)) {
        out[name] = typeof value === "string" ? { enforcementLevel: value } : (value as Record<string, unknown>);
    }
    return out;
}

export function custodyModelOf(stack: string): Record<string, unknown> {
    const { enforcementLevel: _level, ...model } = stackPackConfig(stack)["custody-model"];
    return model;
}

/** Installs a pack config for the enclosing mocha block. */
export function usePackConfig(config: () => PackConfig): void {
    before(() => setPackConfig(config()));
    after(() => setPackConfig({}));
}

export function useStackPackConfig(stack: string): void {
    usePackConfig(() => stackPackConfig(stack));
}
