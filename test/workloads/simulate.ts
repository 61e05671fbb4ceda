// The independent IAM evaluator (AGPL, tests only): asks "would AWS allow this request?" of the plan.
import { runSimulation } from "@cloud-copilot/iam-simulate";
import { Doc } from "./planQueries";

export interface SimRequest {
    principal: string;
    action: string;
    resource: string;
    resourceAccount: string;
    identityPolicies: Doc[];
    resourcePolicy?: Doc;
    context?: Record<string, string | string[]>;
}

export async function simulate(req: SimRequest): Promise<string> {
    const result = await runSimulation({
        request: {
            principal: req.principal,
            action: req.action,
            resource: { resource: req.resource, accountId: req.resourceAccount },
            contextVariables: req.context ?? {},
        },
        identityPolicies: req.identityPolicies.map((policy, i) => ({ name: `identity-${i}`, policy })),
        serviceControlPolicies: [],
        resourceControlPolicies: [],
        resourcePolicy: req.resourcePolicy,
    } as any, {});
    const r = result as any;
    if (r.errors) {
        throw new Error(`simulation rejected the request: ${JSON.stringify(r.errors)}`);
    }
    return r.overallResult ?? r.result?.analysis?.result;
}
