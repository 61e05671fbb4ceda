// Shared expectations and queries for the foundation suites (test/components, test/config, test/iam).
// Every expected value here is written from seed 000 or the README's config reference, never imported from
// components/, so a change in the program cannot silently change what the tests expect.
import { strict as assert } from "assert";
import { runSimulation, Simulation } from "@cloud-copilot/iam-simulate";
import { ConfigValidationError } from "../../components/config/errors";
import { readRawConfig } from "../../components/stack/load";
import { validateStackConfig } from "../../components/stack/validate";
import { PlanResource } from "../../tools/offline/mockEngine";
import { runStack, stackConfig, StackRun } from "../harness";

export const PROJECT = "custody-infra";

/** Seed 000, "Required Permissions": the action lists of the seed's three JSON policies, verbatim. */
export const SEED_000 = {
    antiSlashing: [
        "dynamodb:DescribeTable",
        "dynamodb:GetItem",
        "dynamodb:PutItem",
        "dynamodb:UpdateItem",
        "dynamodb:TransactGetItems",
        "dynamodb:TransactWriteItems",
    ],
    keySourceDynamo: [
        "dynamodb:DescribeTable",
        "dynamodb:GetItem",
        "dynamodb:PutItem",
        "dynamodb:UpdateItem",
        "dynamodb:Query",
    ],
    keySourceKms: ["kms:Encrypt", "kms:Decrypt"],
    signerState: [
        "dynamodb:DescribeTable",
        "dynamodb:GetItem",
        "dynamodb:PutItem",
        "dynamodb:UpdateItem",
        "dynamodb:DeleteItem",
        "dynamodb:Scan",
        "dynamodb:TransactWriteItems",
    ],
    /** The key policy's AllowSignerRole actions. */
    keyPolicySignerActions: ["kms:Encrypt", "kms:Decrypt"],
} as const;

/**
 * The deliberate correction of the seed: Transact* are API operations, not IAM actions; a path that commits
 * transactions (the seed lists TransactWriteItems) needs dynamodb:ConditionCheckItem for its condition checks.
 */
export function correctedSeedActions(seed: readonly string[]): string[] {
    const kept = seed.filter(a => !/^dynamodb:Transact/.test(a));
    return seed.includes("dynamodb:TransactWriteItems") ? [...kept, "dynamodb:ConditionCheckItem"] : kept;
}

export const EXPECTED_ACTIONS = {
    antiSlashing: correctedSeedActions(SEED_000.antiSlashing),
    keySource: correctedSeedActions(SEED_000.keySourceDynamo),
    signerState: correctedSeedActions(SEED_000.signerState),
    shareKeys: [...SEED_000.keySourceKms],
};

/** The committed stack files, as this suite reads them (independently of the program). */
export const DEV = {
    stack: "dev",
    account: { name: "main", id: "111111111111", region: "eu-west-1" },
    issuerHost: "oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE",
    context: "dev-validators",
};
export const PROD = {
    stack: "prod",
    primary: { name: "signer", id: "111111111111", region: "eu-west-1" },
    accounts: [
        { name: "signer", id: "111111111111", region: "eu-west-1" },
        { name: "custody-b", id: "222222222222", region: "eu-central-1" },
        { name: "custody-c", id: "333333333333", region: "us-east-1" },
    ],
    issuerHost: "oidc.eks.eu-west-1.amazonaws.com/id/A1B2C3D4E5F60718293A4B5C6D7E8F90",
    context: "prod-validators",
};

/** README defaults: namePrefix `custody-<stack>`, tables `<prefix>-keystore|anti-slashing|signer-state`, role `<prefix>-signer`. */
export function defaultNames(stack: string) {
    const prefix = `custody-${stack}`;
    return {
        keystore: `${prefix}-keystore`,
        antiSlashing: `${prefix}-anti-slashing`,
        signerState: `${prefix}-signer-state`,
        role: `${prefix}-signer`,
    };
}

export const tableArnOf = (region: string, account: string, name: string) =>
    `arn:aws:dynamodb:${region}:${account}:table/${name}`;
export const roleArnOf = (account: string, name: string) => `arn:aws:iam::${account}:role/${name}`;
export const shareAlias = (stack: string, n: number) => `alias/${PROJECT}/${stack}/share-${n}`;

/** Seed 000's IRSA trust policy, with the cluster's issuer and the ServiceAccount filled in. */
export function seedTrustPolicy(
    accountId: string,
    issuerHost: string,
    namespace = "validators",
    sa = "containment-chamber",
) {
    return {
        Version: "2012-10-17",
        Statement: [
            {
                Effect: "Allow",
                Principal: { Federated: `arn:aws:iam::${accountId}:oidc-provider/${issuerHost}` },
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: {
                    StringEquals: {
                        [`${issuerHost}:sub`]: `system:serviceaccount:${namespace}:${sa}`,
                        [`${issuerHost}:aud`]: "sts.amazonaws.com",
                    },
                },
            },
        ],
    };
}

