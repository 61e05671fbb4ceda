// Red-team round 2 (fresh eyes) on DynamoDB custody: the signer's three tables (prod, dev, pod-identity; seed 000),
// Curity's tables (seed 002) and the cross-account table (seed 003). Each insecure variant is a different shape
// with the same effect as a refused one and must be refused by the whole pack with the path named; each secure
// variant is something a careful platform team would do, and must pass.
import { StackValidationPolicy } from "@pulumi/policy";
import * as rules from "../../../policy-pack/rules";
import { setPackConfig } from "../../../policy-pack/model/packConfig";
import { stackPackConfig } from "../packConfig";
import { runPolicy, TestDiagnostic } from "../support";
import {
    addStatements,
    assertClean,
    assertRefused,
    doc,
    find,
    mandatoryOf,
    prop,
    resourceLike,
    Resources,
    setProp,
    stackResources,
} from "./support";

const PROD = "111111111111";
const FOREIGN = "999999999999";
const TABLE = (stack: string, t: string) => `arn:aws:dynamodb:eu-west-1:${PROD}:table/custody-${stack}-${t}`;
const MY_TABLE = "arn:aws:dynamodb:us-east-1:666666666666:table/my-table";
const CURITY = "arn:aws:dynamodb:eu-west-1:555555555555:table";
const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
const DDB = "aws:dynamodb/table:Table";
const RESOURCE_POLICY = "aws:dynamodb/resourcePolicy:ResourcePolicy";
const OPS = `arn:aws:iam::${PROD}:role/ops`;
const PROTECTED = { options: { protect: true, retainOnDelete: true } };

type Model = Record<string, any>;
type Case = {
    name: string;
    stack: string;
    edit: (r: Resources) => void;
    /** The path message expected (insecure cases), and the policy that should name it. */
    refused?: RegExp;
    policy?: string;
    /** Edits the stack's custody model the way a careful team would (secure cases). */
    model?: (m: Model) => void;
    /** Left as it.skip: why the pack still gets this case wrong (README of the round: "MISS: <why>"). */
    miss?: string;
};

const policyOf = (stack: string) =>
    stack === "curity"
        ? "curity-role-access"
        : stack === "cross-account"
          ? "cross-account-access-access"
          : "signer-role-access";

const grant = (stack: string, name: string, statement: object, refused?: RegExp, policy?: string): Case => ({
    name,
    stack,
    refused,
    policy,
    edit: r => addStatements(find(r, ROLE_POLICY, policyOf(stack)), "policy", { Effect: "Allow", ...statement }),
});

const table = (r: Resources, t: string) => find(r, DDB, `signer-tables-${t}`);

/** A resource next to the anti-slashing table (same provider: the signer's account and region). */
const beside = (r: Resources, type: string, name: string, inputs: Record<string, unknown>, extra = {}) =>
    r.push(resourceLike(table(r, "anti-slashing"), type, name, inputs, extra));

const tablePolicy = (stack: string, name: string, resourceArn: string, refused: RegExp, ...statements: object[]) =>
    ({
        name,
        stack,
        refused,
        policy: "custody-effective-access",
        edit: r => beside(r, RESOURCE_POLICY, "rp", { resourceArn, policy: doc(...statements) }),
    }) satisfies Case;

