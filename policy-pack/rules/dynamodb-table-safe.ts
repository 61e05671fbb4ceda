/** DynamoDB tables that hold validator keys, slashing-protection records and signer state. */
import { ResourceValidationPolicy } from "@pulumi/policy";
import { knownString, presence, TABLE_REPLICA_TYPE, TYPES } from "../model";
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
