/**
 * `npm run custody-model -- --stack NAME [--config FILE] [--check] [--write]`: generates the custody model of a
 * stack from its `Pulumi.<stack>.yaml`, prints it, writes it into `policy-pack/config/<stack>.json` under
 * `custody-model` (keeping the other sections), or checks that the committed one agrees. The pack never reads the
 * program: this command is how the model reaches the pack config, for review and commit.
 *
 * Exit status: 0 done (or the committed model agrees), 1 the committed model differs (--check), 2 a usage, stack
 * config or pack config error, printed with what to fix.
 */
import * as fs from "fs";
import * as path from "path";
import * as prettier from "prettier";
import { validateConfigMap } from "../../components/stack/load";
import { ConfigValidationError } from "../../components/config/errors";
import { StackConfig } from "../../components/workloads";
import { CUSTODY_MODEL_SECTION, custodyModelProblems } from "../../policy-pack/custody/parse";
import type { CustodyModel } from "../../policy-pack/custody/types";
import {
    discoverStacks,
    readStackFile,
    SECRET_PLACEHOLDER,
    stackFilePath,
    StackFileError,
    stackNameProblem,
} from "../offline/stackFile";
import { generateCustodyModel } from "./generate";
import { OperationsProblem, readOperations } from "./operations";
import type { Workload } from "../../policy-pack/custody/types";
import { lineDiff } from "./diff";
import { FlagSpec, parseFlags, UsageError } from "../private/flags";
import {
    AnalyzerInfo,
    PackConfig,
    PackConfigError,
    packConfigByteOrderMark,
    packConfigDuplicates,
    packConfigPathText,
    packConfigPresent,
    packConfigRefusals,
} from "../offline/analyzer";
import { InputFileError, pathState, readInputFile, writeTargetProblem } from "../private/paths";
import { DuplicateJsonKeyError, parseJsonStrict } from "../../components/config/json";
import { allPolicies } from "../../policy-pack/rules";
import { prototypeKeyProblems } from "../../policy-pack/private/packConfigCheck";

export const PROJECT_DIR = path.resolve(__dirname, "..", "..");

export { UsageError };

export interface Options {
    stack: string;
    configFile?: string;
    check: boolean;
    write: boolean;
}

export function usage(): string {
    return [
        "usage: npm run custody-model -- --stack NAME [--config FILE] [--check | --write]",
        "",
        "  --stack NAME   the stack: reads Pulumi.NAME.yaml, targets policy-pack/config/NAME.json",
        "  --config FILE  read this stack file (Pulumi.<stack>.yaml format) instead",
        "  --write        put the model into policy-pack/config/NAME.json under custody-model, keeping other sections",
        "                 (nothing is written if the offline preview would refuse the resulting pack config)",
        "  --check        exit 1, with a diff, when the committed model differs from the generated one",
        "  (neither)      print the model",
        "",
        "  each flag at most once; --flag=value works too (--stack=prod)",
        "",
        "exit status: 0 ok, 1 the committed model differs (--check), 2 usage or config error (all of them at once)",
    ].join("\n");
}

// The one shared parser (tools/private/flags.ts), as the offline preview and the audit use: `--flag value` and
// `--flag=value`, and a flag given twice is refused (a pasted command with a leftover `--stack` would otherwise
// make --write replace the other stack's model).
const FLAGS: FlagSpec<"stack" | "configFile", "check" | "write" | "help"> = {
    values: {
        "--stack": { option: "stack", example: "a stack name, e.g. --stack prod" },
        "--config": { option: "configFile", example: "a stack file, e.g. --config Pulumi.prod.yaml" },
    },
    booleans: { "--check": "check", "--write": "write", "--help": "help", "-h": "help" },
    strayHint: "--stack",
};

