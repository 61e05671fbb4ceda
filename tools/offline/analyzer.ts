/**
 * Runs a CrossGuard policy pack exactly as the Pulumi CLI does, without the CLI: spawns
 * `node <root>/node_modules/@pulumi/pulumi/cmd/run-policy-pack <engine-address> .` in the pack directory
 * (ts-node WITH type-checking, as the CLI runs it), serves the tiny Engine service the pack logs to, reads the
 * port the pack prints, and talks to its Analyzer gRPC service.
 *
 * Input resources are plain data (what an offline plan records), so the offline preview can feed a plan:
 *   { urn, type, name, inputs, outputs?, parent?, provider?: {urn, type, name, inputs}, dependencies?,
 *     propertyDependencies?, options?: {protect?, ...} }
 * Analyze sends `inputs` (the CLI analyses a resource's inputs before it is created); AnalyzeStack sends the
 * resource's state, `outputs` over `inputs` (the CLI analyses the stack's resulting state). Unknown preview
 * values are passed through as the engine's unknown sentinel strings.
 */
import { ChildProcess, spawn } from "child_process";
import * as path from "path";
import * as readline from "readline";
import type * as grpcTypes from "@grpc/grpc-js";
import * as analyzerRpc from "@pulumi/pulumi/proto/analyzer_grpc_pb";
import * as analyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import * as engineRpc from "@pulumi/pulumi/proto/engine_grpc_pb";
import * as enginePb from "@pulumi/pulumi/proto/engine_pb";
import {
    packConfigProblems,
    PolicyWithSchema,
    PROTOTYPE_KEYS,
    prototypeKeyProblems,
} from "../../policy-pack/private/packConfigCheck";
import { DUPLICATE_KEY_FIX, DuplicateJsonKeyError, parseJsonStrict } from "../../components/config/json";
import { InputFileError, inputFileProblem, readInputFile } from "../private/paths";

