/** DynamoDB tables that hold validator keys, slashing-protection records and signer state. */
import { ResourceValidationPolicy } from "@pulumi/policy";
import {
    accountOf,
    accountRootOf,
    classifyDynamoDbAction,
    TABLE_REPLICA_TYPE,
    knownString,
    loadCatalog,
    presence,
    providerAccount,
    statementActions,
    statementLabel,
    tryParsePolicyDocument,
    TYPES,
} from "../model";
import { DEFAULT_RESTRICTING_KEYS, restrictsCaller } from "./keyPolicies";
import { defineConfig } from "./config";

const dynamoDbTableSafeConfig = defineConfig({
    requireCustomerManagedKey: { type: "boolean", default: true },
});

/**
 * Rule 7. Seed 000's tables hold encrypted BLS keys and EIP-3076 slashing-protection data: losing a watermark
 * can get a validator slashed, losing the keystore loses the keys. Point-in-time recovery and deletion
 * protection make a mistake recoverable; SSE with a customer managed key keeps the data under a key policy the
 * stack controls (an AWS owned key has none).
 */
export const dynamoDbTableSafe: ResourceValidationPolicy = {
    name: "dynamodb-table-safe",
    description:
        "DynamoDB tables, their replicas and TableReplica resources enable point-in-time recovery, deletion protection, and server-side encryption with a customer managed KMS key, never alias/aws/dynamodb (seed 000).",
    enforcementLevel: "mandatory",
    severity: "high",
    remediationSteps:
        "Enable point-in-time recovery and deletion protection, and encrypt with a customer managed KMS key (serverSideEncryption.kmsKeyArn), on the table and each replica.",
    configSchema: dynamoDbTableSafeConfig.schema,
    validateResource: (args, reportViolation) => {
        if (args.type !== TYPES.table && args.type !== TABLE_REPLICA_TYPE) return;
        const cfg = dynamoDbTableSafeConfig.read(args);
        const p = args.props;
        if (args.type === TABLE_REPLICA_TYPE) {
            // aws.dynamodb.TableReplica: a region's copy of the global table, same data, same requirements.
            if (p.pointInTimeRecovery !== true)
                reportViolation("pointInTimeRecovery must be true on the table replica");
            if (p.deletionProtectionEnabled !== true)
                reportViolation("deletionProtectionEnabled must be true on the table replica");
            if (cfg.requireCustomerManagedKey) {
                const problem = customerManagedKeyProblem(p, "kmsKeyArn");
                if (problem) reportViolation(`the table replica's ${problem}`);
            }
            return;
        }
        if (p.pointInTimeRecovery?.enabled !== true) reportViolation("pointInTimeRecovery.enabled must be true");
        if (p.deletionProtectionEnabled !== true) reportViolation("deletionProtectionEnabled must be true");
        const sse = p.serverSideEncryption;
        if (sse?.enabled !== true) {
            reportViolation("serverSideEncryption.enabled must be true (with kmsKeyArn set to a customer managed key)");
        } else if (cfg.requireCustomerManagedKey) {
            const problem = customerManagedKeyProblem(sse, "kmsKeyArn");
            if (problem) reportViolation(`serverSideEncryption.${problem}`);
        }
        // Each replica region (global table version 2019.11.21) holds the same keys and slashing data.
        const replicas: unknown = p.replicas;
        if (Array.isArray(replicas)) {
            replicas.forEach((r: Record<string, any>, i: number) => {
                const where = `replicas[${i}] (${knownString(r, "regionName") ?? "region unknown"})`;
                if (r.pointInTimeRecovery !== true) reportViolation(`${where}: pointInTimeRecovery must be true`);
                if (r.deletionProtectionEnabled !== true)
                    reportViolation(`${where}: deletionProtectionEnabled must be true`);
                if (cfg.requireCustomerManagedKey) {
                    const problem = customerManagedKeyProblem(r, "kmsKeyArn");
                    if (problem) reportViolation(`${where}: ${problem}`);
                }
            });
        }
    },
};

/** `alias/aws/dynamodb`, as an alias name or alias ARN: the AWS managed key, whose policy the stack cannot set. */
const AWS_MANAGED_ALIAS = /(^|:)alias\/aws\//;

/**
 * Why `obj[key]` does not name a customer managed key, or undefined when it does. Whether it is set does not
 * depend on its value, which is often unknown until the key exists; a known value must not be an AWS managed
 * alias. (The AWS managed key given by its bare key id or key ARN cannot be told apart from a CMK here.)
 */
function customerManagedKeyProblem(obj: Record<string, any>, key: string): string | undefined {
    const p = presence(obj, key);
    if (p === "unknown") return undefined;
    const value = p === "present" ? String(obj[key]).trim() : "";
    if (value === "")
        return `${key} must name a customer managed key (without it DynamoDB uses an AWS owned or AWS managed key)`;
    if (AWS_MANAGED_ALIAS.test(value))
        return `${key} is ${value}, the AWS managed key: its key policy is AWS's, not the stack's; name a customer managed key`;
    return undefined;
}

