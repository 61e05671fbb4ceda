/**
 * Intent-level grants (CDK's `table.grantReadWriteData(role)`, here per access path): pure functions from
 * concrete ARNs to the exact statements this workload needs. Action lists come only from iam/accessPaths.ts.
 */
import { actionsOf } from "../../iam/accessPaths";
import { tableIndexesArn } from "../../iam/arns";
import { Grant } from "../../iam/documents";

export interface CrossAccountAccessGrantInputs {
    tableArn: string;
    tableHasIndexes: boolean;
    keyArn: string;
}

export function crossAccountAccessGrants(inputs: CrossAccountAccessGrantInputs): Grant[] {
    return [
        { sid: "DecryptWithAccountAKey", actions: actionsOf("crossAccountKeyDecrypt"), resources: [inputs.keyArn] },
        {
            sid: "ReadAccountATable",
            actions: actionsOf("crossAccountTableRead"),
            resources: inputs.tableHasIndexes ? [inputs.tableArn, tableIndexesArn(inputs.tableArn)] : [inputs.tableArn],
        },
    ];
}

export function crossAccountCallerGrants(accessRoleArn: string): Grant[] {
    return [{ sid: "AssumeAccountAAccessRole", actions: actionsOf("crossAccountAssume"), resources: [accessRoleArn] }];
}
