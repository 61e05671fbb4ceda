import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { AccountConfig } from "../../config/schema";
import { actionsOf } from "../../iam/accessPaths";
import { toJson } from "../../iam/documents";
import { shareKeyPolicy } from "../../iam/keyPolicies";
import { TAG_KEYS } from "../../private/naming";
import { statefulOptions } from "../../private/protection";

export interface ShareKeySpec {
    account: AccountConfig;
    /** The provider of the account that holds this share: the key is created in that account. */
    provider: aws.Provider;
    alias: string;
}

export interface ShareKeyRingArgs {
    ringName: string;
    shares: ShareKeySpec[];
    threshold: number;
    /** The workload role that wraps and unwraps shares; named in every key policy. */
    granteeRoleArn: pulumi.Input<string>;
    tags: Record<string, string>;
}

export interface ShareKey {
    index: number;
    arn: pulumi.Output<string>;
    keyId: pulumi.Output<string>;
    alias: string;
    accountName: string;
    accountId: string;
    region: string;
}

/**
 * One SYMMETRIC_DEFAULT key per Shamir share, each in the account that holds the share, with an alias,
 * rotation, a 30-day deletion window, and seed 000's key policy. Keys are protected and retained.
 */
export class ShareKeyRing extends pulumi.ComponentResource {
    readonly keys: ShareKey[];
    readonly keyArns: pulumi.Output<string[]>;

    constructor(name: string, args: ShareKeyRingArgs, opts?: pulumi.ComponentResourceOptions) {
        super("custody:kms:ShareKeyRing", name, {}, opts);
        this.keys = createShareKeys(this, name, args);
        this.keyArns = pulumi.all(this.keys.map(k => k.arn));
        this.registerOutputs({ keyArns: this.keyArns });
    }
}

function createShareKeys(parent: pulumi.Resource, name: string, args: ShareKeyRingArgs): ShareKey[] {
    return args.shares.map((share, i) => {
        const index = i + 1;
        const childOpts = { parent, provider: share.provider };
        const key = new aws.kms.Key(
            `${name}-share-${index}`,
            {
                description: `Shamir share ${index} of ${args.shares.length} (threshold ${args.threshold}) for ${args.ringName}`,
                keyUsage: "ENCRYPT_DECRYPT",
                customerMasterKeySpec: "SYMMETRIC_DEFAULT",
                enableKeyRotation: true,
                deletionWindowInDays: 30,
                policy: pulumi.output(args.granteeRoleArn).apply(roleArn =>
                    toJson(
                        shareKeyPolicy({
                            region: share.account.region,
                            keyAccountId: share.account.accountId,
                            signerRoleArn: roleArn,
                            actions: actionsOf("signerShareKeyWrap"),
                        }),
                    ),
                ),
                tags: {
                    ...args.tags,
                    [TAG_KEYS.shareRing]: args.ringName,
                    [TAG_KEYS.shareIndex]: String(index),
                    [TAG_KEYS.shareThreshold]: String(args.threshold),
                    [TAG_KEYS.account]: share.account.accountId,
                },
            },
            statefulOptions(childOpts),
        );
        new aws.kms.Alias(`${name}-share-${index}-alias`, { name: share.alias, targetKeyId: key.keyId }, childOpts);
        return {
            index,
            arn: key.arn,
            keyId: key.keyId,
            alias: share.alias,
            accountName: share.account.name,
            accountId: share.account.accountId,
            region: share.account.region,
        };
    });
}
