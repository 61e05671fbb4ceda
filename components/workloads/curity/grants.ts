/**
 * Intent-level grants (CDK's `table.grantReadWriteData(role)`, here per access path): pure functions from
 * concrete ARNs to the exact statements this workload needs. Action lists come only from iam/accessPaths.ts.
 */
import { actionsOf } from "../../iam/accessPaths";
import { tableArn, tableIndexesArn } from "../../iam/arns";
import { Grant } from "../../iam/documents";

export interface CurityGrantInputs {
    region: string;
    accountId: string;
    tablePrefix: string;
    allDynamoDbActions: boolean;
}

/** Scoped to this account and region (the seed's `*:*` would reach every account's curity-* tables). */
export function curityGrants(inputs: CurityGrantInputs): Grant[] {
    const tables = tableArn(inputs.region, inputs.accountId, `${inputs.tablePrefix}*`);
    return [
        {
            sid: inputs.allDynamoDbActions ? "AllAPIActionsAllowed" : "CurityDynamoDBDataSource",
            actions: actionsOf(inputs.allDynamoDbActions ? "curityAllActions" : "curityDataSource"),
            resources: [tables, tableIndexesArn(tables)],
        },
    ];
}
