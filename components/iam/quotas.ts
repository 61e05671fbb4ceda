/** IAM's size quotas for the documents this program generates, and how IAM counts them. */
import { partitionOf } from "./arns";
import { toJson } from "./documents";

/** IAM quotas (IAM user guide, "IAM and AWS STS quotas"), counted without whitespace as IAM counts them. */
export const IAM_QUOTAS = {
    /** Aggregate size of one role's inline policies. */
    roleInlinePoliciesChars: 10_240,
    /** Role trust policy length (the default; a quota increase allows up to 4,096). */
    trustPolicyChars: 2_048,
} as const;

/** A placeholder of the exact length of a key ARN KMS will return (`key/<uuid>`). */
export function keyArnOfLength(account: { region: string; accountId: string }): string {
    return `arn:${partitionOf(account.region)}:kms:${account.region}:${account.accountId}:key/00000000-0000-0000-0000-000000000000`;
}

export function compactLength(doc: object): number {
    return toJson(doc as never).replace(/\s+/g, "").length;
}
