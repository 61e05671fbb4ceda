/**
 * `custody-tables`: every table the stack creates is a custody-model table encrypted with the key the model
 * names (a key this stack manages; each replica's key too), keeps the full point-in-time recovery window, has no
 * TTL and no TableItem the deployer writes, is imported only from its own account, and is not exported, streamed
 * or backup-copied out of its own account (or to a bucket, stream or vault whose policy, S3 replication or RAM share
 * admits another); tables the model names by pattern get the same TableItem, backup and consumer checks, and no
 * API Gateway DynamoDB integration hands a custody table to the API's callers.
 */
import { StackValidationPolicy } from "@pulumi/policy";
import { judgeTables } from "../engine";
import { NO_CONFIG } from "./config";
import { allowlistContext, finishPreview } from "./allowlist-context";

export const custodyTables: StackValidationPolicy = {
    name: "custody-tables",
    description:
        "Every table the stack creates is in the custody model, encrypted (replicas too) with keys the stack manages, keeps the full PITR window, has no TTL or TableItem, and is not imported from, exported, streamed or backup-copied to another account.",
    enforcementLevel: "mandatory",
    severity: "critical",
    remediationSteps:
        "Declare every table in the custody model with its key, encrypt it and its replicas with stack-managed keys, keep the full PITR window (leave recoveryPeriodInDays unset), remove ttl and TableItem resources, and import, export, stream or copy backups of table data only within the table's own account, to buckets, streams and vaults no policy or RAM share opens to another account.",
    configSchema: NO_CONFIG.schema,
    validateStack: async (args, reportViolation) => {
        const ctx = await allowlistContext(args);
        if (!ctx) return;
        for (const f of judgeTables(ctx.judge)) reportViolation(f.message, f.urn);
        finishPreview(ctx.ea);
    },
};
