/**
 * The offline preview: a stack's program under the recording mock engine, then the policy pack over the
 * Analyzer gRPC protocol (started as the Pulumi CLI starts it), then the checks the protocol cannot carry.
 * No cloud account, no Pulumi CLI. The analyzer session can be injected (tests start the pack once).
 */
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import { validateConfigMap } from "../../components/stack/load";
import { ConfigValidationError } from "../../components/config/errors";
import { loadStackConfig } from "../../components/stack/load";
import { deployCustody } from "../../components/program";
import {
    AnalyzerInfo,
    AnalyzerSession,
    Diagnostic,
    EnforcementLevel,
    loadPackConfig,
    packConfigPresent,
    PackConfigError,
    PackConfig,
    ResolvedPolicyConfig,
    startPolicyPack,
} from "./analyzer";
import { pathState } from "../private/paths";
import { buildManifests, Manifest, ManifestError } from "./manifests";
import { Plan, PlanResource, runProgram } from "./mockEngine";
import { normalizePlan, toAnalyzerResources } from "./planToAnalyzer";
import {
    discoverStacks,
    readStackFile,
    SECRET_PLACEHOLDER,
    stackFilePath,
    StackFileError,
    stackNameProblem,
} from "./stackFile";

export const PROJECT_DIR = path.resolve(__dirname, "..", "..");

/** Types whose deletion loses keys or data: protect and retainOnDelete are both required. */
const STATEFUL_TYPES = [
    "aws:dynamodb/table:Table",
    "aws:dynamodb/tableReplica:TableReplica",
    "aws:kms/key:Key",
    "aws:kms/replicaKey:ReplicaKey",
    "aws:kms/externalKey:ExternalKey",
    "aws:kms/replicaExternalKey:ReplicaExternalKey",
];

export type ErrorKind = "usage" | "config" | "program" | "manifest" | "policy-pack";

/** A failure the CLI reports in one paragraph, without a stack trace (exit 2). */
export class OfflinePreviewError extends Error {
    constructor(
        public readonly kind: ErrorKind,
        message: string,
        public readonly details: string[] = [],
    ) {
        super(message);
        this.name = "OfflinePreviewError";
    }
}

export interface Violation {
    policyName: string;
    enforcementLevel: EnforcementLevel;
    message: string;
    /** `custody-guard@0.1.0` for the pack, `offline-plan` for the checks made from the plan (`state`: audit). */
    source: string;
    /** `analyze` (one resource's inputs), `analyzeStack` (the stack's state), `plan`, or `state` (audit). */
    phase: "analyze" | "analyzeStack" | "plan" | "state";
    urn?: string;
    resourceType?: string;
    resourceName?: string;
}

export interface OfflinePreviewOptions {
    stack: string;
    /** A stack file (Pulumi.<stack>.yaml format); default the one Pulumi reads in projectDir (stackFilePath). */
    configFile?: string;
    /** Leave computed outputs unknown, as a first `pulumi preview` does. */
    preview?: boolean;
    projectDir?: string;
    packDir?: string;
    /** The pack config; default `<packDir>/config/<stack>.json` when it exists (else the pack's own levels). */
    packConfigFile?: string;
    /** A running pack (reused across runs); otherwise one is started and closed. */
    session?: AnalyzerSession;
    /** Progress messages (stderr in the CLI). */
    log?: (message: string) => void;
}

export interface OfflinePreviewResult {
    project: string;
    stack: string;
    preview: boolean;
    configFile: string;
    /** Config paths stored `secure:`: not decryptable offline, replaced by a placeholder. */
    secureValues: string[];
    secretPlaceholder: string;
    packConfigFile?: string;
    pack: { name: string; version: string; policies: number; levels: Record<string, EnforcementLevel> };
    plan: Plan;
    defaultProviderUses: string[];
    manifests: Manifest[];
    violations: Violation[];
}

/**
 * The stack file the run reads: `--config FILE`, else the one Pulumi reads (stackFilePath: `Pulumi.<stack>` + the
 * project file's extension; a stack file of another extension next to it, or several project files, refused).
 */
function resolveConfigFile(opts: Pick<OfflinePreviewOptions, "stack" | "configFile" | "projectDir">): string {
    if (opts.configFile) return path.resolve(opts.configFile);
    try {
        return stackFilePath(opts.projectDir ?? PROJECT_DIR, opts.stack);
    } catch (e) {
        if (e instanceof StackFileError) throw new OfflinePreviewError("config", e.message);
        throw e;
    }
}

function firstLine(e: unknown): string {
    const msg = e instanceof Error ? e.message : String(e);
    return msg.trim();
}

