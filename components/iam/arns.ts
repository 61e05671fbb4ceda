/** ARN construction in one place, partition-aware (aws, aws-cn, aws-us-gov). */

export function partitionOf(region: string): string {
    if (region.startsWith("cn-")) return "aws-cn";
    if (region.startsWith("us-gov-")) return "aws-us-gov";
    return "aws";
}

/** Service endpoints' DNS suffix: what `kms:ViaService` names (dynamodb.cn-north-1.amazonaws.com.cn in China). */
export function dnsSuffixOf(region: string): string {
    return region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
}

export function accountRootArn(partition: string, accountId: string): string {
    return `arn:${partition}:iam::${accountId}:root`;
}

export function roleArn(partition: string, accountId: string, roleName: string): string {
    return `arn:${partition}:iam::${accountId}:role/${roleName}`;
}

export function tableArn(region: string, accountId: string, tableName: string): string {
    return `arn:${partitionOf(region)}:dynamodb:${region}:${accountId}:table/${tableName}`;
}

/** `dynamodb:Query` on a GSI is authorised against the index ARN: the table ARN alone is not enough. */
export function tableIndexesArn(tableArnValue: string): string {
    return `${tableArnValue}/index/*`;
}

export function kmsKeyPatternArn(region: string, accountId: string): string {
    return `arn:${partitionOf(region)}:kms:${region}:${accountId}:key/*`;
}

export function kmsAliasArn(region: string, accountId: string, aliasName: string): string {
    return `arn:${partitionOf(region)}:kms:${region}:${accountId}:${aliasName}`;
}

export function oidcProviderArn(partition: string, accountId: string, issuerHost: string): string {
    return `arn:${partition}:iam::${accountId}:oidc-provider/${issuerHost}`;
}

export function eksClusterArn(region: string, accountId: string, clusterName: string): string {
    return `arn:${partitionOf(region)}:eks:${region}:${accountId}:cluster/${clusterName}`;
}
