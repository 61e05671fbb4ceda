/**
 * Intent-level grants (CDK's `table.grantReadWriteData(role)`, here per access path): pure functions from
 * concrete ARNs to the exact statements each workload needs. Action lists come only from accessPaths.ts.
 */
import { actionsOf } from "./accessPaths";
import { kmsAliasArn, kmsKeyPatternArn, tableArn, tableIndexesArn } from "./arns";
import { Grant } from "./documents";

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

/** Seed 001 verbatim in substance: the server creates and retires its own keys, so resources are "*". */
export function trustDomainGrants(): Grant[] {
    return [
        { sid: "TrustDomainKeyManager", actions: actionsOf("trustDomainKeyManager"), resources: ["*"] },
        { sid: "TrustDomainKeyDiscovery", actions: actionsOf("trustDomainKeyDiscovery"), resources: ["*"] },
        { sid: "TrustDomainIdentity", actions: actionsOf("trustDomainIdentity"), resources: ["*"] },
    ];
}

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
