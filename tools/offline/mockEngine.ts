/**
 * Pulumi's mock engine, made to answer like AWS and Kubernetes would, and to record everything the program
 * registers (inputs, outputs, options, parent, provider, dependencies) as a plan.
 *
 * - ARNs and ids follow the account and region of the provider each resource was created with.
 * - Ids are derived from the resource's URN, so two runs produce identical plans (diffable).
 * - In preview mode, computed outputs (ARNs, key ids) are left unknown, as in a real first preview.
 */
import * as crypto from "crypto";
import * as pulumi from "@pulumi/pulumi";
import { MockMonitor } from "@pulumi/pulumi/runtime/mocks";
import { deserializeProperties } from "@pulumi/pulumi/runtime/rpc";
import { setMockOptions } from "@pulumi/pulumi/runtime/settings";

// Internal SDK functions (marked @internal, so absent from the typings) that the real runtime uses to wait
// for outstanding registrations and to declare the engine's features.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { waitForRPCs } = require("@pulumi/pulumi/runtime/settings") as { waitForRPCs: () => Promise<void> };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { getStore } = require("@pulumi/pulumi/runtime/state") as { getStore: () => Record<string, unknown> };

export interface PlanResource {
    urn: string;
    type: string;
    name: string;
    custom: boolean;
    id?: string;
    parent?: string;
    /** `<provider urn>::<provider id>` as the engine passes it. */
    provider?: string;
    providerUrn?: string;
    /** The account and region this resource is deployed into (from its provider). */
    account?: { accountId?: string; region?: string };
    inputs: Record<string, unknown>;
    outputs: Record<string, unknown>;
    options: {
        protect: boolean;
        retainOnDelete: boolean;
        deleteBeforeReplace: boolean;
        ignoreChanges: string[];
        additionalSecretOutputs: string[];
    };
    dependencies: string[];
    propertyDependencies: Record<string, string[]>;
    /** URNs this resource had before a move (its `aliases` option, resolved); absent when it declares none. */
    aliases?: string[];
}

export interface Plan {
    project: string;
    stack: string;
    preview: boolean;
    resources: PlanResource[];
    outputs: Record<string, unknown>;
}

/** A value the engine reports as unknown during preview. */
export const UNKNOWN = pulumi.runtime.unknownValue ?? "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