/** Seed 000's Shamir key policy (secondary-account form when keyAccount differs from the role's account). */
export function seedShareKeyPolicy(keyAccountId: string, signerRoleArn: string) {
    return {
        Version: "2012-10-17",
        Statement: [
            {
                Sid: "EnableIAMDelegation",
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${keyAccountId}:root` },
                Action: "kms:*",
                Resource: "*",
            },
            {
                Sid: "AllowSignerRole",
                Effect: "Allow",
                Principal: { AWS: signerRoleArn },
                Action: ["kms:Encrypt", "kms:Decrypt"],
                Resource: "*",
            },
        ],
    };
}

export interface Doc {
    Version: string;
    Statement: Array<Record<string, any>>;
}

export function parseDoc(text: unknown): Doc {
    assert.equal(typeof text, "string", `expected a JSON policy string, got ${JSON.stringify(text)}`);
    return JSON.parse(text as string) as Doc;
}

export function asList(v: unknown): string[] {
    return v === undefined ? [] : Array.isArray(v) ? (v as string[]) : [v as string];
}

export const sorted = (xs: readonly string[]) => [...xs].sort();

/** The engine's marker for a value unknown during preview, as the recording monitor serialises it. */
export function isUnknown(v: unknown): boolean {
    return typeof v === "object" && v !== null && (v as Record<string, unknown>).__pulumiUnknown === true;
}

/** Key resources by share index, from the tag each carries (not from resource names). */
export function shareKeys(run: StackRun): PlanResource[] {
    const keys = run
        .byType("aws:kms/key:Key")
        .filter(k => (k.inputs.tags as Record<string, string> | undefined)?.["custody:share-ring"] === "signer");
    return keys.sort(
        (a, b) =>
            Number((a.inputs.tags as any)["custody:share-index"]) -
            Number((b.inputs.tags as any)["custody:share-index"]),
    );
}

export function tableCmk(run: StackRun): PlanResource {
    const cmks = run
        .byType("aws:kms/key:Key")
        .filter(k => !(k.inputs.tags as Record<string, string> | undefined)?.["custody:share-ring"]);
    assert.equal(cmks.length, 1, "exactly one table CMK");
    return cmks[0];
}

export function tableNamed(run: StackRun, name: string): PlanResource {
    const found = run.byType("aws:dynamodb/table:Table").filter(t => t.inputs.name === name);
    assert.equal(
        found.length,
        1,
        `one table named ${name}; tables: ${run
            .byType("aws:dynamodb/table:Table")
            .map(t => t.inputs.name)
            .join(", ")}`,
    );
    return found[0];
}

export function signerRole(run: StackRun, roleName: string): PlanResource {
    const found = run.byType("aws:iam/role:Role").filter(r => r.inputs.name === roleName);
    assert.equal(found.length, 1, `one role named ${roleName}`);
    return found[0];
}

/** The role's whole identity policy: every inline RolePolicy naming it (the program must use no other). */
export function identityPolicies(run: StackRun, roleName: string): Doc[] {
    return run
        .byType("aws:iam/rolePolicy:RolePolicy")
        .filter(p => p.inputs.role === roleName)
        .map(p => parseDoc(p.inputs.policy));
}

/** Provider-type name of a resource's provider, e.g. `aws-main` from `...$pulumi:providers:aws::aws-main`. */
export function providerName(r: PlanResource): string | undefined {
    return r.providerUrn?.split("::").pop();
}

/** Problems the pure validator reports for a raw config, as `key: message` lines ([] when valid). */
export function problemsOf(raw: Record<string, unknown>, stack = "dev"): string[] {
    try {
        validateStackConfig(raw, { project: PROJECT, stack });
    } catch (e) {
        assert.ok(e instanceof ConfigValidationError, `expected ConfigValidationError, got ${String(e)}`);
        return e.problems.map(p => `${p.key}: ${p.message}`);
    }
    return [];
}

/** A committed stack's config as the validator receives it (objects parsed), deep-copied for editing. */
export function rawOf(stack: string): Record<string, any> {
    return JSON.parse(JSON.stringify(readRawConfig(stackConfig(stack))));
}

/** Engine config (flat, JSON text) from a raw config object. */
export function engineConfig(raw: Record<string, unknown>): Record<string, string> {
    const out: Record<string, string> = { "pulumi:disable-default-providers": JSON.stringify(["*"]) };
    for (const [k, v] of Object.entries(raw)) {
        out[`${PROJECT}:${k}`] = typeof v === "string" ? v : JSON.stringify(v);
    }
    return out;
}

/** One run per (stack, preview) per process: the committed stacks are deterministic, so suites share them. */
const cache = new Map<string, Promise<StackRun>>();
export function committedRun(stack: "dev" | "prod", preview = false): Promise<StackRun> {
    const key = `${stack}/${preview}`;
    if (!cache.has(key)) {
        cache.set(key, runStack({ stack, preview }));
    }
    return cache.get(key)!;
}

export interface SimRequest {
    principal: string;
    action: string;
    resource: string;
    resourceAccount: string;
    identityPolicies: Doc[];
    resourcePolicy?: Doc;
    /** Request context keys, e.g. kms:RequestAlias or sts:ExternalId. */
    context?: Record<string, string | string[]>;
}

/** "Would AWS allow this?" by the independent evaluator; a rejected (invalid) simulation fails the test. */
export async function simulate(req: SimRequest): Promise<string> {
    const simulation: Simulation = {
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
    };
    const result = await runSimulation(simulation, {});
    if (result.resultType === "error") {
        throw new Error(`simulation of ${req.action} on ${req.resource} is invalid: ${JSON.stringify(result.errors)}`);
    }
    return result.overallResult;
}