const insecure: Case[] = [
    // ---- table resource policies: index and stream ARNs are governed by the table's (or stream's) own policy.
    tablePolicy(
        "prod",
        'ResourcePolicy: "*" of the account queries the keystore through its index ARN only',
        TABLE("prod", "keystore"),
        /^every identity of account 111111111111 .*→ dynamodb:Query on table custody-prod-keystore \(statement 1 of ResourcePolicy rp/,
        {
            Effect: "Allow",
            Principal: "*",
            Action: "dynamodb:Query",
            Resource: `${TABLE("prod", "keystore")}/index/*`,
            Condition: { StringEquals: { "aws:PrincipalAccount": PROD } },
        },
    ),
    tablePolicy(
        "prod",
        "ResourcePolicy: an outside role of the account queries the keystore's named index",
        TABLE("prod", "keystore"),
        /arn:aws:iam::111111111111:role\/ops \(outside this stack\) → dynamodb:Query on table custody-prod-keystore \(statement 1 of ResourcePolicy rp/,
        {
            Effect: "Allow",
            Principal: { AWS: OPS },
            Action: "dynamodb:Query",
            Resource: `${TABLE("prod", "keystore")}/index/status-shard-index`,
        },
    ),
    tablePolicy(
        "prod",
        'ResourcePolicy on the anti-slashing stream: "*" of the account reads the stream',
        `${TABLE("prod", "anti-slashing")}/stream/2026-01-01T00:00:00.000`,
        /^every identity of account 111111111111 .*→ dynamodb:DescribeStream, dynamodb:GetRecords, dynamodb:GetShardIterator on table custody-prod-anti-slashing \(statement 1 of ResourcePolicy rp/,
        {
            Effect: "Allow",
            Principal: { AWS: "*" },
            Action: ["dynamodb:GetRecords", "dynamodb:GetShardIterator", "dynamodb:DescribeStream"],
            Resource: `${TABLE("prod", "anti-slashing")}/stream/2026-01-01T00:00:00.000`,
            Condition: { StringEquals: { "aws:PrincipalAccount": PROD } },
        },
    ),
    tablePolicy(
        "prod",
        "ResourcePolicy: an outside role may DeleteItem, masked by a Deny on the index ARN only",
        TABLE("prod", "anti-slashing"),
        /role\/ops \(outside this stack\) → dynamodb:DeleteItem on table custody-prod-anti-slashing \(statement 1 of ResourcePolicy rp/,
        {
            Effect: "Allow",
            Principal: { AWS: OPS },
            Action: "dynamodb:DeleteItem",
            Resource: TABLE("prod", "anti-slashing"),
        },
        {
            Effect: "Deny",
            Principal: "*",
            Action: "dynamodb:DeleteItem",
            Resource: `${TABLE("prod", "anti-slashing")}/index/*`,
        },
    ),
    tablePolicy(
        "prod",
        "ResourcePolicy: an outside role may PutItem, masked by a Deny with NotResource naming the table",
        TABLE("prod", "anti-slashing"),
        /role\/ops \(outside this stack\) → dynamodb:PutItem on table custody-prod-anti-slashing \(statement 1 of ResourcePolicy rp/,
        {
            Effect: "Allow",
            Principal: { AWS: OPS },
            Action: "dynamodb:PutItem",
            Resource: TABLE("prod", "anti-slashing"),
        },
        {
            Effect: "Deny",
            Principal: "*",
            Action: "dynamodb:PutItem",
            NotResource: TABLE("prod", "anti-slashing"),
        },
    ),
    {
        name: 'ResourcePolicy on the external my-table: "*" of account A reads it',
        stack: "cross-account",
        refused:
            /^every identity of account 666666666666 .*→ dynamodb:GetItem, dynamodb:Query, dynamodb:Scan on table my-table \(outside this stack\) \(statement 1 of ResourcePolicy rp/,
        policy: "custody-effective-access",
        edit: r =>
            r.push(
                resourceLike(find(r, "aws:iam/role:Role", "cross-account-access"), RESOURCE_POLICY, "rp", {
                    resourceArn: MY_TABLE,
                    policy: doc({
                        Effect: "Allow",
                        Principal: "*",
                        Action: ["dynamodb:GetItem", "dynamodb:Scan", "dynamodb:Query"],
                        Resource: [MY_TABLE, `${MY_TABLE}/index/*`],
                        Condition: { StringEquals: { "aws:PrincipalAccount": "666666666666" } },
                    }),
                }),
            ),
    },
    {
        name: "ResourcePolicy on the external my-table: an outside role of account A writes it",
        stack: "cross-account",
        refused:
            /role\/etl \(outside this stack\) → dynamodb:DeleteItem, dynamodb:PutItem on table my-table \(outside this stack\) \(statement 1 of ResourcePolicy rp/,
        edit: r =>
            r.push(
                resourceLike(find(r, "aws:iam/role:Role", "cross-account-access"), RESOURCE_POLICY, "rp", {
                    resourceArn: MY_TABLE,
                    policy: doc({
                        Effect: "Allow",
                        Principal: { AWS: "arn:aws:iam::666666666666:role/etl" },
                        Action: ["dynamodb:PutItem", "dynamodb:DeleteItem"],
                        Resource: MY_TABLE,
                    }),
                }),
            ),
    },
    tablePolicy(
        "prod",
        "ResourcePolicy: the signer gains DeleteItem on anti-slashing through its assumed-role session ARN",
        TABLE("prod", "anti-slashing"),
        /^role custody-prod-signer → dynamodb:DeleteItem on table custody-prod-anti-slashing \(statement 1 of ResourcePolicy rp \(names arn:aws:sts::111111111111:assumed-role\/custody-prod-signer\/pod\)\): not in workload signer's allow entries/,
        {
            Effect: "Allow",
            Principal: { AWS: `arn:aws:sts::${PROD}:assumed-role/custody-prod-signer/pod` },
            Action: "dynamodb:DeleteItem",
            Resource: TABLE("prod", "anti-slashing"),
        },
    ),

    // ---- replicas and their keys: a replica is the same data, so the same key rule.
    {
        name: "replicas[]: a replica encrypted with another account's key (PITR and deletion protection on)",
        stack: "prod",
        refused:
            /^table custody-prod-anti-slashing: the replica replicas\[0\] \(us-east-1\) is encrypted with arn:aws:kms:us-east-1:999999999999:key\/.*, a key this stack does not manage/,
        policy: "custody-tables",
        edit: r =>
            setProp(table(r, "anti-slashing"), "replicas", [
                {
                    regionName: "us-east-1",
                    kmsKeyArn: `arn:aws:kms:us-east-1:${FOREIGN}:key/00000000-0000-0000-0000-000000000000`,
                    pointInTimeRecovery: true,
                    deletionProtectionEnabled: true,
                },
            ]),
    },
    {
        name: "TableReplica encrypted with another account's key (PITR and deletion protection on, protected)",
        stack: "prod",
        refused:
            /^table custody-prod-anti-slashing: the replica TableReplica rep is encrypted with arn:aws:kms:us-east-1:999999999999:key\/.*, a key this stack does not manage/,
        policy: "custody-tables",
        edit: r =>
            beside(
                r,
                "aws:dynamodb/tableReplica:TableReplica",
                "rep",
                {
                    globalTableArn: TABLE("prod", "anti-slashing"),
                    kmsKeyArn: `arn:aws:kms:us-east-1:${FOREIGN}:key/00000000-0000-0000-0000-000000000000`,
                    pointInTimeRecovery: true,
                    deletionProtectionEnabled: true,
                    region: "us-east-1",
                },
                PROTECTED,
            ),
    },

    // ---- erasing or rewriting custody records without any IAM principal.
    {
        name: 'ttl.enabled given as the string "true" (the provider coerces it)',
        stack: "prod",
        refused: /^table custody-prod-anti-slashing: ttl is enabled \(attribute "expires"\)/,
        policy: "custody-tables",
        edit: r => setProp(table(r, "anti-slashing"), "ttl", { enabled: "true", attributeName: "expires" }),
    },
    {
        name: "TableItem: the deployer writes (and on removal deletes) an anti-slashing record",
        stack: "prod",
        refused: /^TableItem wm → table custody-prod-anti-slashing: the deployer writes this item/,
        policy: "custody-tables",
        edit: r =>
            beside(r, "aws:dynamodb/tableItem:TableItem", "wm", {
                tableName: "custody-prod-anti-slashing",
                hashKey: "pubkey",
                rangeKey: "record",
                item: JSON.stringify({ pubkey: { S: "0xabc" }, record: { S: "watermark" }, slot: { N: "0" } }),
            }),
    },
    {
        name: "TableItem naming the keystore by its ARN (TableName accepts an ARN)",
        stack: "prod",
        refused: /TableItem key → table custody-prod-keystore: the deployer writes this item/,
        policy: "custody-tables",
        edit: r =>
            beside(r, "aws:dynamodb/tableItem:TableItem", "key", {
                tableName: TABLE("prod", "keystore"),
                hashKey: "pubkey",
                item: JSON.stringify({ pubkey: { S: "0xabc" }, status_shard: { S: "active#0" } }),
            }),
    },
    {
        name: "KinesisStreamingDestination naming the table by ARN, into share 3's account",
        stack: "prod",
        refused:
            /KinesisStreamingDestination kin → table custody-prod-signer-state streams to arn:aws:kinesis:us-east-1:333333333333:stream\/x, outside the table's account 111111111111/,
        policy: "custody-tables",
        edit: r =>
            beside(r, "aws:dynamodb/kinesisStreamingDestination:KinesisStreamingDestination", "kin", {
                tableName: TABLE("prod", "signer-state"),
                streamArn: "arn:aws:kinesis:us-east-1:333333333333:stream/x",
            }),
    },
    {
        name: "importTable: the keystore is seeded from a bucket of another account",
        stack: "prod",
        refused:
            /^table custody-prod-keystore: importTable seeds it from S3 bucket seed-keys of account 999999999999, outside the custody accounts \(111111111111, 222222222222, 333333333333\)/,
        policy: "custody-tables",
        edit: r =>
            setProp(table(r, "keystore"), "importTable", {
                inputFormat: "DYNAMODB_JSON",
                s3BucketSource: { bucket: "seed-keys", bucketOwner: FOREIGN },
            }),
    },

    // ---- copies of the data outside the custody accounts.
    {
        name: "AWS Backup: a plan copies the anti-slashing backups into a vault of another account",
        stack: "prod",
        refused:
            /^Backup plan plan → table custody-prod-anti-slashing: copies their backups into arn:aws:backup:eu-west-1:999999999999:backup-vault:loot, outside the table's account 111111111111/,
        policy: "custody-tables",
        edit: r => {
            beside(r, "aws:backup/plan:Plan", "plan", {
                name: "custody",
                rules: [
                    {
                        ruleName: "daily",
                        targetVaultName: "Default",
                        schedule: "cron(0 5 * * ? *)",
                        copyActions: [{ destinationVaultArn: `arn:aws:backup:eu-west-1:${FOREIGN}:backup-vault:loot` }],
                    },
                ],
                id: "plan-1",
            });
            beside(r, "aws:backup/selection:Selection", "sel", {
                name: "custody-tables",
                planId: "plan-1",
                iamRoleArn: `arn:aws:iam::${PROD}:role/service-role/AWSBackupDefaultServiceRole`,
                resources: [TABLE("prod", "anti-slashing")],
            });
        },
    },
    {
        name: "AWS Backup: a tag-selected plan copies every table into a vault of another account",
        stack: "prod",
        refused:
            /^Backup plan plan → table custody-prod-anti-slashing, table custody-prod-signer-state, table custody-prod-keystore: copies their backups into arn:aws:backup:eu-west-1:999999999999:backup-vault:loot/,
        policy: "custody-tables",
        edit: r => {
            beside(r, "aws:backup/plan:Plan", "plan", {
                name: "custody",
                rules: [
                    {
                        ruleName: "daily",
                        targetVaultName: "Default",
                        copyActions: [{ destinationVaultArn: `arn:aws:backup:eu-west-1:${FOREIGN}:backup-vault:loot` }],
                    },
                ],
                id: "plan-1",
            });
            beside(r, "aws:backup/selection:Selection", "sel", {
                name: "by-tag",
                planId: "plan-1",
                iamRoleArn: `arn:aws:iam::${PROD}:role/service-role/AWSBackupDefaultServiceRole`,
                selectionTags: [{ type: "STRINGEQUALS", key: "custody:workload", value: "containment-chamber" }],
            });
        },
    },
    {
        name: "AWS Backup: copies into the custody account's air-gapped vault, shared with another account via RAM",
        stack: "prod",
        refused:
            /Backup plan plan → table custody-prod-anti-slashing: copies their backups into .*backup-vault:lag \(shared through AWS RAM with 999999999999\)/,
        policy: "custody-tables",
        edit: r => {
            const vault = `arn:aws:backup:eu-west-1:${PROD}:backup-vault:lag`;
            const share = `arn:aws:ram:eu-west-1:${PROD}:resource-share/loot`;
            beside(r, "aws:backup/plan:Plan", "plan", {
                name: "custody",
                rules: [
                    { ruleName: "daily", targetVaultName: "Default", copyActions: [{ destinationVaultArn: vault }] },
                ],
            });
            beside(r, "aws:backup/selection:Selection", "sel", {
                name: "custody-tables",
                planId: "plan-1",
                iamRoleArn: `arn:aws:iam::${PROD}:role/service-role/AWSBackupDefaultServiceRole`,
                resources: [TABLE("prod", "anti-slashing")],
            });
            beside(r, "aws:ram/resourceAssociation:ResourceAssociation", "lag-share", {
                resourceArn: vault,
                resourceShareArn: share,
            });
            beside(r, "aws:ram/principalAssociation:PrincipalAssociation", "lag-to", {
                principal: FOREIGN,
                resourceShareArn: share,
            });
        },
    },
    {
        name: "zero-ETL integration of anti-slashing into a Redshift warehouse (its required table policy)",
        stack: "prod",
        refused:
            /redshift\.amazonaws\.com.*→ .*dynamodb:ExportTableToPointInTime.* on table custody-prod-anti-slashing/,
        policy: "custody-effective-access",
        edit: r => {
            beside(r, "aws:redshift/integration:Integration", "etl", {
                integrationName: "custody",
                sourceArn: TABLE("prod", "anti-slashing"),
                targetArn: `arn:aws:redshift-serverless:eu-west-1:${FOREIGN}:namespace/loot`,
            });
            beside(r, RESOURCE_POLICY, "rp", {
                resourceArn: TABLE("prod", "anti-slashing"),
                policy: doc({
                    Effect: "Allow",
                    Principal: { Service: "redshift.amazonaws.com" },
                    Action: ["dynamodb:ExportTableToPointInTime", "dynamodb:DescribeTable", "dynamodb:DescribeExport"],
                    Resource: [TABLE("prod", "anti-slashing"), `${TABLE("prod", "anti-slashing")}/export/*`],
                    Condition: { StringEquals: { "aws:SourceAccount": PROD } },
                }),
            });
        },
    },
    tablePolicy(
        "prod",
        'ResourcePolicy: "*" narrowed only by dynamodb:LeadingKeys (no caller named)',
        TABLE("prod", "signer-state"),
        /^anyone \("\*" without a condition naming the caller\) → dynamodb:GetItem on table custody-prod-signer-state/,
        {
            Effect: "Allow",
            Principal: "*",
            Action: "dynamodb:GetItem",
            Resource: TABLE("prod", "signer-state"),
            Condition: { "ForAllValues:StringEquals": { "dynamodb:LeadingKeys": ["operator"] } },
        },
    ),
    {
        name: "TableExport of my-table into a bucket of the caller account B (readers beyond the access role)",
        stack: "cross-account",
        refused:
            /TableExport exp → table my-table \(outside this stack\) exported to S3 bucket account-b-exports of account 777777777777, outside the table's account 666666666666/,
        policy: "custody-tables",
        edit: r =>
            r.push(
                resourceLike(
                    find(r, "aws:iam/role:Role", "cross-account-access"),
                    "aws:dynamodb/tableExport:TableExport",
                    "exp",
                    {
                        tableArn: MY_TABLE,
                        s3Bucket: "account-b-exports",
                        s3BucketOwner: "777777777777",
                    },
                ),
            ),
    },
    {
        name: "AWS Backup: copies the tables into a vault of share 2's account (administered apart)",
        stack: "prod",
        refused:
            /Backup plan plan → .*copies their backups into arn:aws:backup:eu-central-1:222222222222:backup-vault:custody, outside the table's account 111111111111/,
        policy: "custody-tables",
        edit: r => {
            beside(r, "aws:backup/plan:Plan", "plan", {
                name: "custody",
                rules: [
                    {
                        ruleName: "daily",
                        targetVaultName: "Default",
                        copyActions: [
                            { destinationVaultArn: "arn:aws:backup:eu-central-1:222222222222:backup-vault:custody" },
                        ],
                    },
                ],
            });
            beside(r, "aws:backup/selection:Selection", "sel", {
                name: "custody-tables",
                planId: "plan-1",
                iamRoleArn: `arn:aws:iam::${PROD}:role/service-role/AWSBackupDefaultServiceRole`,
                resources: [TABLE("prod", "signer-state")],
            });
        },
    },
    {
        name: "TableExport into a custody-account bucket whose policy lets another account read it",
        stack: "prod",
        refused:
            /^TableExport exp → table custody-prod-anti-slashing exports to S3 bucket exports of account 111111111111, whose policy admits arn:aws:iam::999999999999:root \(BucketPolicy exports-policy\)/,
        policy: "custody-tables",
        edit: r => {
            beside(r, "aws:dynamodb/tableExport:TableExport", "exp", {
                tableArn: TABLE("prod", "anti-slashing"),
                s3Bucket: "exports",
                s3BucketOwner: PROD,
            });
            beside(r, "aws:s3/bucketPolicy:BucketPolicy", "exports-policy", {
                bucket: "exports",
                policy: doc({
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${FOREIGN}:root` },
                    Action: "s3:GetObject",
                    Resource: "arn:aws:s3:::exports/*",
                }),
            });
        },
    },
    {
        name: "KinesisStreamingDestination into a custody-account stream whose policy lets another account read it",
        stack: "prod",
        refused:
            /^KinesisStreamingDestination kin → table custody-prod-anti-slashing streams to arn:aws:kinesis:eu-west-1:111111111111:stream\/anti-slashing-cdc, whose policy admits arn:aws:iam::999999999999:root/,
        policy: "custody-tables",
        edit: r => {
            const stream = `arn:aws:kinesis:eu-west-1:${PROD}:stream/anti-slashing-cdc`;
            beside(r, "aws:dynamodb/kinesisStreamingDestination:KinesisStreamingDestination", "kin", {
                tableName: "custody-prod-anti-slashing",
                streamArn: stream,
            });
            beside(r, "aws:kinesis/resourcePolicy:ResourcePolicy", "kin-policy", {
                resourceArn: stream,
                policy: doc({
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${FOREIGN}:root` },
                    Action: ["kinesis:GetRecords", "kinesis:GetShardIterator", "kinesis:DescribeStreamSummary"],
                    Resource: stream,
                }),
            });
        },
    },
    {
        name: "a table restored from anti-slashing's point-in-time backup (a copy the stack does not declare)",
        stack: "prod",
        refused: /^table custody-prod-restored \(.*\) is not in the custody model's tables/,
        policy: "custody-tables",
        edit: r => {
            const t = table(r, "anti-slashing");
            beside(
                r,
                DDB,
                "restored",
                {
                    ...(t.outputs ?? t.inputs),
                    name: "custody-prod-restored",
                    arn: TABLE("prod", "restored"),
                    restoreSourceTableArn: TABLE("prod", "anti-slashing"),
                    restoreToLatestTime: true,
                },
                PROTECTED,
            );
        },
    },

    {
        name: "AppSync API-key GraphQL API with a DynamoDB data source on anti-slashing, run by an outside role",
        stack: "prod",
        refused: /^DataSource ds → table custody-prod-anti-slashing: resolves the GraphQL API's requests against it/,
        policy: "custody-tables",
        edit: r => {
            beside(r, "aws:appsync/graphQLApi:GraphQLApi", "api", {
                name: "watermarks",
                authenticationType: "API_KEY",
                id: "api-1",
            });
            beside(r, "aws:appsync/apiKey:ApiKey", "key", { apiId: "api-1" });
            beside(r, "aws:appsync/dataSource:DataSource", "ds", {
                apiId: "api-1",
                name: "antiSlashing",
                type: "AMAZON_DYNAMODB",
                serviceRoleArn: `arn:aws:iam::${PROD}:role/appsync-dynamodb`,
                dynamodbConfig: { tableName: "custody-prod-anti-slashing" },
            });
        },
    },

    {
        name: "EventBridge Pipe from the keystore's stream to an HTTPS API destination of the account",
        stack: "prod",
        refused: /^Pipe pipe → table custody-prod-keystore: reads every change from its stream/,
        policy: "custody-tables",
        edit: r =>
            beside(r, "aws:pipes/pipe:Pipe", "pipe", {
                roleArn: `arn:aws:iam::${PROD}:role/pipes-role`,
                source: `${TABLE("prod", "keystore")}/stream/2026-01-01T00:00:00.000`,
                target: `arn:aws:events:eu-west-1:${PROD}:api-destination/collector/0a1b`,
            }),
    },
    {
        name: "Lambda event source mapping on the signer-state stream (function role outside the stack)",
        stack: "prod",
        refused: /^EventSourceMapping esm → table custody-prod-signer-state: feeds every change/,
        policy: "custody-tables",
        edit: r =>
            beside(r, "aws:lambda/eventSourceMapping:EventSourceMapping", "esm", {
                eventSourceArn: `${TABLE("prod", "signer-state")}/stream/2026-01-01T00:00:00.000`,
                functionName: "audit-forwarder",
                startingPosition: "TRIM_HORIZON",
            }),
    },
    {
        name: "Firehose delivering the anti-slashing CDC stream (a Kinesis destination in the table's account) to S3",
        stack: "prod",
        refused: /^FirehoseDeliveryStream fh → table custody-prod-anti-slashing: delivers every change/,
        policy: "custody-tables",
        edit: r => {
            const stream = `arn:aws:kinesis:eu-west-1:${PROD}:stream/anti-slashing-cdc`;
            beside(r, "aws:dynamodb/kinesisStreamingDestination:KinesisStreamingDestination", "kin", {
                tableName: "custody-prod-anti-slashing",
                streamArn: stream,
            });
            beside(r, "aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream", "fh", {
                name: "cdc",
                destination: "extended_s3",
                kinesisSourceConfiguration: {
                    kinesisStreamArn: stream,
                    roleArn: `arn:aws:iam::${PROD}:role/firehose`,
                },
                extendedS3Configuration: {
                    bucketArn: "arn:aws:s3:::partner-drop",
                    roleArn: `arn:aws:iam::${PROD}:role/firehose`,
                },
            });
        },
    },
    {
        // Was MISS (round 7 closed it): an API Gateway (REST) AWS integration calls DynamoDB actions with the
        // integration's credentials role; the table is named only inside the request mapping template, which
        // custody-tables now reads (assets.ts apiGatewayDynamoDb): with an outside role and no authorizer, anyone
        // calling the method writes anti-slashing.
        name: "API Gateway method without auth, integrated with DynamoDB PutItem on anti-slashing by an outside role",
        stack: "prod",
        refused: /Integration put-ddb → table custody-prod-anti-slashing/,
        policy: "custody-tables",
        edit: r => {
            beside(r, "aws:apigateway/method:Method", "put", {
                restApi: "api-1",
                resourceId: "res-1",
                httpMethod: "POST",
                authorization: "NONE",
            });
            beside(r, "aws:apigateway/integration:Integration", "put-ddb", {
                restApi: "api-1",
                resourceId: "res-1",
                httpMethod: "POST",
                type: "AWS",
                integrationHttpMethod: "POST",
                uri: "arn:aws:apigateway:eu-west-1:dynamodb:action/PutItem",
                credentials: `arn:aws:iam::${PROD}:role/apigw-dynamodb`,
                requestTemplates: {
                    "application/json": JSON.stringify({
                        TableName: "custody-prod-anti-slashing",
                        Item: { pubkey: { S: "$input.path('$.pubkey')" }, record: { S: "watermark" } },
                    }),
                },
            });
        },
    },

    // ---- identity grants in other spellings.
    grant(
        "prod",
        "RestoreTableToPointInTime on anti-slashing (restore into a table the attacker reads)",
        { Action: "dynamodb:RestoreTableToPointInTime", Resource: TABLE("prod", "anti-slashing") },
        /allows dynamodb:RestoreTableToPointInTime on .*custody-prod-anti-slashing/,
        "custody-effective-access",
    ),
    grant(
        "prod",
        "RestoreTableFromBackup on the anti-slashing backups",
        { Action: "dynamodb:RestoreTableFromBackup", Resource: `${TABLE("prod", "anti-slashing")}/backup/*` },
        /allows dynamodb:RestoreTableFromBackup on .*custody-prod-anti-slashing\/backup/,
        "custody-effective-access",
    ),
    grant(
        "prod",
        "PartiQLSelect on the keystore (Scan in another spelling)",
        { Action: "dynamodb:PartiQLSelect", Resource: TABLE("prod", "keystore") },
        /allows dynamodb:PartiQLSelect on .*custody-prod-keystore/,
        "custody-effective-access",
    ),
    grant(
        "prod",
        "GetItem on table/custody-* (every custody stack's tables)",
        { Action: "dynamodb:GetItem", Resource: `arn:aws:dynamodb:eu-west-1:${PROD}:table/custody-*` },
        /allows dynamodb:GetItem on arn:aws:dynamodb:eu-west-1:111111111111:table\/custody-\*/,
        "custody-effective-access",
    ),
    grant(
        "prod",
        "DeleteItem on signer-state in any account (account wildcard)",
        { Action: "dynamodb:DeleteItem", Resource: "arn:aws:dynamodb:eu-west-1:*:table/custody-prod-signer-state" },
        /allows dynamodb:DeleteItem on arn:aws:dynamodb:eu-west-1:\*:table\/custody-prod-signer-state/,
        "custody-effective-access",
    ),
    grant(
        "prod",
        "Scan on every index of anti-slashing (/index/* only)",
        { Action: "dynamodb:Scan", Resource: `${TABLE("prod", "anti-slashing")}/index/*` },
        /allows dynamodb:Scan on .*custody-prod-anti-slashing\/index\/\*/,
        "custody-effective-access",
    ),
    grant(
        "prod",
        "Dynamodb:DeleteItem with a LeadingKeys condition on anti-slashing",
        {
            Action: "Dynamodb:DeleteItem",
            Resource: TABLE("prod", "anti-slashing"),
            Condition: { "ForAllValues:StringEquals": { "dynamodb:LeadingKeys": ["0xabc"] } },
        },
        /allows dynamodb:DeleteItem on .*custody-prod-anti-slashing/,
        "custody-effective-access",
    ),
    grant(
        "prod",
        "DeleteItem on anti-slashing with the ARN's service segment in capitals (arn:aws:DynamoDB:...)",
        {
            Action: "dynamodb:DeleteItem",
            Resource: `arn:aws:DynamoDB:eu-west-1:${PROD}:table/custody-prod-anti-slashing`,
        },
        /allows dynamodb:DeleteItem on arn:aws:DynamoDB:eu-west-1:111111111111:table\/custody-prod-anti-slashing, reaching table custody-prod-anti-slashing/,
        "custody-effective-access",
    ),
    grant(
        "dev",
        "dev: UpdateTimeToLive on anti-slashing",
        { Action: "dynamodb:UpdateTimeToLive", Resource: TABLE("dev", "anti-slashing") },
        /allows dynamodb:UpdateTimeToLive on .*custody-dev-anti-slashing/,
        "custody-effective-access",
    ),
    grant(
        "pod-identity",
        "pod-identity: DeleteItem on anti-slashing",
        { Action: "dynamodb:DeleteItem", Resource: TABLE("pod-identity", "anti-slashing") },
        /allows dynamodb:DeleteItem on .*custody-pod-identity-anti-slashing/,
        "custody-effective-access",
    ),
    {
        name: "an attached customer managed Policy (PolicyAttachment, role name in other case) erases anti-slashing",
        stack: "prod",
        refused: /→ statement #1 of Policy extra allows dynamodb:DeleteItem on .*custody-prod-anti-slashing/,
        policy: "custody-effective-access",
        edit: r => {
            beside(r, "aws:iam/policy:Policy", "extra", {
                name: "extra",
                arn: `arn:aws:iam::${PROD}:policy/extra`,
                policy: doc({
                    Effect: "Allow",
                    Action: "dynamodb:DeleteItem",
                    Resource: TABLE("prod", "anti-slashing"),
                }),
            });
            beside(r, "aws:iam/policyAttachment:PolicyAttachment", "extra-attach", {
                name: "extra",
                policyArn: `arn:aws:iam::${PROD}:policy/extra`,
                roles: ["CUSTODY-PROD-SIGNER"],
            });
        },
    },
    grant(
        "curity",
        "Curity: Query on every table's indexes of the account (table/*/index/*)",
        { Action: "dynamodb:Query", Resource: `${CURITY}/*/index/*` },
        /allows dynamodb:Query on arn:aws:dynamodb:eu-west-1:555555555555:table\/\*\/index\/\*: not in workload curity's allow entries/,
        // It reaches no custody asset of this stack (no table here), so the allowlist names it as outside the model.
        "custody-grants-within-model",
    ),
    grant(
        "curity",
        "Curity: stream reads on its tables",
        { Action: ["dynamodb:GetRecords", "dynamodb:GetShardIterator"], Resource: `${CURITY}/curity-*/stream/*` },
        /allows dynamodb:GetRecords, dynamodb:GetShardIterator on/,
        "custody-effective-access",
    ),
    grant(
        "curity",
        "Curity: ExportTableToPointInTime of its tables",
        { Action: "dynamodb:ExportTableToPointInTime", Resource: `${CURITY}/curity-*` },
        /allows dynamodb:ExportTableToPointInTime on/,
        "custody-effective-access",
    ),
    grant(
        "cross-account",
        "cross-account: Query on table/my-table* (my-table-archive too)",
        { Action: "dynamodb:Query", Resource: `${MY_TABLE}*` },
        /allows dynamodb:Query on arn:aws:dynamodb:us-east-1:666666666666:table\/my-table\*/,
        "custody-effective-access",
    ),
    grant(
        "cross-account",
        "cross-account: stream reads on my-table",
        { Action: ["dynamodb:GetRecords", "dynamodb:DescribeStream"], Resource: `${MY_TABLE}/stream/*` },
        /allows dynamodb:DescribeStream, dynamodb:GetRecords on/,
        "custody-effective-access",
    ),
];

const secure: Case[] = [
    {
        name: "contributor insights on anti-slashing",
        stack: "prod",
        edit: r =>
            beside(r, "aws:dynamodb/contributorInsights:ContributorInsights", "ci", {
                tableName: "custody-prod-anti-slashing",
            }),
    },
    {
        name: "the keystore in the Standard-IA table class",
        stack: "prod",
        edit: r => setProp(table(r, "keystore"), "tableClass", "STANDARD_INFREQUENT_ACCESS"),
    },
    {
        name: "signer-state on provisioned capacity",
        stack: "prod",
        edit: r => {
            const t = table(r, "signer-state");
            setProp(t, "billingMode", "PROVISIONED");
            setProp(t, "readCapacity", 5);
            setProp(t, "writeCapacity", 5);
        },
    },
    {
        name: "extra tags on every table",
        stack: "prod",
        edit: r => {
            for (const t of ["anti-slashing", "keystore", "signer-state"])
                setProp(table(r, t), "tags", { ...prop(table(r, t), "tags"), "cost-center": "validators" });
        },
    },
    {
        name: "an on-demand throughput ceiling on anti-slashing",
        stack: "prod",
        edit: r =>
            setProp(table(r, "anti-slashing"), "onDemandThroughput", {
                maxReadRequestUnits: 1000,
                maxWriteRequestUnits: 1000,
            }),
    },
    {
        name: "a stream enabled on signer-state that nobody is granted",
        stack: "prod",
        edit: r => {
            setProp(table(r, "signer-state"), "streamEnabled", true);
            setProp(table(r, "signer-state"), "streamViewType", "KEYS_ONLY");
        },
    },
    {
        name: "ttl block present but disabled",
        stack: "prod",
        edit: r => setProp(table(r, "anti-slashing"), "ttl", { enabled: false, attributeName: "" }),
    },
    {
        name: "a LeadingKeys condition narrowing the signer's anti-slashing grant",
        stack: "prod",
        edit: r => {
            const p = find(r, ROLE_POLICY, "signer-role-access");
            const d = JSON.parse(prop(p, "policy") as string) as { Statement: Record<string, unknown>[] };
            const s = d.Statement.find(x => x.Sid === "DynamoDBAntiSlashing")!;
            s.Condition = { "ForAllValues:StringLike": { "dynamodb:LeadingKeys": ["0x*"] } };
            setProp(p, "policy", JSON.stringify(d));
        },
    },
    grant("prod", "the signer's GetItem on anti-slashing again, the ARN's service spelled DynamoDB", {
        Action: "dynamodb:GetItem",
        Resource: `arn:aws:DynamoDB:eu-west-1:${PROD}:table/custody-prod-anti-slashing`,
    }),
    grant("prod", "a conditional Deny of DeleteItem outside the VPC endpoint", {
        Effect: "Deny",
        Action: "dynamodb:*",
        Resource: TABLE("prod", "signer-state"),
        Condition: { StringNotEquals: { "aws:SourceVpce": "vpce-0123" } },
    }),
    tablePolicy(
        "prod",
        "ResourcePolicy naming the signer for the keystore's index Query it already has",
        TABLE("prod", "keystore"),
        /unused/,
        {
            Effect: "Allow",
            Principal: { AWS: `arn:aws:iam::${PROD}:role/custody-prod-signer` },
            Action: "dynamodb:Query",
            Resource: [TABLE("prod", "keystore"), `${TABLE("prod", "keystore")}/index/*`],
        },
    ),
    tablePolicy(
        "prod",
        "ResourcePolicy denying every foreign account everything (a data perimeter)",
        TABLE("prod", "anti-slashing"),
        /unused/,
        {
            Effect: "Deny",
            Principal: "*",
            Action: "dynamodb:*",
            Resource: [TABLE("prod", "anti-slashing"), `${TABLE("prod", "anti-slashing")}/index/*`],
            Condition: { StringNotEquals: { "aws:PrincipalAccount": PROD } },
        },
    ),
    {
        name: "ResourcePolicy on my-table naming the access role for what it already reads",
        stack: "cross-account",
        edit: r =>
            r.push(
                resourceLike(find(r, "aws:iam/role:Role", "cross-account-access"), RESOURCE_POLICY, "rp", {
                    resourceArn: MY_TABLE,
                    policy: doc({
                        Effect: "Allow",
                        Principal: { AWS: "arn:aws:iam::666666666666:role/accountb-instance-role-dynamodb" },
                        Action: ["dynamodb:GetItem", "dynamodb:Query"],
                        Resource: [MY_TABLE, `${MY_TABLE}/index/*`],
                    }),
                }),
            ),
    },
    {
        name: "TableExport into a custody-account bucket whose policy admits only that account",
        stack: "prod",
        edit: r => {
            beside(r, "aws:dynamodb/tableExport:TableExport", "exp", {
                tableArn: TABLE("prod", "anti-slashing"),
                s3Bucket: "exports",
                s3BucketOwner: PROD,
            });
            beside(r, "aws:s3/bucketPolicy:BucketPolicy", "exports-policy", {
                bucket: "exports",
                policy: doc(
                    {
                        Effect: "Deny",
                        Principal: "*",
                        Action: "s3:*",
                        Resource: ["arn:aws:s3:::exports", "arn:aws:s3:::exports/*"],
                        Condition: { Bool: { "aws:SecureTransport": "false" } },
                    },
                    {
                        Effect: "Allow",
                        Principal: { AWS: `arn:aws:iam::${PROD}:root` },
                        Action: "s3:GetObject",
                        Resource: "arn:aws:s3:::exports/*",
                    },
                ),
            });
        },
    },
    {
        name: "AWS Backup: a plan copying the tables to the table account's own vault in another region",
        stack: "prod",
        edit: r => {
            beside(r, "aws:backup/plan:Plan", "plan", {
                name: "custody",
                rules: [
                    {
                        ruleName: "daily",
                        targetVaultName: "Default",
                        copyActions: [
                            { destinationVaultArn: `arn:aws:backup:eu-central-1:${PROD}:backup-vault:custody-dr` },
                        ],
                    },
                ],
            });
            beside(r, "aws:backup/selection:Selection", "sel", {
                name: "custody-tables",
                planId: "plan-1",
                iamRoleArn: `arn:aws:iam::${PROD}:role/service-role/AWSBackupDefaultServiceRole`,
                resources: [TABLE("prod", "anti-slashing"), TABLE("prod", "keystore"), TABLE("prod", "signer-state")],
            });
        },
    },
    {
        name: "AWS Backup: an org-wide plan copying to a partner account, custody tables excluded by NotResources",
        stack: "prod",
        edit: r => {
            beside(r, "aws:backup/plan:Plan", "plan", {
                name: "everything",
                rules: [
                    {
                        ruleName: "daily",
                        targetVaultName: "Default",
                        copyActions: [
                            { destinationVaultArn: `arn:aws:backup:eu-west-1:${FOREIGN}:backup-vault:partner` },
                        ],
                    },
                ],
            });
            beside(r, "aws:backup/selection:Selection", "sel", {
                name: "all-but-custody",
                planId: "plan-1",
                iamRoleArn: `arn:aws:iam::${PROD}:role/service-role/AWSBackupDefaultServiceRole`,
                resources: ["*"],
                notResources: [`arn:aws:dynamodb:eu-west-1:${PROD}:table/custody-prod-*`],
            });
        },
    },
    {
        name: "KinesisStreamingDestination into a stream of the table's account with no resource policy",
        stack: "prod",
        edit: r =>
            beside(r, "aws:dynamodb/kinesisStreamingDestination:KinesisStreamingDestination", "kin", {
                tableName: "custody-prod-anti-slashing",
                streamArn: `arn:aws:kinesis:eu-west-1:${PROD}:stream/anti-slashing-cdc`,
            }),
    },
    {
        name: "AWS Backup: a foreign-account copy of a plan that selects only an unrelated bucket",
        stack: "prod",
        edit: r => {
            beside(r, "aws:backup/plan:Plan", "plan", {
                name: "web",
                rules: [
                    {
                        ruleName: "daily",
                        targetVaultName: "Default",
                        copyActions: [
                            { destinationVaultArn: `arn:aws:backup:eu-west-1:${FOREIGN}:backup-vault:partner` },
                        ],
                    },
                ],
                id: "plan-1",
            });
            beside(r, "aws:backup/selection:Selection", "sel", {
                name: "web",
                planId: "plan-1",
                iamRoleArn: `arn:aws:iam::${PROD}:role/service-role/AWSBackupDefaultServiceRole`,
                resources: ["arn:aws:s3:::public-website"],
            });
        },
    },
    {
        name: "an EventBridge Pipe from the stream of another table whose name extends the keystore's",
        stack: "prod",
        edit: r =>
            beside(r, "aws:pipes/pipe:Pipe", "pipe", {
                roleArn: `arn:aws:iam::${PROD}:role/pipes-role`,
                source: `${TABLE("prod", "keystore")}-archive/stream/2026-01-01T00:00:00.000`,
                target: `arn:aws:sqs:eu-west-1:${PROD}:archive`,
            }),
    },
    {
        name: "a Tag resource on the keystore",
        stack: "prod",
        edit: r =>
            beside(r, "aws:dynamodb/tag:Tag", "tag", {
                resourceArn: TABLE("prod", "keystore"),
                key: "backup",
                value: "daily",
            }),
    },
    {
        name: "a GlobalSecondaryIndex resource on signer-state that nobody is granted",
        stack: "prod",
        edit: r =>
            beside(r, "aws:dynamodb/globalSecondaryIndex:GlobalSecondaryIndex", "gsi", {
                tableName: "custody-prod-signer-state",
                indexName: "by-sk",
                keySchemas: [{ attributeName: "sk", attributeType: "S", keyType: "HASH" }],
                projection: { projectionType: "KEYS_ONLY" },
            }),
    },
    {
        name: "an unrelated table with its own role, both declared in the model",
        stack: "prod",
        model: m => {
            m.tables.push({
                table: TABLE("prod", "app-sessions"),
                keyAlias: `arn:aws:kms:eu-west-1:${PROD}:alias/custody-infra/prod/signer-tables`,
            });
            m.workloads.push({
                name: "app",
                subjects: [{ ec2: { account: PROD } }],
                kind: "runtime",
                allow: [{ accessSet: "curity.dataSource", on: [{ table: TABLE("prod", "app-sessions") }] }],
            });
        },
        edit: r => {
            const t = table(r, "signer-state");
            beside(
                r,
                DDB,
                "app-sessions",
                { ...(t.outputs ?? t.inputs), name: "custody-prod-app-sessions", arn: TABLE("prod", "app-sessions") },
                PROTECTED,
            );
            beside(r, "aws:iam/role:Role", "app-role", {
                name: "custody-prod-app",
                arn: `arn:aws:iam::${PROD}:role/custody-prod-app`,
                assumeRolePolicy: doc({
                    Effect: "Allow",
                    Principal: { Service: "ec2.amazonaws.com" },
                    Action: "sts:AssumeRole",
                }),
                tags: { "custody:role-kind": "runtime" },
                inlinePolicies: [
                    {
                        name: "data",
                        policy: doc({
                            Effect: "Allow",
                            Action: [
                                "dynamodb:DescribeTable",
                                "dynamodb:GetItem",
                                "dynamodb:PutItem",
                                "dynamodb:UpdateItem",
                                "dynamodb:DeleteItem",
                                "dynamodb:Query",
                                "dynamodb:Scan",
                                "dynamodb:ConditionCheckItem",
                            ],
                            Resource: TABLE("prod", "app-sessions"),
                        }),
                    },
                ],
            });
        },
    },
    {
        name: "a replica of anti-slashing in us-east-1 under a stack key of that region, modelled like the table key",
        stack: "prod",
        model: m => {
            m.workloads.push({
                name: "dynamodb-table-encryption-us-east-1",
                subjects: [{ viaService: { service: "dynamodb.us-east-1.amazonaws.com", account: PROD } }],
                kind: "service",
                allow: [
                    {
                        accessSet: "dynamodb.tableKey",
                        on: [{ keyAlias: `arn:aws:kms:us-east-1:${PROD}:alias/custody-infra/prod/signer-tables` }],
                    },
                ],
            });
        },
        edit: r => {
            const cmk = find(r, "aws:kms/key:Key", "signer-tables-cmk");
            const keyArn = `arn:aws:kms:us-east-1:${PROD}:key/2b0c3d4e-0000-4000-8000-000000000001`;
            r.push(
                resourceLike(
                    cmk,
                    "aws:kms/key:Key",
                    "signer-tables-cmk-use1",
                    {
                        ...(cmk.outputs ?? cmk.inputs),
                        region: "us-east-1",
                        arn: keyArn,
                        keyId: "2b0c3d4e-0000-4000-8000-000000000001",
                        policy: (prop(cmk, "policy") as string).replace("dynamodb.eu-west-1", "dynamodb.us-east-1"),
                    },
                    PROTECTED,
                ),
                resourceLike(cmk, "aws:kms/alias:Alias", "signer-tables-cmk-use1-alias", {
                    region: "us-east-1",
                    name: "alias/custody-infra/prod/signer-tables",
                    arn: `arn:aws:kms:us-east-1:${PROD}:alias/custody-infra/prod/signer-tables`,
                    targetKeyId: "2b0c3d4e-0000-4000-8000-000000000001",
                    targetKeyArn: keyArn,
                }),
            );
            setProp(table(r, "anti-slashing"), "replicas", [
                {
                    regionName: "us-east-1",
                    kmsKeyArn: keyArn,
                    pointInTimeRecovery: true,
                    deletionProtectionEnabled: true,
                },
            ]);
        },
    },
    {
        // Named with the metadata-only set operations.tableAudit (custody:operations in the stack config).
        name: "a read-only audit role named in the model (DescribeTable on anti-slashing)",
        stack: "prod",
        model: m => {
            m.workloads.push({
                name: "audit",
                subjects: [{ principal: `arn:aws:iam::${PROD}:role/auditor` }],
                kind: "operations",
                allow: [
                    {
                        accessSet: "operations.tableAudit",
                        on: [{ table: TABLE("prod", "anti-slashing") }],
                    },
                ],
            });
        },
        edit: r =>
            beside(r, "aws:iam/role:Role", "audit-role", {
                name: "custody-prod-audit",
                arn: `arn:aws:iam::${PROD}:role/custody-prod-audit`,
                assumeRolePolicy: doc({
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${PROD}:role/auditor` },
                    Action: "sts:AssumeRole",
                }),
                tags: { "custody:role-kind": "runtime" },
                inlinePolicies: [
                    {
                        name: "read",
                        policy: doc({
                            Effect: "Allow",
                            Action: "dynamodb:DescribeTable",
                            Resource: TABLE("prod", "anti-slashing"),
                        }),
                    },
                ],
            }),
    },
];

/** The whole pack under the stack's pack config, its custody model edited by `model` (a careful team's update). */
async function runPack(stack: string, resources: Resources, model?: (m: Model) => void): Promise<TestDiagnostic[]> {
    let config = stackPackConfig(stack);
    if (model) {
        const m = JSON.parse(JSON.stringify(config["custody-model"])) as Model;
        model(m);
        config = { ...config, "custody-model": m };
    }
    setPackConfig(config);
    try {
        const out: TestDiagnostic[] = [];
        for (const p of rules.allPolicies) {
            const own = config[p.name]?.enforcementLevel ?? config.all?.enforcementLevel;
            const level = (own as "mandatory" | "advisory" | undefined) ?? p.enforcementLevel ?? "advisory";
            out.push(...(await runPolicy(p as StackValidationPolicy, resources, { enforcementLevel: level })));
        }
        return out;
    } finally {
        setPackConfig({});
    }
}

const DEBUG = process.env.REDTEAM_DEBUG === "1";
/** REDTEAM_ALL=1 runs the it.skip (MISS) cases too, to see what the pack says of them. */
const skipMisses = process.env.REDTEAM_ALL !== "1";

describe("red team 2: DynamoDB custody tables", () => {
    describe("insecure variants are refused, the path named", () => {
        for (const c of insecure)
            (c.miss && skipMisses ? it.skip : it)(`${c.stack}: ${c.name}`, async () => {
                const r = await stackResources(c.stack);
                c.edit(r);
                const ds = await runPack(c.stack, r, c.model);
                if (DEBUG)
                    console.log(
                        JSON.stringify(
                            mandatoryOf(ds).map(d => `${d.policyName}: ${d.message}`),
                            null,
                            1,
                        ),
                    );
                assertRefused(ds, c.refused!, c.policy);
            });
    });
    describe("secure variants pass", () => {
        for (const c of secure)
            (c.miss && skipMisses ? it.skip : it)(`${c.stack}: ${c.name}`, async () => {
                const r = await stackResources(c.stack);
                c.edit(r);
                assertClean(await runPack(c.stack, r, c.model));
            });
    });
});