export const DYNAMODB_RESOURCE_POLICY_TYPE = "aws:dynamodb/resourcePolicy:ResourcePolicy";

const dynamoDbResourcePolicySafeConfig = defineConfig({
    forbiddenActions: {
        type: "array",
        items: { type: "string" },
        default: ["dynamodb:BatchWriteItem", "dynamodb:BatchGetItem"],
    },
    restrictingConditionKeys: { type: "array", items: { type: "string" }, default: DEFAULT_RESTRICTING_KEYS },
    trustedAccountIds: { type: "array", items: { type: "string" }, default: [] },
    organizationId: { type: "string", default: "" },
});

/**
 * Rules 1 and 6 for the table's own policy. A DynamoDB resource policy grants access without any role of the
 * stack holding it: seed 000's tables must not become reachable by "*" or another account this way, no
 * principal may get Batch* (writes are conditional transactions, never batch), and no principal may manage the
 * table (UpdateTable, DeleteTable, UpdateContinuousBackups, PutResourcePolicy: turning off deletion protection
 * or PITR, or rewriting this very policy). Table management is derived from the catalogue (model/tables.ts).
 */
export const dynamoDbResourcePolicySafe: ResourceValidationPolicy = {
    name: "dynamodb-resource-policy-safe",
    description:
        'A DynamoDB ResourcePolicy grants no Batch* action, no table management, and nothing to "*" (unless pinned to the table\'s account) or to principals of other accounts (seed 000).',
    enforcementLevel: "mandatory",
    severity: "critical",
    remediationSteps:
        "Remove Batch* and table-management actions, NotPrincipal, and principals of other accounts from the table's policy; pin `\"*\"` to the table's account.",
    url: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/access-control-resource-based.html",
    configSchema: dynamoDbResourcePolicySafeConfig.schema,
    validateResource: async (args, reportViolation) => {
        if (args.type !== DYNAMODB_RESOURCE_POLICY_TYPE) return;
        const cfg = dynamoDbResourcePolicySafeConfig.read(args);
        // The policy text is read through the proxy: unknown during preview means the SDK's advisory.
        const parsed = tryParsePolicyDocument(args.props.policy);
        if (!parsed.ok) {
            reportViolation(`policy is not a valid policy document: ${parsed.error}`);
            return;
        }
        const account = providerAccount(args) ?? accountOf(knownString(args.props, "resourceArn"));
        const trusted = new Set([...(account ? [account] : []), ...cfg.trustedAccountIds]);
        const forbidden = new Set(cfg.forbiddenActions.map(a => a.toLowerCase()));
        const catalog = await loadCatalog();
        for (const s of parsed.doc.statements.filter(x => x.effect === "Allow")) {
            const where = statementLabel(s);
            const actions = [...statementActions(s, catalog).values()].filter(a => a.service === "dynamodb");
            const batch = actions.filter(a => forbidden.has(a.name.toLowerCase())).map(a => a.name);
            if (batch.length > 0)
                reportViolation(
                    `${where} allows ${batch.join(", ")}; anti-slashing writes are conditional transactions, never Batch* (seed 000)`,
                );
            const management = actions.filter(a => classifyDynamoDbAction(a) === "table-management").map(a => a.name);
            if (management.length > 0) {
                const shown =
                    management.length > 6
                        ? `${management.slice(0, 6).join(", ")} and ${management.length - 6} more`
                        : management.join(", ");
                reportViolation(
                    `${where} allows table management (${shown}): whoever holds it can turn off deletion protection or PITR, or rewrite this policy`,
                );
            }
            if (s.notPrincipal) reportViolation(`${where} uses Allow with NotPrincipal: it grants everyone not listed`);
            if (s.principal?.wildcard && !restrictsCaller(s, cfg, account)) {
                reportViolation(
                    `${where} allows "*" without a condition pinning the caller to the table's account ${account ?? "(unknown: pin the provider's allowedAccountIds)"}`,
                );
            }
            for (const principal of s.principal?.aws ?? []) {
                if (principal === "*") continue;
                const principalAccount = accountRootOf(principal) ?? accountOf(principal);
                if (principalAccount === undefined || !trusted.has(principalAccount)) {
                    reportViolation(
                        `${where} grants ${principal}, outside the table's account ${account ?? "(unknown)"}${cfg.trustedAccountIds.length ? ` and ${cfg.trustedAccountIds.join(", ")}` : ""}`,
                    );
                }
            }
            for (const other of [...(s.principal?.federated ?? []), ...(s.principal?.canonicalUser ?? [])]) {
                reportViolation(`${where} grants ${other}, which is not a principal of the table's account`);
            }
        }
    },
};
