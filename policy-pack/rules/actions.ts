/** Every policy document names real IAM actions, and every permission a role holds is readable by the pack. */
import { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import {
    ActionCatalog,
    hasWildcard,
    hintFor,
    loadCatalog,
    NormalizedDocument,
    statementLabel,
    tryParsePolicyDocument,
    TYPES,
} from "../model";
import { roleLabel, stackContext } from "./common";
import { defineConfig, NO_CONFIG } from "./config";

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
export function unrealActions(doc: NormalizedDocument, catalog: ActionCatalog): string[] {
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

/**
 * Rule 10. Seed 000 lists dynamodb:TransactGetItems/TransactWriteItems and seed 001 `tagging:GetResources`:
 * none is an IAM action, so the policy silently grants nothing (the workload fails at run time) or, worse, a
 * reviewer believes a permission is scoped by an action that does not exist. A malformed document is refused
 * here too (AWS would reject it).
 */
export const iamActionsExist: ResourceValidationPolicy = {
    name: "iam-actions-exist",
    description:
        "Every policy document is well-formed and every action it names exists in the AWS action catalogue (case-insensitive); wildcards must match at least one action (seeds 000, 001).",
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
            for (const problem of unrealActions(parsed.doc, catalog)) reportViolation(`${what}: ${problem}`);
        }
    },
};

const attachedPoliciesReadableConfig = defineConfig({
    allowedPolicyArns: {
        type: "array",
        items: { type: "string" },
        default: [],
        description: "Managed policy ARNs accepted without being readable (e.g. a reviewed AWS managed policy).",
    },
});

/**
 * The pack proves least privilege only for documents it can read. AWS managed policies
 * (`arn:aws:iam::aws:policy/...`) and customer managed policies created outside the stack are attached by ARN
 * only, so whatever they grant is invisible to every rule above.
 */
export const attachedPoliciesReadable: StackValidationPolicy = {
    name: "attached-policies-readable",
    description:
        "Roles, users and groups carry no managed policy the stack does not define (AWS managed or external policies cannot be checked), unless allowed by config.",
    enforcementLevel: "mandatory",
    severity: "medium",
    remediationSteps:
        "Define the statements in the stack (RolePolicy or Policy), or list the reviewed managed policy ARN in allowedPolicyArns.",
    configSchema: attachedPoliciesReadableConfig.schema,
    validateStack: async (args, reportViolation) => {
        const cfg = attachedPoliciesReadableConfig.read(args);
        const ctx = await stackContext(args);
        const report = (who: string, arn: string, viaUrn: string) => {
            if (cfg.allowedPolicyArns.includes(arn)) return;
            const kind = /^arn:[^:]+:iam::aws:policy\//.test(arn)
                ? "an AWS managed policy"
                : "a managed policy this stack does not define";
            reportViolation(
                `${who} has ${kind} attached (${arn}); the pack cannot read what it grants. Define the statements in the stack, or list the ARN in allowedPolicyArns after review.`,
                viaUrn,
            );
        };
        for (const role of ctx.model.roles) {
            for (const { arn, viaUrn } of role.unreadablePolicies) report(roleLabel(role), arn, viaUrn);
        }
        // Roles outside the stack (RolePolicyAttachmentsExclusive by name), IAM users and groups.
        for (const { principal, arn, viaUrn } of ctx.model.externalUnreadablePolicies)
            report(`${principal} (outside this stack)`, arn, viaUrn);
        for (const id of ctx.model.identities) {
            for (const { arn, viaUrn } of id.unreadablePolicies)
                report(`${id.kind} ${id.name ?? "(name unknown during preview)"}`, arn, viaUrn);
        }
        ctx.unknowns.finish();
    },
};