export function parseArgs(argv: readonly string[]): Options | "help" {
    const { values, booleans } = parseFlags(argv, FLAGS);
    if (booleans.help) return "help";
    const opts: Options = {
        stack: values.stack ?? "",
        ...(values.configFile !== undefined ? { configFile: values.configFile } : {}),
        check: booleans.check === true,
        write: booleans.write === true,
    };
    if (!opts.stack) throw new UsageError("--stack NAME is required (the stack whose model to generate).");
    const badName = stackNameProblem(opts.stack);
    if (badName) throw new UsageError(`--stack ${badName}`);
    if (opts.check && opts.write) throw new UsageError("--check and --write exclude each other; pass one.");
    return opts;
}

/** Every problem of a stack file, under its full config key (`custody-infra:...`, `custody:operations...`). */
export class StackConfigProblems extends Error {
    constructor(readonly problems: readonly OperationsProblem[]) {
        super(problems.map(p => `${p.key}: ${p.message}`).join("; "));
        this.name = "StackConfigProblems";
    }
}

/**
 * The stack's config, validated by the program's own validator, and the operations helpers its
 * `custody:operations` names (tools/custody-model/operations.ts): every bad key of both at once, with its fix.
 */
export function readStackInputs(
    stack: string,
    file: string,
    projectDir?: string,
): { cfg: StackConfig; operations: Workload[] } {
    // The one loader (tools/offline/stackFile.ts): Pulumi.yaml's project config applied as Pulumi applies it, and
    // the project's name from Pulumi.yaml (what pulumi.getProject() returns: the key aliases are scoped by it).
    const { project, config, secureValues } = readStackFile(file, projectDir);
    const problems: OperationsProblem[] = [];
    let cfg: StackConfig | undefined;
    try {
        cfg = validateConfigMap(config, project, stack);
    } catch (e) {
        if (!(e instanceof ConfigValidationError)) throw e;
        problems.push(...e.problems.map(p => ({ key: `custody-infra:${p.key}`, message: p.message })));
    }
    const operations = readOperations(config, cfg, cfg ? generateCustodyModel(cfg) : undefined, problems);
    if (problems.length > 0 || !cfg) throw new StackConfigProblems(secureProblems(problems, secureValues));
    if (secureValues.length > 0 && JSON.stringify(generateCustodyModel(cfg, operations)).includes(SECRET_PLACEHOLDER)) {
        throw new StackFileError(
            `${file}: the custody model would contain a secure value (${secureValues.join(", ")}), which cannot be decrypted offline; ` +
                "write that key in plain text (ARNs and names are not secrets).",
        );
    }
    return { cfg, operations };
}

/**
 * A `secure:` value is checked as the placeholder it was replaced by (it cannot be decrypted offline): a problem
 * under that key says so and how to fix it, instead of calling a valid encrypted value malformed.
 */
function secureProblems(problems: readonly OperationsProblem[], secureValues: readonly string[]): OperationsProblem[] {
    const secure = new Set(secureValues);
    return problems.map(p =>
        secure.has(p.key)
            ? { key: p.key, message: SECURE_VALUE_PROBLEM }
            : { key: p.key, message: p.message.split(`"${SECRET_PLACEHOLDER}"`).join("a secure: value") },
    );
}

const SECURE_VALUE_PROBLEM =
    "is a secure: value, which cannot be decrypted offline, so it cannot be checked nor put in the custody model: " +
    "write that key in plain text (account ids, ARNs and names are not secrets).";

/** The stack's config, validated by the program's own validator (every bad key with its fix). */
export function readStackConfig(stack: string, file: string, projectDir?: string): StackConfig {
    return readStackInputs(stack, file, projectDir).cfg;
}

export function packConfigPath(projectDir: string, stack: string): string {
    return path.join(projectDir, "policy-pack", "config", `${stack}.json`);
}

