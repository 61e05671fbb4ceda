import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { AccountConfig } from "../../config/schema";
import { AntiSlashingTableConfig, KeystoreTableConfig, SignerStateTableConfig } from "./config";
import { dynamoDbTableKeyPolicy } from "../../iam/keyPolicies";
import { toJson } from "../../iam/documents";
import { statefulOptions } from "../../private/protection";

export interface SignerTablesArgs {
    /** The primary account: tables live next to the signer role. */
    account: AccountConfig;
    provider: aws.Provider;
    keystore?: KeystoreTableConfig;
    antiSlashing?: AntiSlashingTableConfig;
    signerState?: SignerStateTableConfig;
    /** Alias of the customer managed key that encrypts the tables. */
    encryptionKeyAlias: string;
    tags: Record<string, string>;
}

export interface TableRef {
    name: pulumi.Output<string>;
    arn: pulumi.Output<string>;
}

/**
 * The signer's DynamoDB tables (one per configured access path) and the customer managed key that
 * encrypts them. Every table: on-demand, point-in-time recovery, deletion protection, SSE with the CMK.
 */
export class SignerTables extends pulumi.ComponentResource {
    readonly keystore?: TableRef;
    readonly antiSlashing?: TableRef;
    readonly signerState?: TableRef;
    readonly encryptionKeyArn: pulumi.Output<string>;

    constructor(name: string, args: SignerTablesArgs, opts?: pulumi.ComponentResourceOptions) {
        super("custody:dynamodb:SignerTables", name, {}, opts);
        const built = createSignerTables(this, name, args);
        this.keystore = built.keystore && ref(built.keystore);
        this.antiSlashing = built.antiSlashing && ref(built.antiSlashing);
        this.signerState = built.signerState && ref(built.signerState);
        this.encryptionKeyArn = built.key.arn;
        this.registerOutputs({
            encryptionKeyArn: this.encryptionKeyArn,
            keystoreArn: this.keystore?.arn,
            antiSlashingArn: this.antiSlashing?.arn,
            signerStateArn: this.signerState?.arn,
        });
    }
}

function ref(table: aws.dynamodb.Table): TableRef {
    return { name: table.name, arn: table.arn };
}

function createSignerTables(parent: pulumi.Resource, name: string, args: SignerTablesArgs) {
    const childOpts = { parent, provider: args.provider };
    const key = new aws.kms.Key(
        `${name}-cmk`,
        {
            description: `Encrypts the Containment Chamber signer tables (${args.encryptionKeyAlias})`,
            keyUsage: "ENCRYPT_DECRYPT",
            customerMasterKeySpec: "SYMMETRIC_DEFAULT",
            enableKeyRotation: true,
            deletionWindowInDays: 30,
            policy: toJson(dynamoDbTableKeyPolicy({ region: args.account.region, accountId: args.account.accountId })),
            tags: args.tags,
        },
        statefulOptions(childOpts),
    );
    new aws.kms.Alias(`${name}-cmk-alias`, { name: args.encryptionKeyAlias, targetKeyId: key.keyId }, childOpts);

    const common = {
        billingMode: "PAY_PER_REQUEST",
        pointInTimeRecovery: { enabled: true },
        deletionProtectionEnabled: true,
        serverSideEncryption: { enabled: true, kmsKeyArn: key.arn },
        tags: args.tags,
    };
    const tableOpts = statefulOptions(childOpts);

    const keystore =
        args.keystore &&
        new aws.dynamodb.Table(
            `${name}-keystore`,
            {
                ...common,
                name: args.keystore.name,
                hashKey: args.keystore.pubkeyAttribute,
                attributes: [
                    { name: args.keystore.pubkeyAttribute, type: "S" },
                    { name: args.keystore.statusShardAttribute, type: "S" },
                ],
                // Keys are loaded by status in parallel shards: Query(status_shard = "active#07") per shard.
                globalSecondaryIndexes: [
                    {
                        name: args.keystore.statusIndexName,
                        hashKey: args.keystore.statusShardAttribute,
                        rangeKey: args.keystore.pubkeyAttribute,
                        projectionType: "ALL",
                    },
                ],
            },
            tableOpts,
        );

    const antiSlashing =
        args.antiSlashing &&
        new aws.dynamodb.Table(
            `${name}-anti-slashing`,
            {
                ...common,
                name: args.antiSlashing.name,
                hashKey: args.antiSlashing.pubkeyAttribute,
                rangeKey: args.antiSlashing.recordAttribute,
                attributes: [
                    { name: args.antiSlashing.pubkeyAttribute, type: "S" },
                    { name: args.antiSlashing.recordAttribute, type: "S" },
                ],
            },
            tableOpts,
        );

    const signerState =
        args.signerState &&
        new aws.dynamodb.Table(
            `${name}-signer-state`,
            {
                ...common,
                name: args.signerState.name,
                hashKey: args.signerState.partitionAttribute,
                rangeKey: args.signerState.sortAttribute,
                attributes: [
                    { name: args.signerState.partitionAttribute, type: "S" },
                    { name: args.signerState.sortAttribute, type: "S" },
                ],
            },
            tableOpts,
        );

    return { key, keystore, antiSlashing, signerState };
}
