/**
 * Intent-level grants (CDK's `table.grantReadWriteData(role)`, here per access path): pure functions from
 * concrete ARNs to the exact statements this workload needs. Action lists come only from iam/accessPaths.ts.
 */
import { actionsOf } from "../../iam/accessPaths";
import { tableIndexesArn } from "../../iam/arns";
import { Grant } from "../../iam/documents";

export interface SignerGrantInputs {
    keystoreTableArn?: string;
    antiSlashingTableArn?: string;
    signerStateTableArn?: string;
    shareKeyArns?: readonly string[];
}

/** The signer role's statements: one per access path it uses, in seed order. */
export function signerGrants(inputs: SignerGrantInputs): Grant[] {
    const grants: Grant[] = [];
    if (inputs.antiSlashingTableArn) {
        grants.push({
            sid: "DynamoDBAntiSlashing",
            actions: actionsOf("signerAntiSlashing"),
            resources: [inputs.antiSlashingTableArn],
        });
    }
    if (inputs.keystoreTableArn) {
        if (!inputs.shareKeyArns || inputs.shareKeyArns.length === 0) {
            throw new Error("the key-source path needs at least one Shamir share key");
        }
        grants.push({
            sid: "KMSShareKeyWrap",
            actions: actionsOf("signerShareKeyWrap"),
            resources: [...inputs.shareKeyArns],
        });
        grants.push({
            sid: "DynamoDBKeySource",
            actions: actionsOf("signerKeySource"),
            resources: [inputs.keystoreTableArn, tableIndexesArn(inputs.keystoreTableArn)],
        });
    }
    if (inputs.signerStateTableArn) {
        grants.push({
            sid: "DynamoDBSignerState",
            actions: actionsOf("signerState"),
            resources: [inputs.signerStateTableArn],
        });
    }
    return grants;
}
