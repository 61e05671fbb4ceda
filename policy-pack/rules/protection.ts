/** Stateful custody resources must not be deleted by a routine `pulumi up` or `destroy`. */
import { ResourceValidationPolicy } from "@pulumi/policy";
import { ALL_KMS_KEY_TYPES, TABLE_REPLICA_TYPE, TYPES } from "../model";
import { configOf } from "./common";

export interface ProtectionConfig {
    resourceTypes: string[];
}

/** Tables, table replicas, and every kind of KMS key (Key, ReplicaKey, ExternalKey, ReplicaExternalKey). */
export const STATEFUL_RESOURCE_TYPES: string[] = [TYPES.table, TABLE_REPLICA_TYPE, ...ALL_KMS_KEY_TYPES];

/**
 * Rule 8. Seed 000: a KMS key holds a Shamir share and the tables hold the keys; deleting either loses
 * validator keys. `protect` makes the engine refuse the deletion. (The analyzer protocol carries no
 * retainOnDelete option; that one is checked from the offline plan, see README.)
 */
export const statefulResourcesProtected: ResourceValidationPolicy = {
    name: "stateful-resources-protected",
    description:
        "DynamoDB tables and table replicas, and KMS keys (also replica and external keys), are created with the protect resource option (seed 000).",
    enforcementLevel: "mandatory",
    configSchema: {
        properties: {
            resourceTypes: { type: "array", items: { type: "string" }, default: STATEFUL_RESOURCE_TYPES },
        },
    },
    validateResource: (args, reportViolation) => {
        const cfg = configOf<ProtectionConfig>(args, { resourceTypes: STATEFUL_RESOURCE_TYPES });
        if (!cfg.resourceTypes.includes(args.type)) return;
        if (args.opts.protect !== true) {
            reportViolation(`${args.type} ${args.name} holds custody state and must set the protect resource option`);
        }
    },
};
