/**
 * Intent-level grants (CDK's `table.grantReadWriteData(role)`, here per access path): pure functions from
 * concrete ARNs to the exact statements this workload needs. Action lists come only from iam/accessPaths.ts.
 */
import { actionsOf } from "../../iam/accessPaths";
import { kmsAliasArn, kmsKeyPatternArn } from "../../iam/arns";
import { Grant } from "../../iam/documents";

/** Seed 004's optional narrowing of the runtime to the catalog's aliases. */
export const BASIL_ALIAS_CONDITION = { "ForAnyValue:StringLike": { "kms:RequestAlias": "alias/basil/*" } };

/** The provisioner's request tag: keys are created only with it. */
export function basilRequestTagCondition(tag: { key: string; value: string }) {
    return { StringEquals: { [`aws:RequestTag/${tag.key}`]: tag.value } };
}

/** The provisioner's tagging on create: only the one required tag key. */
export function basilTagKeysCondition(tag: { key: string; value: string }) {
    return { "ForAllValues:StringEquals": { "aws:TagKeys": [tag.key] } };
}

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
            condition: inputs.requireBasilAlias ? BASIL_ALIAS_CONDITION : undefined,
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
            condition: inputs.requestTag ? basilRequestTagCondition(inputs.requestTag) : undefined,
        },
        ...(inputs.requestTag
            ? [
                  {
                      sid: "BasilTagKeysOnCreate",
                      actions: actionsOf("basilProvisionerTagOnCreate"),
                      resources: [keys],
                      // Only the one required tag, with its required value: the role cannot retag keys with anything else.
                      condition: {
                          ...basilRequestTagCondition(inputs.requestTag),
                          ...basilTagKeysCondition(inputs.requestTag),
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
