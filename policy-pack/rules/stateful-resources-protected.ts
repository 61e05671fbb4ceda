/** Stateful custody resources must not be deleted by a routine `pulumi up` or `destroy`. */
import { ResourceValidationPolicy } from "@pulumi/policy";
import { ALL_KMS_KEY_TYPES, TABLE_REPLICA_TYPE, TYPES } from "../model";
import { defineConfig } from "./config";

/** Tables, table replicas, and every kind of KMS key (Key, ReplicaKey, ExternalKey, ReplicaExternalKey). */
const STATEFUL_RESOURCE_TYPES: string[] = [TYPES.table, TABLE_REPLICA_TYPE, ...ALL_KMS_KEY_TYPES];

const statefulResourcesProtectedConfig = defineConfig({
    // Compared exactly with each resource's type token (<package>:<module>:<Type>, Pulumi docs "Resources"): only the
    // stateful types this rule knows, so a blank or a misspelt token cannot silently leave tables or keys unprotected.
    resourceTypes: {
        type: "array",
        // Empty would switch the check off silently; the enforcement level "disabled" says so.
        minItems: 1,
        items: {
            type: "string",
            enum: STATEFUL_RESOURCE_TYPES,
            description: "a stateful custody type token this rule knows (DynamoDB table or replica, a KMS key kind)",
        },
        default: STATEFUL_RESOURCE_TYPES,
        // The list replaces the defaults; every custody type stays protected (round 81): a share key or a table
        // dropped from it may be deleted by a deployment (Pulumi docs, resource option protect).
        mustCover: STATEFUL_RESOURCE_TYPES,
    },
});

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
    severity: "high",
    remediationSteps: "Create tables and KMS keys with the `protect: true` resource option (and retainOnDelete).",
    url: "https://www.pulumi.com/docs/iac/concepts/resources/options/protect/",
    configSchema: statefulResourcesProtectedConfig.schema,
    validateResource: (args, reportViolation) => {
        const cfg = statefulResourcesProtectedConfig.read(args);
        if (!cfg.resourceTypes.includes(args.type)) return;
        if (args.opts.protect !== true) {
            reportViolation(`${args.type} ${args.name} holds custody state and must set the protect resource option`);
        }
    },
};