function readPackConfig(file: string): Record<string, unknown> | undefined {
    let text: string;
    try {
        // The one check of the pack config's path, as the offline preview and the audit read it (packConfigPresent,
        // tools/private/paths.ts): missing is "no pack config"; a directory, a dangling or looping link, a file
        // where policy-pack/config should be a directory, a pipe: refused, before anything is written.
        if (!packConfigPresent(file)) return undefined;
        text = readInputFile(file, "a pack config", { regularOnly: true }).toString("utf8");
    } catch (e) {
        if (e instanceof PackConfigError) throw new StackFileError(`${e.message} (nothing was written).`);
        if (e instanceof InputFileError) throw new StackFileError(`${packConfigPathText(e)} (nothing was written).`);
        throw e;
    }
    const byteOrderMark = packConfigByteOrderMark(file, text);
    if (byteOrderMark) throw new StackFileError(byteOrderMark);
    let parsed: unknown;
    try {
        // Strict, as the offline preview and the audit read it (loadPackConfig): two custody-model sections (a hand
        // merge) are refused, not compared by the last one while a reviewer reads the first.
        parsed = parseJsonStrict(text);
    } catch (e) {
        if (e instanceof DuplicateJsonKeyError) throw new StackFileError(packConfigDuplicates(file, e));
        throw new StackFileError(`${file} is not valid JSON (${(e as Error).message}); fix or restore it first.`);
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
        throw new StackFileError(`${file} is not a JSON object of policy sections; fix or restore it first.`);
    }
    // `__proto__` (and `constructor`, `prototype`) at any depth, refused as the preview and the audit refuse them
    // (policy-pack/private/packConfigCheck.ts PROTOTYPE_KEYS): the pack under the CLI never sees a `__proto__` key,
    // so --check must not agree with, nor --write keep, a file that holds one.
    const reserved = prototypeKeyProblems(parsed);
    if (reserved.length > 0)
        throw new StackFileError(
            `${file} holds ${reserved.length === 1 ? "a key" : "keys"} no pack config may hold; fix ${reserved.length === 1 ? "it" : "them"} first:\n` +
                reserved.map(p => `  - ${p}`).join("\n"),
        );
    return parsed as Record<string, unknown>;
}

/**
 * The pack's policies as the analyzer reports them (name, level, config schema), read from its rule registry:
 * what resolvePackConfig, the preview's and the audit's check of a pack config, needs, without starting the pack.
 */
function packInfo(): AnalyzerInfo {
    return {
        name: "custody-guard",
        version: "",
        description: "",
        supportsConfig: true,
        policies: allPolicies.map(p => ({
            name: p.name,
            description: p.description,
            type: "unknown" as const,
            enforcementLevel: p.enforcementLevel ?? "advisory",
            severity: p.severity ?? "unspecified",
            remediationSteps: p.remediationSteps ?? "",
            url: "",
            ...(p.configSchema
                ? {
                      configSchema: {
                          properties: p.configSchema.properties as Record<string, Record<string, unknown>>,
                          required: p.configSchema.required ?? [],
                      },
                  }
                : {}),
        })),
    };
}

/**
 * Every problem of a pack config as the offline preview and the audit would name it (the CLI's reading plus the
 * pack's own Configure check), so --write never writes a file they then refuse (a level "mandtory" in another
 * section, a section naming no policy).
 */
function packConfigFileProblems(config: Record<string, unknown>): string[] {
    return packConfigRefusals(packInfo(), config as PackConfig);
}

/** Formatted as `prettier --check` expects, so a written file passes the lint step unchanged. */
async function formatJson(file: string, value: unknown): Promise<string> {
    const options = (await prettier.resolveConfig(file)) ?? {};
    return prettier.format(JSON.stringify(value, null, 2), { ...options, filepath: file, parser: "json" });
}

/** A JSON value with every object's keys in sorted order, at every depth (arrays keep their order). */
function sortedKeys(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(sortedKeys);
    if (value && typeof value === "object") {
        const obj = value as Record<string, unknown>;
        return Object.fromEntries(
            Object.keys(obj)
                .sort()
                .map(k => [k, sortedKeys(obj[k])]),
        );
    }
    return value;
}

