/** Every permission a role, user or group holds is readable by the pack. */
import { StackValidationPolicy } from "@pulumi/policy";
import { roleLabel } from "../model";
import { stackContext } from "./common";
import { defineConfig } from "./config";
import { MANAGED_POLICY_ARN_PATTERN } from "../model/awsIds";

const attachedPoliciesReadableConfig = defineConfig({
    allowedPolicyArns: {
        type: "array",
        // Each entry one exact policy ARN (compared exactly below): "…:policy/*" or a bare name would allow nothing.
        // Round 81: an AWS managed policy only from the reviewed few (packConfigCheck.ts managedPolicyProblems).
        items: { type: "string", pattern: MANAGED_POLICY_ARN_PATTERN, format: "reviewed-managed-policy" },
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