/** Reads and validates the stack config; every problem becomes one OfflinePreviewError("config"). */
export function loadConfig(
    stack: string,
    configFile: string,
    projectDir?: string,
): { project: string; config: Record<string, string>; secureValues: string[] } {
    let file;
    try {
        // The one loader: Pulumi.yaml's project config applied as Pulumi applies it (tools/offline/stackFile.ts).
        file = readStackFile(configFile, projectDir);
    } catch (e) {
        if (e instanceof StackFileError) throw new OfflinePreviewError("config", e.message);
        throw e;
    }
    try {
        // The validator the program runs first (pure): every bad key with its fix, before anything registers.
        validateConfigMap(file.config, file.project, stack);
    } catch (e) {
        if (e instanceof ConfigValidationError) {
            throw new OfflinePreviewError(
                "config",
                `${configFile}: invalid stack configuration (${e.problems.length} problem${e.problems.length === 1 ? "" : "s"}); fix these keys and run again.`,
                e.problems.map(p => `custody-infra:${p.key}: ${p.message}`),
            );
        }
        throw e;
    }
    return file;
}

/**
 * The program once under the recording mock engine, as project `project` (Pulumi.yaml's name, from loadConfig: what
 * pulumi.getProject() returns, in every URN and key alias); config and program failures become OfflinePreviewError.
 */
export async function runProgramOnce(project: string, stack: string, config: Record<string, string>, preview: boolean) {
    try {
        return await runProgram({
            project,
            stack,
            config,
            preview,
            program: () => deployCustody(loadStackConfig()),
        });
    } catch (e) {
        if (e instanceof pulumi.RunError || (e as { name?: string })?.name === "RunError") {
            // loadStackConfig's RunError: the validator's list (already one paragraph per key).
            const [head, ...rest] = firstLine(e).split("\n");
            throw new OfflinePreviewError(
                "config",
                head,
                rest.map(l => l.replace(/^\s*-\s*/, "")),
            );
        }
        throw new OfflinePreviewError("program", `the program failed for stack ${stack}: ${firstLine(e)}`);
    }
}

/** The checks the Analyzer protocol cannot make: retainOnDelete of stateful resources, default providers. */
export function planViolations(plan: Plan, defaultProviderUses: string[]): Violation[] {
    const out: Violation[] = [];
    for (const r of plan.resources) {
        if (!STATEFUL_TYPES.includes(r.type)) continue;
        const missing = [!r.options.protect && "protect", !r.options.retainOnDelete && "retainOnDelete"].filter(
            Boolean,
        );
        if (missing.length) {
            out.push({
                policyName: "stateful-resources-retained",
                enforcementLevel: "mandatory",
                source: "offline-plan",
                phase: "plan",
                urn: r.urn,
                resourceType: r.type,
                resourceName: r.name,
                message: `${r.type} ${r.name} lacks ${missing.join(" and ")}: deleting it (a destroy, a replace, or removing it from the program) would lose keys or custody data. Register it with { protect: true, retainOnDelete: true }.`,
            });
        }
    }
    for (const use of defaultProviderUses) {
        const [type, name] = use.split(" ");
        const r = plan.resources.find(x => x.type === type && x.name === name);
        out.push({
            policyName: "explicit-providers-only",
            enforcementLevel: "mandatory",
            source: "offline-plan",
            phase: "plan",
            urn: r?.urn,
            resourceType: type,
            resourceName: name,
            message: `${use} is registered without an explicit provider: it would use the ambient default provider (whatever account, region or cluster the credentials point at), and the stack disables default providers. Pass { provider } from its account.`,
        });
    }
    return out;
}

function fromDiagnostic(
    d: Diagnostic,
    phase: "analyze" | "analyzeStack",
    byUrn: Map<string, PlanResource>,
    fallbackUrn?: string,
): Violation {
    const urn = d.urn || fallbackUrn;
    const r = urn ? byUrn.get(urn) : undefined;
    const v: Violation = {
        policyName: d.policyName,
        enforcementLevel: d.enforcementLevel,
        message: d.message,
        source: `${d.policyPackName}@${d.policyPackVersion}`,
        phase,
    };
    if (urn) v.urn = urn;
    if (r) {
        v.resourceType = r.type;
        v.resourceName = r.name;
    }
    return v;
}

const ANALYZE_IN_FLIGHT = 16;

/** Sends the plan to the pack as the engine does: Configure, Analyze per custom resource, AnalyzeStack. */
export async function analyzePlan(
    session: AnalyzerSession,
    plan: Plan,
    packConfig: PackConfig,
    packConfigFile?: string,
): Promise<{ info: AnalyzerInfo; resolved: Record<string, ResolvedPolicyConfig>; violations: Violation[] }> {
    const info = await session.info();
    let resolved: Record<string, ResolvedPolicyConfig>;
    try {
        // Always configure (an empty config restores the pack's own levels), so a reused session never
        // carries the previous stack's config.
        resolved = await session.configure(packConfig);
    } catch (e) {
        // What the CLI itself refuses (bad entries and levels), every problem of the file at once, with its name.
        if (e instanceof PackConfigError)
            throw new OfflinePreviewError(
                "config",
                packConfigFile
                    ? e.message.replace(/^the pack config /, `the pack config ${packConfigFile} `)
                    : e.message,
                [...e.problems],
            );
        throw new OfflinePreviewError("policy-pack", `the policy pack refused its config: ${firstLine(e)}`);
    }
    const byUrn = new Map(plan.resources.map(r => [r.urn, r]));
    const resources = toAnalyzerResources(plan);
    const violations: Violation[] = [];
    // Several Analyze calls in flight (the engine also analyses resources as they register, concurrently);
    // verdicts are kept in registration order.
    const custom = resources.filter(r => byUrn.get(r.urn)!.custom);
    const perResource: Diagnostic[][] = new Array<Diagnostic[]>(custom.length);
    let next = 0;
    await Promise.all(
        Array.from({ length: Math.min(ANALYZE_IN_FLIGHT, custom.length) }, async () => {
            while (next < custom.length) {
                const i = next++;
                perResource[i] = (await session.analyze(custom[i])).diagnostics;
            }
        }),
    );
    perResource.forEach((diagnostics, i) =>
        violations.push(...diagnostics.map(d => fromDiagnostic(d, "analyze", byUrn, custom[i].urn))),
    );
    const { diagnostics } = await session.analyzeStack(resources);
    violations.push(...diagnostics.map(d => fromDiagnostic(d, "analyzeStack", byUrn)));
    return { info, resolved, violations };
}