// The gRPC and protobuf runtimes the generated stubs were built against (resolved from @pulumi/pulumi, so the
// message classes and channel types are the very ones its stubs check with instanceof).
const pulumiDir = path.dirname(require.resolve("@pulumi/pulumi/package.json"));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const grpc = require(require.resolve("@grpc/grpc-js", { paths: [pulumiDir] })) as typeof grpcTypes;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const structPb = require(require.resolve("google-protobuf/google/protobuf/struct_pb", { paths: [pulumiDir] })) as {
    Struct: { fromJavaScript(value: Record<string, unknown>): unknown };
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const emptyPb = require(require.resolve("google-protobuf/google/protobuf/empty_pb", { paths: [pulumiDir] })) as {
    Empty: new () => unknown;
};

export type EnforcementLevel = "advisory" | "mandatory" | "remediate" | "disabled";

export interface AnalyzerResourceInput {
    urn: string;
    type: string;
    name: string;
    inputs: Record<string, unknown>;
    outputs?: Record<string, unknown>;
    parent?: string;
    provider?: { urn: string; type: string; name: string; inputs: Record<string, unknown> };
    dependencies?: string[];
    propertyDependencies?: Record<string, string[]>;
    options?: {
        protect?: boolean;
        ignoreChanges?: string[];
        deleteBeforeReplace?: boolean;
        additionalSecretOutputs?: string[];
        aliases?: string[];
        /** Not part of the analyzer protocol (the engine does not send it): ignored here. */
        retainOnDelete?: boolean;
    };
}

export interface Diagnostic {
    policyName: string;
    policyPackName: string;
    policyPackVersion: string;
    description: string;
    message: string;
    enforcementLevel: EnforcementLevel;
    urn?: string;
}

export interface AnalyzeResult {
    diagnostics: Diagnostic[];
    notApplicable: { policyName: string; reason: string }[];
}

export interface PolicyInfo {
    name: string;
    description: string;
    type: "resource" | "stack" | "unknown";
    enforcementLevel: EnforcementLevel;
    severity: "unspecified" | "low" | "medium" | "high" | "critical";
    remediationSteps: string;
    url: string;
    configSchema?: { properties: Record<string, Record<string, unknown>>; required: string[] };
}

const SEVERITIES_BY_PROTO: PolicyInfo["severity"][] = ["unspecified", "low", "medium", "high", "critical"];

export interface AnalyzerInfo {
    name: string;
    version: string;
    description: string;
    supportsConfig: boolean;
    policies: PolicyInfo[];
}

/** `--policy-pack-config` file content: `{ "all": level, "<policy>": level | {enforcementLevel?, ...props} }`. */
export type PackConfig = Record<
    string,
    EnforcementLevel | ({ enforcementLevel?: EnforcementLevel } & Record<string, unknown>)
>;

/** What Configure sends for one policy: its level and its properties with schema defaults filled in. */
export interface ResolvedPolicyConfig {
    enforcementLevel: EnforcementLevel;
    properties: Record<string, unknown>;
}

export interface EngineLog {
    severity: "debug" | "info" | "warning" | "error";
    message: string;
    urn: string;
}

export interface AnalyzerSession {
    /** The port the pack printed. */
    readonly port: number;
    /** Everything the pack logged to the engine so far. */
    readonly logs: readonly EngineLog[];
    info(): Promise<AnalyzerInfo>;
    pluginVersion(): Promise<string>;
    /** Resolves the config as the CLI does (see resolvePackConfig) and sends it; returns what was sent per policy. */
    configure(config: PackConfig): Promise<Record<string, ResolvedPolicyConfig>>;
    analyze(resource: AnalyzerResourceInput): Promise<AnalyzeResult>;
    analyzeStack(resources: readonly AnalyzerResourceInput[]): Promise<AnalyzeResult>;
    close(): Promise<void>;
}

const LEVEL_TO_PROTO: Record<EnforcementLevel, number> = {
    advisory: analyzerPb.EnforcementLevel.ADVISORY,
    mandatory: analyzerPb.EnforcementLevel.MANDATORY,
    disabled: analyzerPb.EnforcementLevel.DISABLED,
    remediate: analyzerPb.EnforcementLevel.REMEDIATE,
};

function levelFromProto(level: number): EnforcementLevel {
    const found = (Object.keys(LEVEL_TO_PROTO) as EnforcementLevel[]).find(k => LEVEL_TO_PROTO[k] === level);
    if (!found) throw new Error(`unknown enforcement level ${level} from the analyzer`);
    return found;
}

const LEVELS = new Set<string>(Object.keys(LEVEL_TO_PROTO));

/** A pack config the CLI would refuse: every problem of the file at once (the CLI stops at the first). */
export class PackConfigError extends Error {
    constructor(
        message: string,
        readonly problems: readonly string[] = [],
    ) {
        super(message);
        this.name = "PackConfigError";
    }
}

function describeJson(value: unknown): string {
    if (value === null) return "null";
    if (Array.isArray(value)) return "a JSON list";
    return `${typeof value} ${JSON.stringify(value)}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

const PACK_CONFIG_SHAPE =
    '{ "<policy name>" or "all": "<level>" or { "enforcementLevel": "<level>", ...its properties }, "custody-model": {...} }';

/**
 * A pack config saved with a UTF-8 byte order mark (Windows Notepad, PowerShell 5 `Set-Content -Encoding UTF8`):
 * the Pulumi CLI reads `--policy-pack-config` with os.ReadFile and encoding/json, which refuses a leading U+FEFF
 * ("invalid character 'ï' looking for beginning of value"), so it is refused here too, naming the invisible mark.
 */
export function packConfigByteOrderMark(file: string, text: string): string | undefined {
    if (!text.startsWith("\uFEFF")) return undefined;
    return `the pack config ${file} starts with a UTF-8 byte order mark (U+FEFF, invisible in most editors), which the Pulumi CLI's JSON reader refuses: save it as UTF-8 without BOM.`;
}

/** A pack config whose JSON writes a key twice: every such key, and the fix. */
export function packConfigDuplicates(file: string, e: DuplicateJsonKeyError): string {
    return `the pack config ${file} writes ${e.duplicates.length === 1 ? "a key" : "keys"} more than once: ${e.message}; ${DUPLICATE_KEY_FIX}.`;
}

/**
 * Whether a pack config is at `file` (policy-pack/config/<stack>.json): false when nothing is there (the pack's own
 * levels apply); a PackConfigError when the path holds something that is no readable regular file: a directory, a
 * dangling or looping symbolic link, a file where policy-pack/config should be a directory, a pipe. The one check
 * (tools/private/paths.ts) of the offline preview, the audit and custody-model, so a broken link is never read as
 * "no pack config" by one tool and written through by another.
 */
export function packConfigPresent(file: string): boolean {
    const problem = inputFileProblem(file, "a pack config", { regularOnly: true });
    if (problem?.missing) return false;
    if (problem) throw new PackConfigError(packConfigPathText(problem));
    return true;
}

/** The one message for a pack config path that cannot be read, with its fix. */
export function packConfigPathText(problem: InputFileError): string {
    return `pack config: ${problem.message}; restore the committed file (git checkout -- <file>), or remove what is there to start without one`;
}

/**
 * Reads a `--policy-pack-config` file. As the CLI (pulumi/pulumi pkg/resource/analyzer/config.go,
 * `parsePolicyPackConfig`: json.Unmarshal into a map) the top level must be a JSON object; the CLI reads `null`
 * as no config at all, which here is refused too: it would run without the custody model this file carries.
 * Each entry is checked in resolvePackConfig, together with the pack's own check of the properties.
 */
export function loadPackConfig(file: string): PackConfig {
    let text: string;
    try {
        text = readInputFile(file, "a pack config", { regularOnly: true }).toString("utf8");
    } catch (e) {
        if (e instanceof InputFileError) throw new PackConfigError(packConfigPathText(e));
        throw e;
    }
    const byteOrderMark = packConfigByteOrderMark(file, text);
    if (byteOrderMark) throw new PackConfigError(byteOrderMark);
    let parsed: unknown;
    try {
        // Strict: a key written twice is refused (components/config/json.ts), where the CLI's Go encoding/json and
        // JSON.parse keep the last one silently: `"all": "mandatory"` first and `"all": "advisory"` at the end.
        parsed = parseJsonStrict(text);
    } catch (e) {
        if (e instanceof DuplicateJsonKeyError) throw new PackConfigError(packConfigDuplicates(file, e));
        throw new PackConfigError(
            `the pack config ${file} is not valid JSON (${(e as Error).message}); fix its JSON or restore it from git.`,
        );
    }
    if (!isPlainObject(parsed)) {
        throw new PackConfigError(
            `the pack config ${file} holds ${describeJson(parsed)}, not a JSON object of policy sections ` +
                `(${PACK_CONFIG_SHAPE}); restore the file from git (npm run custody-model -- --stack NAME --write then rewrites its custody-model section).`,
        );
    }
    // `__proto__`, `constructor`, `prototype` at any depth (policy-pack/private/packConfigCheck.ts PROTOTYPE_KEYS):
    // JSON.parse keeps `__proto__` as an own key, but every later reader (the Configure request's google-protobuf
    // Struct and map, the pack's copy) drops it silently, so the pack under the CLI never sees it: refused here.
    const reserved = prototypeKeyProblems(parsed);
    if (reserved.length > 0) throw packConfigProblemsError(`the pack config ${file}`, reserved);
    return parsed as PackConfig;
}

/** One problem in one sentence; several as a list under the head line. */
function packConfigProblemsError(what: string, problems: readonly string[]): PackConfigError {
    return problems.length === 1
        ? new PackConfigError(`${what} has a problem: ${problems[0]}.`)
        : new PackConfigError(`${what} has ${problems.length} problems; fix them and run again:`, problems);
}

/**
 * The CLI's reading of a pack config (pulumi/pulumi `pkg/resource/analyzer/config.go`,
 * `parsePolicyPackConfig` then `ReconcilePolicyPackConfig`): each entry is an enforcement level string or an
 * object (anything else: "is not a valid value; must be a string or object"), whose `enforcementLevel`, if
 * present, is a valid level string; `all` sets every policy's level, a policy's own entry overrides it, a policy
 * without either keeps the level it declares; properties start from the schema's defaults; missing required
 * properties are errors. The CLI stops at the first bad entry; here every one is collected, and, since such a
 * config never reaches the pack, the pack's own check of the rest (policy/packConfigCheck.ts: unknown policies
 * and properties, the custody-model section) is added, so one run names every problem of the file. A config
 * the CLI accepts is passed through to Configure, unknown policy names and properties included (`all` too):
 * the pack itself refuses them there (policy-pack/private/configureGuard.ts).
 */
export function resolvePackConfig(info: AnalyzerInfo, config: PackConfig): Record<string, ResolvedPolicyConfig> {
    const sections = new Map<string, { enforcementLevel?: EnforcementLevel; properties: Record<string, unknown> }>();
    // Keys the Configure request cannot carry (google-protobuf drops `__proto__`): named here, never sent.
    const problems: string[] = prototypeKeyProblems(config);
    const levels = [...LEVELS].join(", ");
    for (const [key, value] of Object.entries(config as Record<string, unknown>)) {
        if (PROTOTYPE_KEYS.includes(key)) continue;
        let enforcementLevel: EnforcementLevel | undefined;
        let properties: Record<string, unknown> = {};
        let level: unknown;
        let hasLevel = false;
        if (typeof value === "string") {
            level = value;
            hasLevel = true;
        } else if (isPlainObject(value)) {
            ({ enforcementLevel: level, ...properties } = value);
            hasLevel = "enforcementLevel" in value;
        } else {
            problems.push(
                `"${key}": ${describeJson(value)} is not a valid entry; write an enforcement level ("${key}": "mandatory") or an object ("${key}": { "enforcementLevel": "mandatory", ...its properties })`,
            );
        }
        if (hasLevel) {
            if (typeof level === "string" && LEVELS.has(level)) enforcementLevel = level as EnforcementLevel;
            else
                problems.push(
                    `"${key}" has unknown enforcement level ${typeof level === "string" ? `"${level}"` : describeJson(level)}; use one of ${levels}`,
                );
        }
        sections.set(key, { enforcementLevel, properties });
    }
    for (const policy of info.policies) {
        const given = sections.get(policy.name)?.properties ?? {};
        for (const required of policy.configSchema?.required ?? []) {
            const hasDefault = "default" in (policy.configSchema?.properties[required] ?? {});
            if (!(required in given) && !hasDefault)
                problems.push(`"${policy.name}" requires "${required}"; add it to the policy's object`);
        }
    }
    if (problems.length > 0) {
        // The pack's own check of what the CLI would have passed on (never sent: the CLI stops first).
        const rest = Object.fromEntries(
            [...sections].map(([k, v]) => [
                k,
                v.enforcementLevel ? { ...v.properties, enforcementLevel: v.enforcementLevel } : v.properties,
            ]),
        );
        const more = packConfigProblems(info.name, rest, info.policies as PolicyWithSchema[]);
        const all = [...problems, ...more.filter(p => !problems.includes(p))];
        throw packConfigProblemsError("the pack config", all);
    }
    const allLevel = sections.get("all")?.enforcementLevel;
    // Built from entries (CreateDataProperty), never by assignment: no key of the file can reach a prototype.
    const out = new Map<string, ResolvedPolicyConfig>();
    for (const policy of info.policies) {
        const given = sections.get(policy.name);
        const defaults = Object.entries(policy.configSchema?.properties ?? {}).flatMap(([prop, schema]) =>
            "default" in schema ? [[prop, schema.default] as const] : [],
        );
        out.set(policy.name, {
            enforcementLevel: given?.enforcementLevel ?? allLevel ?? policy.enforcementLevel,
            properties: Object.fromEntries([...defaults, ...Object.entries(given?.properties ?? {})]),
        });
    }
    // The CLI's applyConfig keeps entries that name no policy; an absent level reaches the pack as the proto's
    // zero value (advisory).
    for (const [name, given] of sections) {
        if (out.has(name)) continue;
        out.set(name, { enforcementLevel: given.enforcementLevel ?? "advisory", properties: given.properties });
    }
    return Object.fromEntries(out);
}

/**
 * Every problem a pack config meets before the pack judges anything: the CLI's reading (resolvePackConfig) and, when
 * the CLI would pass it on, the pack's own Configure check of what it then receives (policy-pack/private/
 * configureGuard.ts: unknown policy names and properties, the custody-model section). Empty when both accept it;
 * nothing is started.
 */
export function packConfigRefusals(info: AnalyzerInfo, config: PackConfig): string[] {
    let resolved: Record<string, ResolvedPolicyConfig>;
    try {
        resolved = resolvePackConfig(info, config);
    } catch (e) {
        if (!(e instanceof PackConfigError)) throw e;
        return e.problems.length > 0 ? [...e.problems] : [e.message.replace(/^the pack config has a problem: /, "")];
    }
    // As configureGuard's plainConfig reads the Configure request: each section's properties and its level.
    const received = Object.fromEntries(
        Object.entries(resolved).map(([name, c]) => [name, { ...c.properties, enforcementLevel: c.enforcementLevel }]),
    );
    return packConfigProblems(info.name, received, info.policies as PolicyWithSchema[]);
}

/**
 * A copy as JSON would write it (`undefined` dropped from objects and null in lists: protobuf Structs cannot hold it;
 * the engine omits such properties), but for numbers JSON cannot write: NaN and ±Infinity (a state's float
 * signature, tools/audit/exportFile.ts readFloat) reach the pack as the Struct's number_value, as the engine sends
 * them, not as null.
 */
function plainValue(value: unknown): unknown {
    if (typeof value === "number") return value;
    if (Array.isArray(value))
        return value.map(v => {
            const p = plainValue(v);
            return p === undefined ? null : p;
        });
    if (typeof value === "object" && value !== null && [Object.prototype, null].includes(Object.getPrototypeOf(value)))
        return Object.fromEntries(
            Object.entries(value).flatMap(([k, v]) => {
                const p = plainValue(v);
                return p === undefined ? [] : [[k, p]];
            }),
        );
    // Anything else (strings, booleans, null, an object with toJSON) as JSON writes it.
    const text = JSON.stringify(value);
    return text === undefined ? undefined : (JSON.parse(text) as unknown);
}

function plain(value: Record<string, unknown>): Record<string, unknown> {
    return plainValue(value ?? {}) as Record<string, unknown>;
}

function struct(value: Record<string, unknown>): any {
    return structPb.Struct.fromJavaScript(plain(value));
}

function resourceOptions(r: AnalyzerResourceInput): analyzerPb.AnalyzerResourceOptions {
    const o = new analyzerPb.AnalyzerResourceOptions();
    o.setProtect(r.options?.protect ?? false);
    o.setIgnorechangesList(r.options?.ignoreChanges ?? []);
    o.setAdditionalsecretoutputsList(r.options?.additionalSecretOutputs ?? []);
    o.setAliasesList(r.options?.aliases ?? []);
    if (r.options?.deleteBeforeReplace !== undefined) {
        o.setDeletebeforereplace(r.options.deleteBeforeReplace);
        o.setDeletebeforereplacedefined(true);
    }
    o.setCustomtimeouts(new analyzerPb.AnalyzerResourceOptions.CustomTimeouts());
    if (r.parent) o.setParent(r.parent);
    return o;
}

function providerResource(r: AnalyzerResourceInput): analyzerPb.AnalyzerProviderResource | undefined {
    if (!r.provider) return undefined;
    const p = new analyzerPb.AnalyzerProviderResource();
    p.setType(r.provider.type);
    p.setName(r.provider.name);
    p.setUrn(r.provider.urn);
    p.setProperties(struct(r.provider.inputs));
    return p;
}

function toAnalyzeRequest(r: AnalyzerResourceInput): analyzerPb.AnalyzeRequest {
    const req = new analyzerPb.AnalyzeRequest();
    req.setType(r.type);
    req.setUrn(r.urn);
    req.setName(r.name);
    req.setProperties(struct(r.inputs));
    req.setOptions(resourceOptions(r));
    const provider = providerResource(r);
    if (provider) req.setProvider(provider);
    return req;
}

function toStackResource(r: AnalyzerResourceInput): analyzerPb.AnalyzerResource {
    const res = new analyzerPb.AnalyzerResource();
    res.setType(r.type);
    res.setUrn(r.urn);
    res.setName(r.name);
    res.setProperties(struct({ ...r.inputs, ...(r.outputs ?? {}) }));
    res.setOptions(resourceOptions(r));
    const provider = providerResource(r);
    if (provider) res.setProvider(provider);
    if (r.parent) res.setParent(r.parent);
    res.setDependenciesList(r.dependencies ?? []);
    const deps = res.getPropertydependenciesMap();
    for (const [prop, urns] of Object.entries(r.propertyDependencies ?? {})) {
        const d = new analyzerPb.AnalyzerPropertyDependencies();
        d.setUrnsList(urns);
        deps.set(prop, d);
    }
    return res;
}

function fromAnalyzeResponse(resp: analyzerPb.AnalyzeResponse): AnalyzeResult {
    return {
        diagnostics: resp.getDiagnosticsList().map(d => {
            const diag: Diagnostic = {
                policyName: d.getPolicyname(),
                policyPackName: d.getPolicypackname(),
                policyPackVersion: d.getPolicypackversion(),
                description: d.getDescription(),
                message: d.getMessage(),
                enforcementLevel: levelFromProto(d.getEnforcementlevel()),
            };
            if (d.getUrn()) diag.urn = d.getUrn();
            return diag;
        }),
        notApplicable: resp.getNotApplicableList().map(n => ({ policyName: n.getPolicyName(), reason: n.getReason() })),
    };
}

function fromAnalyzerInfo(ai: analyzerPb.AnalyzerInfo): AnalyzerInfo {
    return {
        name: ai.getName(),
        version: ai.getVersion(),
        description: ai.getDescription(),
        supportsConfig: ai.getSupportsconfig(),
        policies: ai.getPoliciesList().map(p => {
            const schema = p.getConfigschema();
            const info: PolicyInfo = {
                name: p.getName(),
                description: p.getDescription(),
                type:
                    p.getPolicyType() === analyzerPb.PolicyType.POLICY_TYPE_RESOURCE
                        ? "resource"
                        : p.getPolicyType() === analyzerPb.PolicyType.POLICY_TYPE_STACK
                          ? "stack"
                          : "unknown",
                enforcementLevel: levelFromProto(p.getEnforcementlevel()),
                severity: SEVERITIES_BY_PROTO[p.getSeverity()] ?? "unspecified",
                remediationSteps: p.getRemediationSteps(),
                url: p.getUrl(),
            };
            if (schema) {
                info.configSchema = {
                    properties: (schema.getProperties()?.toJavaScript() ?? {}) as Record<
                        string,
                        Record<string, unknown>
                    >,
                    required: schema.getRequiredList(),
                };
            }
            return info;
        }),
    };
}

const SEVERITIES: EngineLog["severity"][] = ["debug", "info", "warning", "error"];

/** The Engine service a plugin logs to (Log) and asks for the root resource (Get/SetRootResource). */
async function startEngine(logs: EngineLog[]): Promise<{ address: string; server: grpcTypes.Server }> {
    const server = new grpc.Server();
    let rootUrn = "";
    server.addService(engineRpc.EngineService, {
        log: (
            call: grpcTypes.ServerUnaryCall<enginePb.LogRequest, unknown>,
            callback: grpcTypes.sendUnaryData<unknown>,
        ) => {
            const req = call.request;
            logs.push({
                severity: SEVERITIES[req.getSeverity()] ?? "info",
                message: req.getMessage(),
                urn: req.getUrn(),
            });
            callback(null, new emptyPb.Empty());
        },
        getRootResource: (_call: unknown, callback: grpcTypes.sendUnaryData<enginePb.GetRootResourceResponse>) => {
            const resp = new enginePb.GetRootResourceResponse();
            resp.setUrn(rootUrn);
            callback(null, resp);
        },
        setRootResource: (
            call: grpcTypes.ServerUnaryCall<enginePb.SetRootResourceRequest, unknown>,
            callback: grpcTypes.sendUnaryData<enginePb.SetRootResourceResponse>,
        ) => {
            rootUrn = call.request.getUrn();
            callback(null, new enginePb.SetRootResourceResponse());
        },
    });
    const port = await new Promise<number>((resolve, reject) =>
        server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (err, p) =>
            err ? reject(err) : resolve(p),
        ),
    );
    return { address: `127.0.0.1:${port}`, server };
}

