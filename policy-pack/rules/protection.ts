/** Stateful custody resources must not be deleted by a routine `pulumi up` or `destroy`. */
import { ResourceValidationPolicy } from "@pulumi/policy";
import { TYPES } from "../model";
import { configOf } from "./common";

export interface ProtectionConfig {
    resourceTypes: string[];
}

/**
 * Rule 8. Seed 000: a KMS key holds a Shamir share and the tables hold the keys; deleting either loses
 * validator keys. `protect` makes the engine refuse the deletion. (The analyzer protocol carries no
 * retainOnDelete option; that one is checked from the offline plan, see README.)
 */
export const statefulResourcesProtected: ResourceValidationPolicy = {
    name: "stateful-resources-protected",
    description: "DynamoDB tables and KMS keys are created with the protect resource option (seed 000).",
    enforcementLevel: "mandatory",
    configSchema: {
        properties: {
            resourceTypes: { type: "array", items: { type: "string" }, default: [TYPES.table, TYPES.kmsKey] },
        },
    },
    validateResource: (args, reportViolation) => {
        const cfg = configOf<ProtectionConfig>(args, { resourceTypes: [TYPES.table, TYPES.kmsKey] });
        if (!cfg.resourceTypes.includes(args.type)) return;
        if (args.opts.protect !== true) {
            reportViolation(`${args.type} ${args.name} holds custody state and must set the protect resource option`);
        }
    },
};
