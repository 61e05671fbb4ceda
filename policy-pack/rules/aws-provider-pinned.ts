/** Where resources are created: every AWS provider is pinned to one account. */
import { ResourceValidationPolicy } from "@pulumi/policy";
import { allowedAccountIdsOf, TYPES } from "../model";
import { NO_CONFIG } from "./config";

/**
 * Seed 000's multi-account layout puts each share key in its own account through provider aliases. A provider
 * without allowedAccountIds creates keys in whatever account the ambient credentials reach, which silently
 * collapses the custody split (and the share-custody rule derives each key's account from this pin).
 */
export const awsProviderPinned: ResourceValidationPolicy = {
    name: "aws-provider-pinned",
    description:
        "Every AWS provider sets allowedAccountIds to exactly one 12-digit account id (seed 000, multi-account).",
    enforcementLevel: "mandatory",
    severity: "high",
    remediationSteps: 'Set `allowedAccountIds: ["<12-digit account id>"]` on the aws provider.',
    configSchema: NO_CONFIG.schema,
    validateResource: (args, reportViolation) => {
        if (args.type !== TYPES.awsProvider) return;
        // Reading through the proxy first: an unknown list yields the SDK's preview advisory, not a verdict.
        const raw: unknown = args.props.allowedAccountIds;
        const ids =
            typeof raw === "string"
                ? allowedAccountIdsOf(args.props)
                : Array.isArray(raw)
                  ? raw.map(String)
                  : undefined;
        if (!ids || ids.length !== 1 || !/^\d{12}$/.test(ids[0])) {
            reportViolation(
                `provider ${args.name} must set allowedAccountIds to exactly one 12-digit account id (has ${JSON.stringify(ids ?? null)})`,
            );
        }
    },
};