function unary<Req, Resp>(client: grpcTypes.Client, method: string, req: Req): Promise<Resp> {
    return new Promise((resolve, reject) => {
        const fn = (
            client as unknown as Record<
                string,
                (r: Req, cb: (e: grpcTypes.ServiceError | null, v: Resp) => void) => void
            >
        )[method];
        fn.call(client, req, (err, resp) =>
            err ? reject(new Error(`${method}: ${err.details || err.message}`)) : resolve(resp),
        );
    });
}

export interface StartOptions {
    /** The repository root whose node_modules holds @pulumi/pulumi (default: resolved from this module). */
    rootDir?: string;
    /** How long to wait for the port (ts-node type-checks the pack first). Default 120 s. */
    startTimeoutMs?: number;
}

/** Starts the pack in `packDir` the CLI's way and connects to it. Call `close()` when done. */
export async function startPolicyPack(packDir: string, options: StartOptions = {}): Promise<AnalyzerSession> {
    const rootDir = options.rootDir ?? path.resolve(pulumiDir, "..", "..", "..");
    const runPolicyPack = path.join(rootDir, "node_modules", "@pulumi", "pulumi", "cmd", "run-policy-pack");
    const logs: EngineLog[] = [];
    const engine = await startEngine(logs);

    // The CLI's environment: no ts-node overrides (type-checking stays on), the engine address for logging.
    const env: NodeJS.ProcessEnv = {};
    for (const [k, v] of Object.entries(process.env)) if (!k.startsWith("TS_NODE_")) env[k] = v;
    env.PULUMI_NODEJS_ENGINE = engine.address;

    const child = spawn(process.execPath, [runPolicyPack, engine.address, "."], {
        cwd: path.resolve(packDir),
        env,
        stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr!.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
    });
    const exited = new Promise<number | null>(resolve => child.once("exit", code => resolve(code)));

    let port: number;
    try {
        port = await readPort(child, exited, options.startTimeoutMs ?? 120_000, () => describeFailure(stderr, logs));
    } catch (e) {
        child.kill("SIGKILL");
        engine.server.forceShutdown();
        throw e;
    }

    const client = new analyzerRpc.AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {
        "grpc.max_receive_message_length": 400 * 1024 * 1024,
        "grpc.max_send_message_length": 400 * 1024 * 1024,
    }) as unknown as grpcTypes.Client;
    let cachedInfo: AnalyzerInfo | undefined;
    const info = async () =>
        (cachedInfo ??= fromAnalyzerInfo(
            await unary<unknown, analyzerPb.AnalyzerInfo>(client, "getAnalyzerInfo", new emptyPb.Empty()),
        ));

    return {
        port,
        logs,
        info,
        pluginVersion: async () =>
            (await unary<unknown, { getVersion(): string }>(client, "getPluginInfo", new emptyPb.Empty())).getVersion(),
        configure: async config => {
            const resolved = resolvePackConfig(await info(), config);
            const req = new analyzerPb.ConfigureAnalyzerRequest();
            const map = req.getPolicyconfigMap();
            for (const [name, c] of Object.entries(resolved)) {
                const pc = new analyzerPb.PolicyConfig();
                pc.setEnforcementlevel(LEVEL_TO_PROTO[c.enforcementLevel] as analyzerPb.EnforcementLevel);
                pc.setProperties(struct(c.properties));
                map.set(name, pc);
            }
            await unary(client, "configure", req);
            const policies = new Set((await info()).policies.map(p => p.name));
            return Object.fromEntries(Object.entries(resolved).filter(([name]) => policies.has(name)));
        },
        analyze: async resource => fromAnalyzeResponse(await unary(client, "analyze", toAnalyzeRequest(resource))),
        analyzeStack: async resources => {
            const req = new analyzerPb.AnalyzeStackRequest();
            req.setResourcesList(resources.map(toStackResource));
            return fromAnalyzeResponse(await unary(client, "analyzeStack", req));
        },
        close: async () => {
            client.close();
            if (child.exitCode === null && child.signalCode === null) {
                child.kill("SIGTERM");
                const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
                await exited;
                clearTimeout(timer);
            }
            await new Promise<void>(resolve => engine.server.tryShutdown(() => resolve()));
        },
    };
}

function describeFailure(stderr: string, logs: readonly EngineLog[]): string {
    const logged = logs
        .filter(l => l.severity === "error" || l.severity === "warning")
        .map(l => l.message)
        .join("\n");
    return [logged, stderr.trim()].filter(Boolean).join("\n") || "(no output)";
}

/** The first stdout line is the Analyzer's port; anything else before it, or an exit, is a failed start. */
function readPort(
    child: ChildProcess,
    exited: Promise<number | null>,
    timeoutMs: number,
    failure: () => string,
): Promise<number> {
    return new Promise((resolve, reject) => {
        const lines = readline.createInterface({ input: child.stdout! });
        const timer = setTimeout(
            () => reject(new Error(`policy pack printed no port within ${timeoutMs} ms:\n${failure()}`)),
            timeoutMs,
        );
        lines.once("line", line => {
            clearTimeout(timer);
            const port = Number(line.trim());
            if (Number.isInteger(port) && port > 0) resolve(port);
            else reject(new Error(`policy pack printed "${line}" instead of a port:\n${failure()}`));
        });
        void exited.then(code => {
            clearTimeout(timer);
            reject(new Error(`policy pack exited (code ${code}) before serving:\n${failure()}`));
        });
    });
}
