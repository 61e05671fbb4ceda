/** A DynamoDB ResourcePolicy, the table's own second path to its data (seed 000). */
import { ResourceValidationPolicy } from "@pulumi/policy";
import {
    accountOf,
    accountRootOf,
    classifyDynamoDbAction,
    DEFAULT_RESTRICTING_KEYS,
    knownString,
    loadCatalog,
    providerAccount,
    restrictsCaller,
    statementActions,
    statementLabel,
    tryParsePolicyDocument,
} from "../model";
import { accountIdsProperty, actionItem, CONDITION_KEY_ITEM, defineConfig, organizationIdProperty } from "./config";

const DYNAMODB_RESOURCE_POLICY_TYPE = "aws:dynamodb/resourcePolicy:ResourcePolicy";

const dynamoDbResourcePolicySafeConfig = defineConfig({
    forbiddenActions: {
        type: "array",
        // Empty would switch the check off silently; the enforcement level "disabled" says so.
        minItems: 1,
        items: actionItem({ services: ["dynamodb"] }),
        default: ["dynamodb:BatchWriteItem", "dynamodb:BatchGetItem"],
        // As no-dynamodb-batch: the unconditional batch write always stays judged.
        mustCover: ["dynamodb:BatchWriteItem"],
    },
    restrictingConditionKeys: { type: "array", items: CONDITION_KEY_ITEM, default: DEFAULT_RESTRICTING_KEYS },
    trustedAccountIds: accountIdsProperty(),
    organizationId: organizationIdProperty(),
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
        const catalog = await loadCatalog();
        const forbidden = catalog.expandAll(cfg.forbiddenActions);
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