/**
 * A `--config` named `Pulumi.<other>.yaml` (or .yml, .json), <other> a stack of this project, is stack <other>'s own stack file
 * (Pulumi's naming, the one discoverStacks reads): with `--stack <name>` it would model <name> from <other>'s
 * accounts, shares and issuers, and --write would put that into policy-pack/config/<name>.json. Refused by its file
 * name, like a repeated --stack (a leftover flag in a pasted command); a copy under another name stays accepted.
 */
function otherStacksFile(configFile: string, stack: string, projectDir: string): string | undefined {
    const base = path.basename(configFile);
    const other = /^Pulumi\.(.+)\.(?:json|yaml|yml)$/.exec(base)?.[1];
    if (other === undefined || other === stack || !discoverStacks(projectDir).includes(other)) return undefined;
    return (
        `--config ${configFile} is stack ${other}'s own stack file (${base}), not stack ${stack}'s: the model of stack ${stack} ` +
        `(and --write into policy-pack/config/${stack}.json) would come from stack ${other}'s config. Pass --stack ${other} ` +
        `for stack ${other}, or, to model stack ${stack} from that config on purpose, copy the file under another name ` +
        `(e.g. ${stack}-candidate.yaml) and pass --config with the copy (nothing was written).`
    );
}

export interface Io {
    stdout(text: string): void;
    stderr(text: string): void;
    projectDir?: string;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
    const projectDir = io.projectDir ?? PROJECT_DIR;
    let opts: Options | "help";
    try {
        opts = parseArgs(argv);
    } catch (e) {
        if (e instanceof UsageError) {
            io.stderr(`custody-model: ${e.message}\n\n${usage()}\n`);
            return 2;
        }
        throw e;
    }
    if (opts === "help") {
        io.stdout(`${usage()}\n`);
        return 0;
    }
    let stackFile: string;
    try {
        // The stack file Pulumi reads (Pulumi.<stack> + the project file's extension), or a refusal naming the files.
        stackFile = opts.configFile ? path.resolve(opts.configFile) : stackFilePath(projectDir, opts.stack);
    } catch (e) {
        if (!(e instanceof StackFileError)) throw e;
        io.stderr(`custody-model: ${e.message} (nothing was written)\n`);
        return 2;
    }
    const crossStack = opts.configFile ? otherStacksFile(opts.configFile, opts.stack, projectDir) : undefined;
    if (crossStack) {
        io.stderr(`custody-model: ${crossStack}\n`);
        return 2;
    }
    if (!opts.configFile && pathState(stackFile).kind === "missing") {
        const known = discoverStacks(projectDir);
        io.stderr(
            `custody-model: unknown stack "${opts.stack}": there is no ${path.relative(projectDir, stackFile)}; ` +
                `known stacks: ${known.join(", ") || "none"} (or pass --config FILE).\n`,
        );
        return 2;
    }

