/** KMS key policies, each with the account-root delegation statement so a key can never lock its account out. */
import { accountRootArn, dnsSuffixOf, partitionOf } from "./arns";
import { policyDocument, PolicyDocument, Statement } from "./documents";

function rootDelegationStatement(partition: string, keyAccountId: string): Statement {
    return {
        Sid: "EnableIAMDelegation",
        Effect: "Allow",
        Principal: { AWS: accountRootArn(partition, keyAccountId) },
        Action: "kms:*",
        Resource: "*",
    };
}

/**
 * Seed 000's Shamir share key policy, exactly: root delegation in the key's own account, plus Encrypt and
 * Decrypt for the signer role (which sits in the primary account when the key is in a secondary one).
 */
export function shareKeyPolicy(args: {
    region: string;
    keyAccountId: string;
    signerRoleArn: string;
    actions: readonly string[];
}): PolicyDocument {
    return policyDocument([
        rootDelegationStatement(partitionOf(args.region), args.keyAccountId),
        {
            Sid: "AllowSignerRole",
            Effect: "Allow",
            Principal: { AWS: args.signerRoleArn },
            Action: [...args.actions],
            Resource: "*",
        },
    ]);
}

/**
 * The table CMK: AWS's documented statement letting DynamoDB use the key on behalf of principals of this
 * account only (kms:CallerAccount) and only through DynamoDB in this region (kms:ViaService). Those
 * actions are DynamoDB's documented needs for SSE, not a workload grant.
 */
export function dynamoDbTableKeyPolicy(args: { region: string; accountId: string }): PolicyDocument {
    return policyDocument([
        rootDelegationStatement(partitionOf(args.region), args.accountId),
        {
            Sid: "AllowDynamoDBOnBehalfOfAccountPrincipals",
            Effect: "Allow",
            Principal: { AWS: "*" },
            Action: [
                "kms:Encrypt",
                "kms:Decrypt",
                "kms:ReEncrypt*",
                "kms:GenerateDataKey*",
                "kms:CreateGrant",
                "kms:DescribeKey",
            ],
            Resource: "*",
            Condition: {
                StringEquals: {
                    "kms:CallerAccount": args.accountId,
                    "kms:ViaService": `dynamodb.${args.region}.${dnsSuffixOf(args.region)}`,
                },
            },
        },
    ]);
}

/** Root delegation plus named grants: for keys whose users hold IAM policies in the same account. */
export function delegatedKeyPolicy(args: { region: string; accountId: string; extra?: Statement[] }): PolicyDocument {
    return policyDocument([rootDelegationStatement(partitionOf(args.region), args.accountId), ...(args.extra ?? [])]);
}
