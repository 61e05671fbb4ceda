/** Every policy document is well-formed and names real IAM actions. */
import { ResourceValidationPolicy } from "@pulumi/policy";
import {
    ActionCatalog,
    hasWildcard,
    hintFor,
    loadCatalog,
    NormalizedDocument,
    principalArnProblem,
    statementLabel,
    tryParsePolicyDocument,
    TYPES,
} from "../model";
import { NO_CONFIG } from "./config";

/** The documents a resource carries, by property path (reading them may throw the SDK's unknown error). */
function documentsOf(type: string, props: Record<string, any>): { what: string; raw: unknown }[] {
    switch (type) {
        case TYPES.role: {
            const docs: { what: string; raw: unknown }[] = [];
            if (props.assumeRolePolicy !== undefined)
                docs.push({ what: "assumeRolePolicy", raw: props.assumeRolePolicy });
            const inline = props.inlinePolicies;
            if (Array.isArray(inline)) {
                for (let i = 0; i < inline.length; i++) {
                    if (inline[i].policy !== undefined)
                        docs.push({
                            what: `inlinePolicies[${i}] (${inline[i].name ?? "unnamed"})`,
                            raw: inline[i].policy,
                        });
                }
            }
            return docs;
        }
        case TYPES.rolePolicy:
        case TYPES.policy:
        case TYPES.kmsKey:
        case TYPES.kmsKeyPolicy:
        case "aws:iam/userPolicy:UserPolicy":
        case "aws:iam/groupPolicy:GroupPolicy":
        case "aws:kms/replicaKey:ReplicaKey":
        case "aws:kms/externalKey:ExternalKey":
        case "aws:kms/replicaExternalKey:ReplicaExternalKey":
        case "aws:dynamodb/resourcePolicy:ResourcePolicy":
            return props.policy === undefined ? [] : [{ what: "policy", raw: props.policy }];
        default:
            return [];
    }
}

/** Action names in a document that match nothing in the catalogue, each with what to write instead. */
function unrealActions(doc: NormalizedDocument, catalog: ActionCatalog): string[] {
    const problems: string[] = [];
    for (const s of doc.statements) {
        for (const action of [...(s.actions ?? []), ...(s.notActions ?? [])]) {
            if (action === "*") continue;
            if (!/^[a-z0-9-]+:[A-Za-z0-9*?]+$/i.test(action)) {
                problems.push(`${statementLabel(s)}: "${action}" is not of the form service:Action`);
                continue;
            }
            if (catalog.expand(action).length > 0) continue;
            const hint = hintFor(action);
            const what = hasWildcard(action) ? "matches no action" : "is not an IAM action";
            problems.push(
                `${statementLabel(s)}: ${action} ${what} in the AWS catalogue, so it grants nothing` +
                    (hint
                        ? `; DynamoDB authorises each item of that call with ${hint.join(", ")} (AWS DynamoDB developer guide, "Using IAM with DynamoDB transactions")`
                        : ""),
            );
        }
    }
    return problems;
}

/** AWS principals IAM refuses as written (model/arn.ts principalArnProblem), in Principal and NotPrincipal. */
function refusedPrincipals(doc: NormalizedDocument): string[] {
    const problems: string[] = [];
    for (const s of doc.statements) {
        for (const p of [...(s.principal?.aws ?? []), ...(s.notPrincipal?.aws ?? [])]) {
            const problem = principalArnProblem(p);
            if (problem) problems.push(`${statementLabel(s)}: ${problem}`);
        }
    }
    return problems;
}

/**
 * Rule 10. Seed 000 lists dynamodb:TransactGetItems/TransactWriteItems and seed 001 `tagging:GetResources`:
 * none is an IAM action, so the policy silently grants nothing (the workload fails at run time) or, worse, a
 * reviewer believes a permission is scoped by an action that does not exist. A malformed document is refused
 * here too (AWS would reject it).
 */
export const iamActionsExist: ResourceValidationPolicy = {
    name: "iam-actions-exist",
    description:
        "Every policy document is well-formed (no wildcard inside a principal ARN) and every action it names exists in the AWS action catalogue (case-insensitive); wildcards must match at least one action (seeds 000, 001).",
    enforcementLevel: "mandatory",
    severity: "medium",
    remediationSteps:
        "Fix the document's syntax and replace each action the catalogue does not know with the IAM action that authorises the call (e.g. tag:GetResources, or the per-item actions for Transact*).",
    url: "https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html",
    configSchema: NO_CONFIG.schema,
    validateResource: async (args, reportViolation) => {
        const docs = documentsOf(args.type, args.props);
        if (docs.length === 0) return;
        const catalog = await loadCatalog();
        for (const { what, raw } of docs) {
            const parsed = tryParsePolicyDocument(raw);
            if (!parsed.ok) {
                reportViolation(`${what} is not a valid policy document: ${parsed.error}`);
                continue;
            }
            for (const problem of [...unrealActions(parsed.doc, catalog), ...refusedPrincipals(parsed.doc)])
                reportViolation(`${what}: ${problem}`);
        }
    },
};