    // Every input's problems at once (the stack file's and the pack config's), each with its fix, before anything
    // is written: a stack file error no longer hides a broken pack config until the next run.
    let model: CustodyModel | undefined;
    const target = packConfigPath(projectDir, opts.stack);
    let packConfig: Record<string, unknown> | undefined;
    const errors: string[] = [];
    const collect = (e: unknown) => {
        if (e instanceof StackFileError) errors.push(e.message);
        else if (e instanceof StackConfigProblems)
            errors.push(
                `${stackFile}: invalid stack configuration; fix these keys and run again:\n` +
                    e.problems.map(p => `  - ${p.key}: ${p.message}`).join("\n"),
            );
        else throw e;
    };
    try {
        const { cfg, operations } = readStackInputs(opts.stack, stackFile, projectDir);
        model = generateCustodyModel(cfg, operations);
    } catch (e) {
        collect(e);
    }
    let packConfigRead = false;
    try {
        packConfig = readPackConfig(target);
        packConfigRead = true;
    } catch (e) {
        collect(e);
    }
    // Where --write would write: refused when writing there would not update this project's file (a dangling link
    // would create its target outside the project; a parent that is a file), before anything is written.
    const targetProblem = opts.write && packConfigRead ? writeTargetProblem(target) : undefined;
    if (targetProblem)
        errors.push(
            `--write cannot write the pack config: ${targetProblem}; restore policy-pack/config from git, or move what is in the way (nothing was written).`,
        );
    // The file as --write would write it (its custody-model section replaced), checked by the preview's checker,
    // under --check too: --check does not say "agrees" on a file the preview and the audit refuse (a misspelt
    // policy, a level "mandtory").
    if (packConfig && (opts.write || opts.check)) {
        const { [CUSTODY_MODEL_SECTION]: _replaced, ...others } = packConfig;
        // Its custody-model section replaced by the generated one under --check too: --check compares that section
        // itself (a stale one is a diff, exit 1), and checks the rest exactly as --write would keep it.
        const problems = packConfigFileProblems(model ? { ...others, [CUSTODY_MODEL_SECTION]: model } : others);
        if (problems.length > 0)
            errors.push(
                (opts.write
                    ? `${target}: the pack config would still be refused by the offline preview and the audit after --write; fix ${problems.length === 1 ? "this entry" : "these entries"} first (nothing was written):\n`
                    : `${target}: the offline preview and the audit refuse this pack config; fix ${problems.length === 1 ? "this entry" : "these entries"} first:\n`) +
                    problems.map(p => `  - ${p}`).join("\n"),
            );
    }
    if (errors.length > 0 || !model) {
        io.stderr(errors.map(m => `custody-model: ${m}\n`).join(""));
        return 2;
    }
    // The generator's output must be what the pack accepts; a mismatch is a bug here, never written.
    const problems = custodyModelProblems(model);
    if (problems.length > 0) {
        io.stderr(
            `custody-model: internal error: the generated model does not parse:\n${problems.map(p => `  - ${p.path}: ${p.message}`).join("\n")}\n`,
        );
        return 2;
    }

    const rel = path.relative(projectDir, target);
    if (opts.check) {
        const committed = packConfig?.[CUSTODY_MODEL_SECTION];
        // Compared as JSON values, not as text: object key order carries no meaning (RFC 8259 §4; the pack reads a
        // parsed object), so a committed model with its keys sorted (jq -S) agrees; both sides are printed with
        // their keys sorted, so a real difference shows as its own lines, not as moved ones. Array order counts.
        const want = JSON.stringify(sortedKeys(model), null, 2);
        const have = committed === undefined ? undefined : JSON.stringify(sortedKeys(committed), null, 2);
        if (have === want) {
            io.stdout(`custody-model: ${rel} agrees with ${path.relative(projectDir, stackFile)}.\n`);
            return 0;
        }
        io.stderr(
            (have === undefined
                ? `custody-model: ${rel} has no ${CUSTODY_MODEL_SECTION} section (${packConfig ? "file present" : "no such file"}).\n`
                : `custody-model: the ${CUSTODY_MODEL_SECTION} of ${rel} differs from the one generated from ${path.relative(projectDir, stackFile)} (- committed, + generated):\n${lineDiff(have, want)}\n`) +
                `Review the change, then run: npm run custody-model -- --stack ${opts.stack}${opts.configFile ? ` --config ${opts.configFile}` : ""} --write\n`,
        );
        return 1;
    }
    if (opts.write) {
        const next = { ...(packConfig ?? {}), [CUSTODY_MODEL_SECTION]: model };
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, await formatJson(target, next));
        io.stdout(`custody-model: wrote the ${CUSTODY_MODEL_SECTION} section of ${rel}; review and commit it.\n`);
        return 0;
    }
    io.stdout(`${JSON.stringify(model, null, 2)}\n`);
    return 0;
}