function stableUuid(seed: string): string {
    const h = crypto.createHash("sha256").update(seed).digest("hex");
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function stableUpper(seed: string, n: number): string {
    return crypto.createHash("sha256").update(seed).digest("hex").toUpperCase().slice(0, n);
}

function partitionOf(region: string | undefined): string {
    if (region?.startsWith("cn-")) return "aws-cn";
    if (region?.startsWith("us-gov-")) return "aws-us-gov";
    return "aws";
}

interface ProviderInfo {
    type: string;
    accountId?: string;
    region?: string;
}

/** Answers resource registrations and invokes like the AWS and Kubernetes providers would. */
export class CustodyMocks implements pulumi.runtime.Mocks {
    private readonly providers = new Map<string, ProviderInfo>();

    constructor(
        private readonly preview: boolean,
        private readonly stackName: string,
    ) {}

    providerInfo(providerRef: string | undefined): ProviderInfo | undefined {
        if (!providerRef) return undefined;
        return this.providers.get(providerRef.split("::").slice(0, -1).join("::"));
    }

    newResource(args: pulumi.runtime.MockResourceArgs): { id: string | undefined; state: Record<string, any> } {
        const seed = `${this.stackName}/${args.type}/${args.name}`;
        if (args.type.startsWith("pulumi:providers:")) {
            return { id: stableUuid(seed), state: args.inputs };
        }
        const info = this.providerInfo(args.provider);
        const accountId = info?.accountId ?? "000000000000";
        const region = info?.region ?? "us-east-1";
        const partition = partitionOf(region);
        const inputs = args.inputs;
        // In preview a real engine knows inputs only; everything the provider computes is unknown.
        const computed = (values: Record<string, unknown>) => (this.preview ? {} : values);
        switch (args.type) {
            case "aws:kms/key:Key": {
                const keyId = stableUuid(seed);
                return {
                    id: this.preview ? undefined : keyId,
                    state: {
                        ...inputs,
                        ...computed({ keyId, arn: `arn:${partition}:kms:${region}:${accountId}:key/${keyId}` }),
                    },
                };
            }
            case "aws:kms/alias:Alias":
                return {
                    id: inputs.name,
                    state: {
                        ...inputs,
                        ...computed({
                            arn: `arn:${partition}:kms:${region}:${accountId}:${inputs.name}`,
                            // TargetKeyId may be a key id or a key ARN (AWS KMS API reference, CreateAlias).
                            targetKeyArn: String(inputs.targetKeyId).startsWith("arn:")
                                ? inputs.targetKeyId
                                : `arn:${partition}:kms:${region}:${accountId}:key/${inputs.targetKeyId}`,
                        }),
                    },
                };
            case "aws:dynamodb/table:Table":
                return {
                    id: inputs.name,
                    state: {
                        ...inputs,
                        ...computed({ arn: `arn:${partition}:dynamodb:${region}:${accountId}:table/${inputs.name}` }),
                    },
                };
            case "aws:iam/role:Role":
                return {
                    id: inputs.name,
                    state: {
                        ...inputs,
                        ...computed({
                            arn: `arn:${partition}:iam::${accountId}:role/${inputs.name}`,
                            uniqueId: `AROA${stableUpper(seed, 17)}`,
                        }),
                    },
                };
            case "aws:iam/rolePolicy:RolePolicy":
                return { id: `${inputs.role}:${inputs.name}`, state: inputs };
            case "aws:iam/policy:Policy":
                return {
                    id: `arn:${partition}:iam::${accountId}:policy/${inputs.name}`,
                    state: {
                        ...inputs,
                        ...computed({ arn: `arn:${partition}:iam::${accountId}:policy/${inputs.name}` }),
                    },
                };
            case "aws:iam/rolePolicyAttachment:RolePolicyAttachment":
                return { id: `${inputs.role}-${stableUpper(seed, 8)}`, state: inputs };
            case "aws:iam/instanceProfile:InstanceProfile":
                return {
                    id: inputs.name,
                    state: {
                        ...inputs,
                        ...computed({ arn: `arn:${partition}:iam::${accountId}:instance-profile/${inputs.name}` }),
                    },
                };
            case "aws:iam/openIdConnectProvider:OpenIdConnectProvider": {
                const host = String(inputs.url).replace(/^https:\/\//, "");
                const arn = `arn:${partition}:iam::${accountId}:oidc-provider/${host}`;
                return { id: this.preview ? undefined : arn, state: { ...inputs, ...computed({ arn }) } };
            }
            case "aws:eks/podIdentityAssociation:PodIdentityAssociation": {
                // EKS API reference, CreatePodIdentityAssociation: ids are a-<17 lower-case alphanumerics>, the ARN
                // names the cluster and the id; the association's region is its own `region` input when set.
                const at = String(inputs.region ?? region);
                const associationId = `a-${stableUpper(seed, 17).toLowerCase()}`;
                const associationArn = `arn:${partitionOf(at)}:eks:${at}:${accountId}:podidentityassociation/${inputs.clusterName}/${associationId}`;
                return {
                    id: this.preview ? undefined : `${inputs.clusterName},${associationId}`,
                    state: {
                        ...inputs,
                        ...computed({
                            associationArn,
                            associationId,
                            ...(inputs.targetRoleArn ? { externalId: stableUuid(`${seed}/external-id`) } : {}),
                        }),
                    },
                };
            }
            case "aws:eks/addon:Addon": {
                const at = String(inputs.region ?? region);
                return {
                    id: `${inputs.clusterName}:${inputs.addonName}`,
                    state: {
                        ...inputs,
                        ...computed({
                            arn: `arn:${partitionOf(at)}:eks:${at}:${accountId}:addon/${inputs.clusterName}/${inputs.addonName}/${stableUuid(seed)}`,
                        }),
                    },
                };
            }
            case "kubernetes:core/v1:ServiceAccount":
            case "kubernetes:core/v1:Namespace": {
                const md = (inputs.metadata ?? {}) as { name?: string; namespace?: string };
                const id = md.namespace ? `${md.namespace}/${md.name}` : md.name;
                const kind = args.type.split(":").pop();
                return {
                    id,
                    state: {
                        apiVersion: "v1",
                        kind,
                        ...inputs,
                        metadata: { ...md, ...computed({ uid: stableUuid(seed) }) },
                    },
                };
            }
            default:
                return {
                    id: this.preview ? undefined : `${args.name}-${stableUpper(seed, 8).toLowerCase()}`,
                    state: inputs,
                };
        }
    }

    /** Called by the recording monitor once the provider's URN is known. */
    registerProvider(urn: string, type: string, inputs: Record<string, unknown>): void {
        // Providers receive non-string config JSON-encoded, as the engine sends it to the plugin.
        const allowed =
            typeof inputs.allowedAccountIds === "string"
                ? JSON.parse(inputs.allowedAccountIds)
                : inputs.allowedAccountIds;
        this.providers.set(urn, {
            type,
            accountId: (allowed as string[] | undefined)?.[0],
            region: inputs.region as string | undefined,
        });
    }

    call(args: pulumi.runtime.MockCallArgs): Record<string, any> {
        const info = this.providerInfo(args.provider);
        switch (args.token) {
            case "aws:index/getCallerIdentity:getCallerIdentity": {
                const accountId = info?.accountId ?? "000000000000";
                return {
                    accountId,
                    arn: `arn:aws:sts::${accountId}:assumed-role/offline-preview/offline`,
                    userId: `AROA${stableUpper(accountId, 17)}:offline`,
                    id: accountId,
                };
            }
            case "aws:index/getRegion:getRegion":
                return {
                    name: info?.region ?? "us-east-1",
                    region: info?.region ?? "us-east-1",
                    id: info?.region ?? "us-east-1",
                };
            case "aws:index/getPartition:getPartition":
                return {
                    partition: partitionOf(info?.region),
                    dnsSuffix: partitionOf(info?.region) === "aws-cn" ? "amazonaws.com.cn" : "amazonaws.com",
                    id: partitionOf(info?.region),
                };
            case "aws:iam/getPolicyDocument:getPolicyDocument":
                return { json: JSON.stringify(policyDocumentFromArgs(args.inputs)), id: "policy" };
            default:
                throw new Error(
                    `offline preview has no answer for invoke ${args.token}: add it to tools/offline/mockEngine.ts`,
                );
        }
    }
}

/** getPolicyDocument's statement arguments turned into the JSON AWS would store. */
function policyDocumentFromArgs(inputs: Record<string, any>): unknown {
    const statements = (inputs.statements ?? []).map((s: any) => {
        const out: Record<string, unknown> = { Effect: s.effect ?? "Allow" };
        if (s.sid) out.Sid = s.sid;
        for (const [k, v] of [
            ["Action", s.actions],
            ["NotAction", s.notActions],
            ["Resource", s.resources],
            ["NotResource", s.notResources],
        ] as const) {
            if (v) out[k] = v.length === 1 ? v[0] : v;
        }
        if (s.principals) {
            out.Principal = Object.fromEntries(
                s.principals.map((p: any) => [p.type, p.identifiers.length === 1 ? p.identifiers[0] : p.identifiers]),
            );
        }
        if (s.conditions) {
            const cond: Record<string, Record<string, unknown>> = {};
            for (const c of s.conditions) {
                cond[c.test] = {
                    ...(cond[c.test] ?? {}),
                    [c.variable]: c.values.length === 1 ? c.values[0] : c.values,
                };
            }
            out.Condition = cond;
        }
        return out;
    });
    return { Version: inputs.version ?? "2012-10-17", Statement: statements };
}

/** A MockMonitor that records each registration's full request (options included) and its response. */
class RecordingMonitor extends MockMonitor {
    readonly recorded: PlanResource[] = [];

    constructor(private readonly custodyMocks: CustodyMocks) {
        super(custodyMocks);
        // MockMonitor qualifies a child's type with its parent's last type only, and keeps the root Stack's; the
        // engine uses the parent's whole qualified type and omits the root Stack (pulumi/pulumi
        // pkg/resource/deploy/deployment.go `generateURN`). The plan must carry the URNs a deployment has.
        (this as unknown as { newUrn: (parent: string, type: string, name: string) => string }).newUrn = (
            parent,
            type,
            name,
        ) => {
            const parentType = parent ? parent.split("::")[2] : "";
            const qualifiedType = parentType && parentType !== "pulumi:pulumi:Stack" ? `${parentType}$${type}` : type;
            return `urn:pulumi:${pulumi.getStack()}::${pulumi.getProject()}::${qualifiedType}::${name}`;
        };
    }

    async registerResource(req: any, callback: (err: any, resp: any) => void): Promise<void> {
        const type: string = req.getType();
        const inputs = deserializeProperties(req.getObject());
        const propertyDependencies: Record<string, string[]> = {};
        req.getPropertydependenciesMap().forEach((deps: any, key: string) => {
            propertyDependencies[key] = deps.getUrnsList();
        });
        const provider: string | undefined = req.getProvider() || undefined;
        const record: PlanResource = {
            urn: "",
            type,
            name: req.getName(),
            custom: req.getCustom(),
            parent: req.getParent() || undefined,
            provider,
            providerUrn: provider ? provider.split("::").slice(0, -1).join("::") : undefined,
            inputs: plainJson(inputs),
            outputs: {},
            options: {
                protect: req.getProtect() === true,
                retainOnDelete: req.getRetainondelete() === true,
                deleteBeforeReplace: req.getDeletebeforereplace() === true,
                ignoreChanges: req.getIgnorechangesList(),
                additionalSecretOutputs: req.getAdditionalsecretoutputsList(),
            },
            dependencies: req.getDependenciesList(),
            propertyDependencies,
        };
        const info = this.custodyMocks.providerInfo(provider);
        if (info) {
            record.account = { accountId: info.accountId, region: info.region };
        }
        const aliasRequests: any[] = req.getAliasesList?.() ?? [];
        await super.registerResource(req, (err: any, resp: any) => {
            if (!err && resp) {
                record.urn = resp.getUrn();
                const aliases = aliasRequests.map(a => aliasUrn(a, record)).concat(req.getAliasurnsList?.() ?? []);
                if (aliases.length) record.aliases = [...new Set(aliases)].filter(u => u !== record.urn);
                record.id = resp.getId() || undefined;
                record.outputs = plainJson(deserializeProperties(resp.getObject()));
                if (type.startsWith("pulumi:providers:")) {
                    this.custodyMocks.registerProvider(record.urn, type, inputs);
                }
                this.recorded.push(record);
            }
            callback(err, resp);
        });
    }

    registerResourceOutputs(req: any, callback: (err: any, resp: any) => void): void {
        const record = this.recorded.find(r => r.urn === req.getUrn());
        if (record) {
            record.outputs = plainJson(deserializeProperties(req.getOutputs()));
        }
        super.registerResourceOutputs(req, callback);
    }
}

/** `urn:pulumi:<stack>::<project>::<qualified type>::<name>`: its parts (the name may contain `::`). */
export function parseUrn(urn: string): {
    stack: string;
    project: string;
    qualifiedType: string;
    type: string;
    name: string;
} {
    const parts = urn.split("::");
    if (parts.length < 4 || !parts[0].startsWith("urn:pulumi:") || !parts[2]) {
        throw new Error(`"${urn}" is not a Pulumi URN (urn:pulumi:<stack>::<project>::<type>::<name>)`);
    }
    const qualifiedType = parts[2];
    return {
        stack: parts[0].slice("urn:pulumi:".length),
        project: parts[1],
        qualifiedType,
        type: qualifiedType.split("$").pop()!,
        name: parts.slice(3).join("::"),
    };
}

/**
 * The URN an alias names (the SDK sends `{urn}` or a spec whose empty fields mean "as now"): a child's type is
 * qualified by its parent's, except under the root Stack (Pulumi's URN scheme).
 */
function aliasUrn(alias: any, current: PlanResource): string {
    if (alias.getUrn?.()) return alias.getUrn();
    const spec = alias.getSpec();
    const self = parseUrn(current.urn);
    const parentUrn: string | undefined = spec.getNoparent() ? undefined : spec.getParenturn() || current.parent;
    const type: string = spec.getType() || current.type;
    let qualifiedType = type;
    if (parentUrn) {
        const parent = parseUrn(parentUrn);
        if (parent.type !== "pulumi:pulumi:Stack") qualifiedType = `${parent.qualifiedType}$${type}`;
    }
    return `urn:pulumi:${spec.getStack() || self.stack}::${spec.getProject() || self.project}::${qualifiedType}::${spec.getName() || current.name}`;
}

/** Plain JSON of a deserialized property map (drops anything that is not data). */
function plainJson<T>(value: T): T {
    return JSON.parse(JSON.stringify(value ?? {}, (_k, v) => (pulumi.Output.isInstance(v) ? undefined : v)));
}

export interface RunOptions {
    project: string;
    stack: string;
    /** Full keys, e.g. `custody-infra:accounts`, as `pulumi config` stores them (objects as JSON text). */
    config: Record<string, string>;
    preview: boolean;
    /** The program: registers resources, returns stack outputs. */
    program: () => Record<string, unknown> | Promise<Record<string, unknown>>;
}

export interface RunResult {
    plan: Plan;
    /** Resource types registered without an explicit provider (forbidden: default providers are disabled). */
    defaultProviderUses: string[];
}

/**
 * Runs a program once under a fresh recording mock engine and returns what it registered. Each call resets
 * the runtime, so tests can run many configurations in one process.
 */
export async function runProgram(opts: RunOptions): Promise<RunResult> {
    const mocks = new CustodyMocks(opts.preview, opts.stack);
    const monitor = new RecordingMonitor(mocks);
    setMockOptions(monitor, opts.project, opts.stack, opts.preview);
    const store = getStore();
    Object.assign(store, {
        supportsSecrets: true,
        supportsResourceReferences: true,
        supportsOutputValues: false,
        supportsDeletedWith: true,
        supportsAliasSpecs: true,
        supportsTransforms: false,
    });
    pulumi.runtime.setAllConfig(opts.config);
    // The program's error is held and rethrown after the engine drains, so no rejected promise is left
    // behind in the runtime (a plain Node process would otherwise die printing a stack trace).
    let programError: unknown;
    const outputs = await pulumi.runtime.runInPulumiStack(async () => {
        try {
            return await opts.program();
        } catch (e) {
            programError = e;
            return {};
        }
    });
    await waitForRPCs();
    if (programError !== undefined) {
        throw programError;
    }
    const resources = monitor.recorded;
    const stackResource = resources.find(r => r.type === "pulumi:pulumi:Stack");
    const defaultProviderUses = resources
        .filter(r => r.custom && !r.type.startsWith("pulumi:") && !r.provider)
        .map(r => `${r.type} ${r.name}`);
    return {
        plan: {
            project: opts.project,
            stack: opts.stack,
            preview: opts.preview,
            resources,
            outputs: plainJson(stackResource?.outputs ?? (outputs as Record<string, unknown>) ?? {}),
        },
        defaultProviderUses,
    };
}
