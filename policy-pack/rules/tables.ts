/** DynamoDB tables that hold validator keys, slashing-protection records and signer state. */
import { ResourceValidationPolicy } from "@pulumi/policy";
import { presence, TYPES } from "../model";
import { configOf } from "./common";

export interface TableSafetyConfig {
    requireCustomerManagedKey: boolean;
}

/**
 * Rule 7. Seed 000's tables hold encrypted BLS keys and EIP-3076 slashing-protection data: losing a watermark
 * can get a validator slashed, losing the keystore loses the keys. Point-in-time recovery and deletion
 * protection make a mistake recoverable; SSE with a customer managed key keeps the data under a key policy the
 * stack controls (an AWS owned key has none).
 */
export const dynamoDbTableSafe: ResourceValidationPolicy = {
    name: "dynamodb-table-safe",
    description: "DynamoDB tables enable point-in-time recovery, deletion protection, and server-side encryption with a customer managed KMS key (seed 000).",
    enforcementLevel: "mandatory",
    configSchema: {
        properties: {
            requireCustomerManagedKey: { type: "boolean", default: true },
        },
    },
    validateResource: (args, reportViolation) => {
        if (args.type !== TYPES.table) return;
        const cfg = configOf<TableSafetyConfig>(args, { requireCustomerManagedKey: true });
        const p = args.props;
        if (p.pointInTimeRecovery?.enabled !== true) reportViolation("pointInTimeRecovery.enabled must be true");
        if (p.deletionProtectionEnabled !== true) reportViolation("deletionProtectionEnabled must be true");
        const sse = p.serverSideEncryption;
        if (sse?.enabled !== true) {
            reportViolation("serverSideEncryption.enabled must be true (with kmsKeyArn set to a customer managed key)");
        } else if (cfg.requireCustomerManagedKey) {
            // Whether kmsKeyArn is set does not depend on its value, which is often unknown until the key exists.
            const arn = presence(sse, "kmsKeyArn");
            if (arn === "absent" || (arn === "present" && String(sse.kmsKeyArn).trim() === "")) {
                reportViolation("serverSideEncryption.kmsKeyArn must name a customer managed key (without it DynamoDB uses an AWS managed key)");
            }
        }
    },
};
