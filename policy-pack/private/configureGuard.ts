/**
 * Wraps the pack's Configure handler so a config mistake fails the run, under the real CLI as offline.
 * @pulumi/policy's server.js registers its handlers with `grpc.Server.prototype.addService` of the
 * @grpc/grpc-js it resolves; `new PolicyPack` serves at once, so this must be installed before it. The wrapper
 * reads the whole config (every section, known or not), answers Configure with INVALID_ARGUMENT listing every
 * problem (the CLI then stops: "configuring policy pack ...", pulumi/pulumi pkg/engine/plugins.go), and
 * otherwise stores the config with `setPackConfig` (pack-wide sections such as `custody-model`) before the SDK's
 * own handler takes it.
 */
import * as path from "path";
import type * as grpcTypes from "@grpc/grpc-js";
import { PolicyConfigSchema } from "@pulumi/policy";
import { setPackConfig } from "../model/packConfig";
import { formatProblems, packConfigProblems, PolicyWithSchema, SectionConfig } from "./packConfigCheck";

interface ConfigureRequest {
    getPolicyconfigMap(): {
        entries(): Iterable<
            [string, { getEnforcementlevel(): number; getProperties(): { toJavaScript(): object } | undefined }]
        >;
    };
}
type Callback = (err: Partial<grpcTypes.StatusObject> | null, value?: unknown) => void;
type Handler = (call: { request: ConfigureRequest }, callback: Callback) => unknown;

const policyDir = path.dirname(require.resolve("@pulumi/policy/package.json"));
// The very instances @pulumi/policy's server.js uses (a second copy would have its own prototype).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const grpc = require(require.resolve("@grpc/grpc-js", { paths: [policyDir] })) as typeof grpcTypes;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const protoutil = require(path.join(policyDir, "protoutil")) as { convertEnforcementLevel(level: number): string };

/**
 * The Configure request as `{ <section>: { enforcementLevel, ...properties } }`, as server.js reads it; built from
 * entries (no assignment can reach a prototype), so a `constructor` or `prototype` key arrives as data and
 * packConfigProblems names it. A `__proto__` key never arrives: google-protobuf's jspb.Map (the request's policy
 * map, a Struct's fields) keeps its entries in a plain object, where that key sets the prototype, and
 * Struct.toJavaScript assigns `ret[key]` likewise, so the entry is gone before this code runs (checked against
 * google-protobuf 3.21: a `__proto__` section or property deserialises to nothing). The offline tools therefore
 * refuse it in the file itself (tools/offline/analyzer.ts loadPackConfig, tools/custody-model/main.ts; README,
 * "The offline preview").
 */
function plainConfig(request: ConfigureRequest): Record<string, SectionConfig> {
    return Object.fromEntries(
        [...request.getPolicyconfigMap().entries()].map(([name, section]) => [
            name,
            {
                ...(section.getProperties()?.toJavaScript() ?? {}),
                enforcementLevel: protoutil.convertEnforcementLevel(section.getEnforcementlevel()),
            },
        ]),
    );
}

export function guardConfigure(
    packName: string,
    policies: readonly { name: string; configSchema?: PolicyConfigSchema }[],
): void {
    const server = grpc.Server.prototype;
    const addService = server.addService;
    const known: PolicyWithSchema[] = policies.map(p => ({ name: p.name, configSchema: p.configSchema }));
    server.addService = function (this: grpcTypes.Server, service, implementation) {
        const impl = implementation as Record<string, Handler>;
        if (typeof impl.configure === "function" && typeof impl.analyzeStack === "function") {
            server.addService = addService; // one pack per process: restore once the analyzer is registered
            const configure = impl.configure;
            implementation = {
                ...implementation,
                configure: ((call, callback) => {
                    let config: Record<string, SectionConfig>;
                    try {
                        config = plainConfig(call.request);
                    } catch (e) {
                        callback({ code: grpc.status.INTERNAL, details: `reading the pack config: ${String(e)}` });
                        return;
                    }
                    const problems = packConfigProblems(packName, config, known);
                    if (problems.length > 0) {
                        const details = formatProblems(packName, problems);
                        callback(Object.assign(new Error(details), { code: grpc.status.INVALID_ARGUMENT, details }));
                        return;
                    }
                    setPackConfig(config);
                    return configure(call, callback);
                }) as Handler,
            } as grpcTypes.UntypedServiceImplementation;
        }
        return addService.call(this, service, implementation);
    };
}