/** Runs one stack offline. Throws OfflinePreviewError for config, program, manifest and pack failures. */
export async function runOfflinePreview(opts: OfflinePreviewOptions): Promise<OfflinePreviewResult> {
    const log = opts.log ?? (() => undefined);
    const badName = stackNameProblem(opts.stack);
    if (badName) throw new OfflinePreviewError("usage", badName);
    const projectDir = opts.projectDir ?? PROJECT_DIR;
    const packDir = opts.packDir ?? path.join(projectDir, "policy-pack");
    const preview = opts.preview ?? false;
    const configFile = resolveConfigFile({ ...opts, projectDir });
    if (!opts.configFile && pathState(configFile).kind === "missing") {
        const known = discoverStacks(projectDir);
        throw new OfflinePreviewError(
            "config",
            `there is no stack "${opts.stack}" (no ${path.basename(configFile)}); stacks: ${known.join(", ") || "none"}. Pass --stack with one of them, or --config FILE.`,
        );
    }
    const { project, config, secureValues } = loadConfig(opts.stack, configFile, projectDir);

    log(
        `running ${project}/${opts.stack} under the mock engine${preview ? " (preview: computed outputs unknown)" : ""}`,
    );
    const run = await runProgramOnce(project, opts.stack, config, preview);
    // A first preview leaves what the provider computes unknown; the full run says what that is.
    const full = preview ? await runProgramOnce(project, opts.stack, config, false) : undefined;
    const plan = normalizePlan(run.plan, full?.plan);

    let manifests: Manifest[];
    try {
        manifests = buildManifests(plan);
    } catch (e) {
        if (e instanceof ManifestError)
            throw new OfflinePreviewError(
                "manifest",
                `stack ${opts.stack} would create invalid Kubernetes objects; fix the config or the program.`,
                e.problems,
            );
        throw e;
    }

    // Present, missing (the pack's own levels), or refused: a dangling link is a broken link, not "no pack config".
    const packConfigPath = opts.packConfigFile ?? path.join(packDir, "config", `${opts.stack}.json`);
    let packConfigFile: string | undefined;
    let packConfig: PackConfig = {};
    try {
        packConfigFile =
            opts.packConfigFile !== undefined || packConfigPresent(packConfigPath) ? packConfigPath : undefined;
        if (packConfigFile) packConfig = loadPackConfig(packConfigFile);
    } catch (e) {
        if (e instanceof PackConfigError) throw new OfflinePreviewError("config", e.message, [...e.problems]);
        throw new OfflinePreviewError("policy-pack", `cannot read the pack config ${packConfigPath}: ${firstLine(e)}`);
    }

    let session = opts.session;
    if (!session) {
        log(`starting the policy pack ${path.relative(process.cwd(), packDir) || "."} (run-policy-pack, type-checked)`);
        try {
            session = await startPolicyPack(packDir);
        } catch (e) {
            throw new OfflinePreviewError(
                "policy-pack",
                `the policy pack in ${packDir} did not start: ${firstLine(e)}`,
            );
        }
    }
    let analysis;
    try {
        log(
            `analyzing ${plan.resources.length} resources${packConfigFile ? ` with ${path.relative(projectDir, packConfigFile)}` : " with the pack's own enforcement levels"}`,
        );
        analysis = await analyzePlan(session, plan, packConfig, packConfigFile);
    } catch (e) {
        if (e instanceof OfflinePreviewError) throw e;
        throw new OfflinePreviewError("policy-pack", `the policy pack failed: ${firstLine(e)}`);
    } finally {
        if (!opts.session) await session.close();
    }

    return {
        project,
        stack: opts.stack,
        preview,
        configFile,
        secureValues,
        secretPlaceholder: SECRET_PLACEHOLDER,
        packConfigFile,
        pack: {
            name: analysis.info.name,
            version: analysis.info.version,
            policies: analysis.info.policies.length,
            levels: Object.fromEntries(Object.entries(analysis.resolved).map(([k, v]) => [k, v.enforcementLevel])),
        },
        plan,
        defaultProviderUses: run.defaultProviderUses,
        manifests,
        violations: [...analysis.violations, ...planViolations(plan, run.defaultProviderUses)],
    };
}
