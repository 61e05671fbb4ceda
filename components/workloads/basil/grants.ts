/**
 * Intent-level grants (CDK's `table.grantReadWriteData(role)`, here per access path): pure functions from
 * concrete ARNs to the exact statements this workload needs. Action lists come only from iam/accessPaths.ts.
 */
import { actionsOf } from "../../iam/accessPaths";
import { kmsAliasArn, kmsKeyPatternArn } from "../../iam/arns";
import { Grant } from "../../iam/documents";

export interface BasilRuntimeGrantInputs {
    keyArns: readonly string[];
    /** Adds the seed's optional `ForAnyValue:StringLike kms:RequestAlias = alias/basil/*` condition. */
    requireBasilAlias: boolean;
}

export function basilRuntimeGrants(inputs: BasilRuntimeGrantInputs): Grant[] {
    return [
        {
            sid: "BasilBrokerInPlaceOps",
            actions: actionsOf("basilRuntime"),
            resources: [...inputs.keyArns],
            condition: inputs.requireBasilAlias
                ? { "ForAnyValue:StringLike": { "kms:RequestAlias": "alias/basil/*" } }
                : undefined,
        },
    ];
}

export interface BasilProvisionerGrantInputs {
    region: string;
    accountId: string;
    requestTag?: { key: string; value: string };
}

export function basilProvisionerGrants(inputs: BasilProvisionerGrantInputs): Grant[] {
    const keys = kmsKeyPatternArn(inputs.region, inputs.accountId);
    return [
        {
            sid: "BasilCreateKeys",
            actions: actionsOf("basilProvisionerCreateKey"),
            // kms:CreateKey cannot be scoped to a key ARN: the key does not exist yet.
            resources: ["*"],
            condition: inputs.requestTag
                ? { StringEquals: { [`aws:RequestTag/${inputs.requestTag.key}`]: inputs.requestTag.value } }
                : undefined,
        },
        ...(inputs.requestTag
            ? [
                  {
                      sid: "BasilTagKeysOnCreate",
                      actions: actionsOf("basilProvisionerTagOnCreate"),
                      resources: [keys],
                      // Only the one required tag, with its required value: the role cannot retag keys with anything else.
                      condition: {
                          StringEquals: { [`aws:RequestTag/${inputs.requestTag.key}`]: inputs.requestTag.value },
                          "ForAllValues:StringEquals": { "aws:TagKeys": [inputs.requestTag.key] },
                      },
                  },
              ]
            : []),
        {
            sid: "BasilCreateAliases",
            actions: actionsOf("basilProvisionerCreateAlias"),
            resources: [kmsAliasArn(inputs.region, inputs.accountId, "alias/basil/*"), keys],
        },
        { sid: "BasilReadAndProbeKeys", actions: actionsOf("basilProvisionerRead"), resources: [keys] },
    ];
}
