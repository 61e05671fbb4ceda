// Copies of custody table data and the paths into it that earlier rounds left open (round 7): who may write the S3
// bucket a table is imported from, S3 replication of an export bucket into another account, AWS Backup selections
// matched against the tables the model names by pattern (Curity's `table/curity-*`), TableItem on such tables, and
// API Gateway integrations calling DynamoDB with their credentials role (the table named only in the mapping
// template, or chosen by the caller through passthrough). Insecure variants the whole pack must refuse, with the path
// named; secure neighbours a careful team would write, which it must accept. A case the pack gets wrong is `skip`
// with "MISS: <why>". REDTEAM_ALL=1 runs them too; REDTEAM_SHOW=1 prints each refusal.
import { aws, outsideRole, stackRole } from "./variantBuilders";
import {
    assertClean,
    assertRefused,
    doc,
    find,
    prop,
    Resources,
    runWholePack,
    setProp,
    stackResources,
} from "./support";

const PRIMARY = "111111111111";
const CURITY = "555555555555";
const FOREIGN = "999999999999";
const CURITY_TABLES = `arn:aws:dynamodb:eu-west-1:${CURITY}:table`;
const tableArn = (t: string) => `arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/custody-prod-${t}`;
const table = (r: Resources, t: string) => find(r, "aws:dynamodb/table:Table", `signer-tables-${t}`);
const BUCKET_POLICY = "aws:s3/bucketPolicy:BucketPolicy";
const REPLICATION = "aws:s3/bucketReplicationConfig:BucketReplicationConfig";
const REST_INTEGRATION = "aws:apigateway/integration:Integration";
const LAMBDA_TRUST = { Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" };
const APIGW_TRUST = { Effect: "Allow", Principal: { Service: "apigateway.amazonaws.com" }, Action: "sts:AssumeRole" };

type Case = {
    name: string;
    stack: string;
    edit: (r: Resources) => void;
    refused?: RegExp;
    policy?: string;
    skip?: string;
};

/** The keystore seeded by importTable from a bucket of its own account. */
function importFromOwnBucket(r: Resources): void {
    setProp(table(r, "keystore"), "importTable", {
        inputFormat: "DYNAMODB_JSON",
        s3BucketSource: { bucket: "custody-prod-seed", bucketOwner: PRIMARY },
    });
}

/** A TableExport of anti-slashing into a bucket of the signer's own account (accepted on its own: round 2). */
function exportToOwnBucket(r: Resources): void {
    aws(r, "aws:dynamodb/tableExport:TableExport", "nightly-export", {
        tableArn: tableArn("anti-slashing"),
        s3Bucket: "custody-prod-exports",
        s3BucketOwner: PRIMARY,
        exportFormat: "DYNAMODB_JSON",
    });
}

/** A bucket of the stack (the signer's account), with its inline policy when given. */
function stackBucket(r: Resources, name: string, extra: Record<string, unknown> = {}): void {
    aws(r, "aws:s3/bucket:Bucket", name, { bucket: name, arn: `arn:aws:s3:::${name}`, ...extra });
}

/** A backup plan of the Curity account copying into `vault`, and a selection of `selection` on it. */
function curityBackup(r: Resources, vault: string, selection: Record<string, unknown>): void {
    aws(r, "aws:backup/plan:Plan", "plan", {
        name: "curity",
        id: "plan-curity",
        rules: [
            {
                ruleName: "daily",
                targetVaultName: "Default",
                schedule: "cron(0 5 * * ? *)",
                copyActions: [{ destinationVaultArn: vault }],
            },
        ],
    });
    aws(r, "aws:backup/selection:Selection", "sel", {
        name: "curity-tables",
        planId: "plan-curity",
        iamRoleArn: `arn:aws:iam::${CURITY}:role/service-role/AWSBackupDefaultServiceRole`,
        ...selection,
    });
}

/** A REST API method without authorization, integrated with a DynamoDB action through `credentials`. */
function restDynamoDb(r: Resources, action: string, credentials: string, extra: Record<string, unknown>): void {
    aws(r, "aws:apigateway/method:Method", "m", {
        restApi: "api-1",
        resourceId: "res-1",
        httpMethod: "POST",
        authorization: "NONE",
    });
    aws(r, REST_INTEGRATION, "m-ddb", {
        restApi: "api-1",
        resourceId: "res-1",
        httpMethod: "POST",
        type: "AWS",
        integrationHttpMethod: "POST",
        uri: `arn:aws:apigateway:eu-west-1:dynamodb:action/${action}`,
        credentials,
        ...extra,
    });
}
/** A REST API defined by an OpenAPI body with one POST /items integrated with DynamoDB `action`. */
function openApiDynamoDb(r: Resources, action: string, credentials: string, tableName: string): void {
    aws(r, "aws:apigateway/restApi:RestApi", "items-api", {
        name: "items",
        body: JSON.stringify({
            openapi: "3.0.1",
            info: { title: "items", version: "1" },
            paths: {
                "/items": {
                    post: {
                        "x-amazon-apigateway-integration": {
                            type: "aws",
                            httpMethod: "POST",
                            uri: `arn:aws:apigateway:eu-west-1:dynamodb:action/${action}`,
                            credentials,
                            passthroughBehavior: "never",
                            requestTemplates: putTemplate(tableName),
                        },
                    },
                },
            },
        }),
    });
}
const putTemplate = (tableName: string) => ({
    "application/json": JSON.stringify({
        TableName: tableName,
        Item: { pubkey: { S: "$input.path('$.pubkey')" }, record: { S: "$input.path('$.record')" } },
    }),
});

const insecure: Case[] = [
    // ---- 1. who writes the bucket a custody table is imported from (DynamoDB developer guide, "DynamoDB data
    // import from Amazon S3": the table is created from the objects under the bucket's prefix).
    {
        stack: "prod",
        name: "the keystore imported from its account's bucket, whose BucketPolicy lets another account PutObject",
        refused: /keystore: importTable .*custody-prod-seed.*999999999999/,
        policy: "custody-tables",
        edit: r => {
            importFromOwnBucket(r);
            aws(r, BUCKET_POLICY, "seed-policy", {
                bucket: "custody-prod-seed",
                policy: doc({
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${FOREIGN}:root` },
                    Action: ["s3:PutObject"],
                    Resource: "arn:aws:s3:::custody-prod-seed/*",
                }),
            });
        },
    },
    {
        stack: "prod",
        name: 'the keystore imported from a bucket of the stack whose inline policy lets "*" PutObject (no condition)',
        refused: /keystore: importTable .*custody-prod-seed.*"\*" not pinned/,
        policy: "custody-tables",
        edit: r => {
            importFromOwnBucket(r);
            stackBucket(r, "custody-prod-seed", {
                policy: doc({
                    Effect: "Allow",
                    Principal: "*",
                    Action: "s3:PutObject",
                    Resource: "arn:aws:s3:::custody-prod-seed/*",
                }),
            });
        },
    },
    {
        stack: "prod",
        name: "the keystore imported from its account's bucket, a Lambda role of no workload allowed PutObject on it",
        refused: /seed-uploader .*s3:PutObject on arn:aws:s3:::custody-prod-seed/,
        policy: "custody-effective-access",
        edit: r => {
            importFromOwnBucket(r);
            stackRole(
                r,
                PRIMARY,
                "seed-uploader",
                LAMBDA_TRUST,
                [{ Effect: "Allow", Action: "s3:PutObject", Resource: "arn:aws:s3:::custody-prod-seed/*" }],
                { roleName: "signer-role" },
            );
        },
    },
    // ---- 2. S3 replication of an export bucket (S3 user guide, "Replicating objects within and across Regions":
    // a replication configuration copies every new object into the destination bucket, of any account).
    {
        stack: "prod",
        name: "an export of anti-slashing into the account's bucket, which a BucketReplicationConfig copies into another account's bucket",
        refused: /TableExport nightly-export .*custody-prod-exports.*replicat.*partner-999999999999-landing/,
        policy: "custody-tables",
        edit: r => {
            exportToOwnBucket(r);
            aws(r, REPLICATION, "exports-replication", {
                bucket: "custody-prod-exports",
                role: `arn:aws:iam::${PRIMARY}:role/s3-replication`,
                rules: [
                    {
                        id: "all",
                        status: "Enabled",
                        destination: { bucket: `arn:aws:s3:::partner-${FOREIGN}-landing`, account: FOREIGN },
                    },
                ],
            });
        },
    },
    {
        stack: "prod",
        name: "the export bucket a stack Bucket whose inline replicationConfiguration copies into a bucket of unknown owner",
        refused: /TableExport nightly-export .*replicat.*archive-landing/,
        policy: "custody-tables",
        edit: r => {
            exportToOwnBucket(r);
            stackBucket(r, "custody-prod-exports", {
                replicationConfiguration: {
                    role: `arn:aws:iam::${PRIMARY}:role/s3-replication`,
                    rules: [{ id: "all", status: "Enabled", destination: { bucket: "arn:aws:s3:::archive-landing" } }],
                },
            });
        },
    },
    {
        stack: "prod",
        name: "the export replicated into a stack bucket of the account, whose BucketPolicy admits another account",
        refused: /TableExport nightly-export .*custody-prod-exports-dr.*999999999999/,
        policy: "custody-tables",
        edit: r => {
            exportToOwnBucket(r);
            stackBucket(r, "custody-prod-exports-dr");
            aws(r, REPLICATION, "exports-replication", {
                bucket: "custody-prod-exports",
                role: `arn:aws:iam::${PRIMARY}:role/s3-replication`,
                rules: [
                    { id: "dr", status: "Enabled", destination: { bucket: "arn:aws:s3:::custody-prod-exports-dr" } },
                ],
            });
            aws(r, BUCKET_POLICY, "dr-policy", {
                bucket: "custody-prod-exports-dr",
                policy: doc({
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${FOREIGN}:root` },
                    Action: ["s3:GetObject", "s3:ListBucket"],
                    Resource: ["arn:aws:s3:::custody-prod-exports-dr", "arn:aws:s3:::custody-prod-exports-dr/*"],
                }),
            });
        },
    },
    {
        stack: "prod",
        name: "the export replicated into a stack bucket of the account, a Lambda role of no workload allowed GetObject there",
        refused: /export-reader .*s3:GetObject on arn:aws:s3:::dr-vault-eu/,
        policy: "custody-effective-access",
        edit: r => {
            exportToOwnBucket(r);
            stackBucket(r, "dr-vault-eu");
            aws(r, REPLICATION, "exports-replication", {
                bucket: "custody-prod-exports",
                role: `arn:aws:iam::${PRIMARY}:role/s3-replication`,
                rules: [{ id: "dr", status: "Enabled", destination: { bucket: "arn:aws:s3:::dr-vault-eu" } }],
            });
            stackRole(
                r,
                PRIMARY,
                "export-reader",
                LAMBDA_TRUST,
                [{ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::dr-vault-eu/*" }],
                { roleName: "signer-role" },
            );
        },
    },
    {
        stack: "prod",
        name: 'the export bucket\'s BucketPolicy lets "*" GetObject (a public export)',
        refused: /TableExport nightly-export .*custody-prod-exports.*"\*" not pinned/,
        policy: "custody-tables",
        edit: r => {
            exportToOwnBucket(r);
            aws(r, BUCKET_POLICY, "exports-policy", {
                bucket: "custody-prod-exports",
                policy: doc({
                    Effect: "Allow",
                    Principal: "*",
                    Action: "s3:GetObject",
                    Resource: "arn:aws:s3:::custody-prod-exports/*",
                }),
            });
        },
    },
    {
        stack: "prod",
        name: "the export bucket's BucketPolicy lets another account GetObject",
        refused: /TableExport nightly-export .*custody-prod-exports.*999999999999/,
        policy: "custody-tables",
        edit: r => {
            exportToOwnBucket(r);
            aws(r, BUCKET_POLICY, "exports-policy", {
                bucket: "custody-prod-exports",
                policy: doc({
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${FOREIGN}:role/analytics` },
                    Action: "s3:GetObject",
                    Resource: "arn:aws:s3:::custody-prod-exports/*",
                }),
            });
        },
    },
    // ---- 3. backup selections and TableItem on the tables the model names by pattern (Curity's table/curity-*).
    {
        stack: "curity",
        name: "an AWS Backup plan selecting table/curity-* copies the backups into another account's vault",
        refused: /Backup plan plan → .*curity-\*.*backup-vault:loot/,
        policy: "custody-tables",
        edit: r =>
            curityBackup(r, `arn:aws:backup:eu-west-1:${FOREIGN}:backup-vault:loot`, {
                resources: [`${CURITY_TABLES}/curity-*`],
            }),
    },
    {
        stack: "curity",
        name: "an AWS Backup plan selecting every table of every account (table/*) copies into another account's vault",
        refused: /Backup plan plan → .*curity-\*.*backup-vault:loot/,
        policy: "custody-tables",
        edit: r =>
            curityBackup(r, `arn:aws:backup:eu-west-1:${FOREIGN}:backup-vault:loot`, {
                resources: ["arn:aws:dynamodb:*:*:table/*"],
            }),
    },
    {
        stack: "curity",
        name: "an AWS Backup plan selecting by tag condition (every resource tagged backup=daily) copies into another account's vault",
        refused: /Backup plan plan → .*curity-\*.*backup-vault:loot/,
        policy: "custody-tables",
        edit: r =>
            curityBackup(r, `arn:aws:backup:eu-west-1:${FOREIGN}:backup-vault:loot`, {
                resources: ["*"],
                conditions: [{ stringEquals: [{ key: "aws:ResourceTag/backup", value: "daily" }] }],
            }),
    },
    {
        stack: "curity",
        name: "a TableItem writing an administrator account into curity-accounts",
        refused: /TableItem backdoor-admin → .*curity-accounts/,
        policy: "custody-tables",
        edit: r =>
            aws(r, "aws:dynamodb/tableItem:TableItem", "backdoor-admin", {
                tableName: "curity-accounts",
                hashKey: "accountId",
                item: JSON.stringify({
                    accountId: { S: "backdoor" },
                    userName: { S: "admin2" },
                    password: { S: "$2a$10$abcdefghijklmnopqrstuv" },
                    active: { BOOL: true },
                }),
            }),
    },
    {
        stack: "curity",
        name: "a TableItem naming curity-users by its ARN",
        refused: /TableItem seed-user → .*curity-users/,
        policy: "custody-tables",
        edit: r =>
            aws(r, "aws:dynamodb/tableItem:TableItem", "seed-user", {
                tableName: `${CURITY_TABLES}/curity-users`,
                hashKey: "userName",
                item: JSON.stringify({ userName: { S: "mallory" }, active: { BOOL: true } }),
            }),
    },
    {
        stack: "curity",
        name: "an AppSync DynamoDB data source on curity-sessions, named by table name (not ARN)",
        refused: /DataSource sessions-ds → .*curity-sessions/,
        policy: "custody-tables",
        edit: r =>
            aws(r, "aws:appsync/dataSource:DataSource", "sessions-ds", {
                apiId: "gql-1",
                name: "sessions",
                type: "AMAZON_DYNAMODB",
                serviceRoleArn: outsideRole(CURITY, "appsync-sessions"),
                dynamodbConfig: { tableName: "curity-sessions" },
            }),
    },
    // ---- 4. API Gateway integrations calling DynamoDB with their credentials role (API Gateway developer guide,
    // "Tutorial: Create a REST API as an Amazon DynamoDB proxy" / "Set up an API integration request"; the table is
    // named in the mapping template, and the method's callers act through the role).
    {
        stack: "prod",
        name: "API Gateway method without auth, integrated with DynamoDB PutItem on anti-slashing by an outside role",
        refused: /Integration m-ddb → table custody-prod-anti-slashing/,
        policy: "custody-tables",
        edit: r =>
            restDynamoDb(r, "PutItem", outsideRole(PRIMARY, "apigw-dynamodb"), {
                requestTemplates: putTemplate("custody-prod-anti-slashing"),
            }),
    },
    {
        stack: "curity",
        name: "API Gateway GetItem on curity-users (the model's pattern, by name in the template) through an outside role",
        refused: /Integration m-ddb → .*curity-users/,
        policy: "custody-tables",
        edit: r =>
            restDynamoDb(r, "GetItem", outsideRole(CURITY, "apigw-users"), {
                passthroughBehavior: "NEVER",
                requestTemplates: {
                    "application/json": JSON.stringify({
                        TableName: "curity-users",
                        Key: { userName: { S: "$input.params('user')" } },
                    }),
                },
            }),
    },
    {
        stack: "prod",
        name: "API Gateway Scan integration without templates (the caller's body, naming any table, passes through) by an outside role",
        refused: /Integration m-ddb .*caller/,
        policy: "custody-tables",
        edit: r => restDynamoDb(r, "Scan", outsideRole(PRIMARY, "apigw-dynamodb"), {}),
    },
    {
        stack: "prod",
        name: "API Gateway PutItem templated on an unrelated table, but passthrough WHEN_NO_MATCH (another Content-Type names any table), outside role",
        refused: /Integration m-ddb .*WHEN_NO_MATCH/,
        policy: "custody-tables",
        edit: r =>
            restDynamoDb(r, "PutItem", outsideRole(PRIMARY, "apigw-dynamodb"), {
                requestTemplates: putTemplate("public-catalog"),
            }),
    },
    {
        stack: "prod",
        name: "API Gateway template taking TableName from the request ($input.params) with an outside role",
        refused: /Integration m-ddb .*caller/,
        policy: "custody-tables",
        edit: r =>
            restDynamoDb(r, "PutItem", outsideRole(PRIMARY, "apigw-dynamodb"), {
                passthroughBehavior: "NEVER",
                requestTemplates: putTemplate("$input.params('table')"),
            }),
    },
    {
        stack: "prod",
        name: "a WebSocket API route integrated (type AWS) with DynamoDB PutItem on anti-slashing",
        refused: /Integration ws-ddb → table custody-prod-anti-slashing/,
        policy: "custody-tables",
        edit: r =>
            aws(r, "aws:apigatewayv2/integration:Integration", "ws-ddb", {
                apiId: "ws-1",
                integrationType: "AWS",
                integrationMethod: "POST",
                integrationUri: "arn:aws:apigateway:eu-west-1:dynamodb:action/PutItem",
                credentialsArn: outsideRole(PRIMARY, "apigw-dynamodb"),
                passthroughBehavior: "NEVER",
                requestTemplates: putTemplate("custody-prod-anti-slashing"),
            }),
    },
    {
        stack: "prod",
        name: "a RestApi whose OpenAPI body integrates POST /items with DynamoDB PutItem on anti-slashing",
        refused: /RestApi items-api → table custody-prod-anti-slashing/,
        policy: "custody-tables",
        edit: r => openApiDynamoDb(r, "PutItem", outsideRole(PRIMARY, "apigw-dynamodb"), "custody-prod-anti-slashing"),
    },
    {
        stack: "prod",
        name: "the signer role's trust extended to API Gateway, used as the credentials of a passthrough DynamoDB integration",
        refused: /apigateway\.amazonaws\.com/,
        edit: r => {
            const role = find(r, "aws:iam/role:Role", "signer-role");
            const trust = JSON.parse(role.inputs.assumeRolePolicy as string) as { Statement: object[] };
            trust.Statement.push(APIGW_TRUST);
            setProp(role, "assumeRolePolicy", JSON.stringify(trust));
            restDynamoDb(r, "PutItem", prop(role, "arn") as string, {});
        },
    },
];

const secure: Case[] = [
    {
        stack: "prod",
        name: "the keystore imported from its account's bucket, whose BucketPolicy admits only the account and denies plain HTTP",
        edit: r => {
            importFromOwnBucket(r);
            aws(r, BUCKET_POLICY, "seed-policy", {
                bucket: "custody-prod-seed",
                policy: doc(
                    {
                        Sid: "Account",
                        Effect: "Allow",
                        Principal: { AWS: `arn:aws:iam::${PRIMARY}:root` },
                        Action: ["s3:GetObject", "s3:ListBucket"],
                        Resource: ["arn:aws:s3:::custody-prod-seed", "arn:aws:s3:::custody-prod-seed/*"],
                    },
                    {
                        Sid: "TLS",
                        Effect: "Deny",
                        Principal: "*",
                        Action: "s3:*",
                        Resource: ["arn:aws:s3:::custody-prod-seed", "arn:aws:s3:::custody-prod-seed/*"],
                        Condition: { Bool: { "aws:SecureTransport": "false" } },
                    },
                ),
            });
        },
    },
    {
        stack: "prod",
        name: "the export replicated into a stack bucket of the same account (a second copy the account keeps)",
        edit: r => {
            exportToOwnBucket(r);
            stackBucket(r, "custody-prod-exports-dr");
            aws(r, REPLICATION, "exports-replication", {
                bucket: "custody-prod-exports",
                role: `arn:aws:iam::${PRIMARY}:role/s3-replication`,
                rules: [
                    { id: "dr", status: "Enabled", destination: { bucket: "arn:aws:s3:::custody-prod-exports-dr" } },
                ],
            });
        },
    },
    {
        stack: "prod",
        name: "the export replicated into a bucket of the same account named by account with owner override (S3 checks the owner)",
        edit: r => {
            exportToOwnBucket(r);
            aws(r, REPLICATION, "exports-replication", {
                bucket: "custody-prod-exports",
                role: `arn:aws:iam::${PRIMARY}:role/s3-replication`,
                rules: [
                    {
                        id: "dr",
                        status: "Enabled",
                        destination: {
                            bucket: "arn:aws:s3:::custody-prod-exports-vault",
                            account: PRIMARY,
                            accessControlTranslation: { owner: "Destination" },
                        },
                    },
                ],
            });
        },
    },
    {
        stack: "prod",
        name: "an unrelated bucket of the stack replicated into another account's bucket (no custody data in it)",
        edit: r => {
            exportToOwnBucket(r);
            aws(r, REPLICATION, "logs-replication", {
                bucket: "custody-prod-access-logs",
                role: `arn:aws:iam::${PRIMARY}:role/s3-replication`,
                rules: [
                    {
                        id: "all",
                        status: "Enabled",
                        destination: { bucket: "arn:aws:s3:::central-logs", account: FOREIGN },
                    },
                ],
            });
        },
    },
    {
        stack: "prod",
        name: "beside an export of anti-slashing, a log shipper of no workload writing objects into an unrelated bucket",
        edit: r => {
            exportToOwnBucket(r);
            stackRole(
                r,
                PRIMARY,
                "log-shipper",
                LAMBDA_TRUST,
                [{ Effect: "Allow", Action: "s3:PutObject", Resource: "arn:aws:s3:::central-logs-111111111111/*" }],
                { roleName: "signer-role" },
            );
        },
    },
    {
        stack: "curity",
        name: "an AWS Backup plan selecting unrelated tables (table/orders-*) copies into another account's vault",
        edit: r =>
            curityBackup(r, `arn:aws:backup:eu-west-1:${FOREIGN}:backup-vault:dr`, {
                resources: [`${CURITY_TABLES}/orders-*`],
            }),
    },
    {
        stack: "curity",
        name: "an AWS Backup plan selecting table/curity-* copies into a vault of the Curity account itself",
        edit: r =>
            curityBackup(r, `arn:aws:backup:eu-central-1:${CURITY}:backup-vault:dr`, {
                resources: [`${CURITY_TABLES}/curity-*`],
            }),
    },
    {
        stack: "curity",
        name: "a TableItem seeding an unrelated feature-flags table",
        edit: r =>
            aws(r, "aws:dynamodb/tableItem:TableItem", "flag", {
                tableName: "feature-flags",
                hashKey: "flag",
                item: JSON.stringify({ flag: { S: "dark-mode" }, on: { BOOL: false } }),
            }),
    },
    {
        stack: "prod",
        name: "API Gateway PutItem on an unrelated public-catalog table, through a stack role allowed only that table, passthrough NEVER",
        edit: r => {
            const catalog = `arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/public-catalog`;
            const role = stackRole(
                r,
                PRIMARY,
                "apigw-catalog",
                APIGW_TRUST,
                [{ Effect: "Allow", Action: "dynamodb:PutItem", Resource: catalog }],
                { roleName: "signer-role" },
            );
            restDynamoDb(r, "PutItem", role, {
                passthroughBehavior: "NEVER",
                requestTemplates: putTemplate("public-catalog"),
            });
        },
    },
    {
        stack: "prod",
        name: "API Gateway passthrough DynamoDB integration through a stack role allowed only an unrelated table",
        edit: r => {
            const role = stackRole(
                r,
                PRIMARY,
                "apigw-catalog",
                APIGW_TRUST,
                [
                    {
                        Effect: "Allow",
                        Action: ["dynamodb:GetItem", "dynamodb:Query"],
                        Resource: `arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/public-catalog`,
                    },
                ],
                { roleName: "signer-role" },
            );
            restDynamoDb(r, "Query", role, {});
        },
    },
    {
        stack: "prod",
        name: "a RestApi whose OpenAPI body integrates PutItem on public-catalog (passthrough never) through a stack role allowed only that table",
        edit: r => {
            const role = stackRole(
                r,
                PRIMARY,
                "apigw-catalog",
                APIGW_TRUST,
                [
                    {
                        Effect: "Allow",
                        Action: "dynamodb:PutItem",
                        Resource: `arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/public-catalog`,
                    },
                ],
                { roleName: "signer-role" },
            );
            openApiDynamoDb(r, "PutItem", role, "public-catalog");
        },
    },
    {
        stack: "prod",
        name: "an API Gateway Lambda proxy integration (AWS_PROXY) beside the custody tables",
        edit: r =>
            aws(r, REST_INTEGRATION, "lambda-proxy", {
                restApi: "api-1",
                resourceId: "res-1",
                httpMethod: "POST",
                type: "AWS_PROXY",
                integrationHttpMethod: "POST",
                uri: `arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:${PRIMARY}:function:status/invocations`,
            }),
    },
];

const skipMisses = process.env.REDTEAM_ALL !== "1";

describe("allowlist: copies of custody tables and paths into them (round 7)", () => {
    for (const c of insecure) {
        (c.skip && skipMisses ? it.skip : it)(`refuses: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            const hit = assertRefused(await runWholePack(c.stack, r), c.refused ?? /./, c.policy);
            if (process.env.REDTEAM_SHOW === "1") console.log(`      ${hit.policyName}: ${hit.message}`);
        });
    }
    for (const c of secure) {
        (c.skip && skipMisses ? it.skip : it)(`accepts: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            assertClean(await runWholePack(c.stack, r));
        });
    }
});
