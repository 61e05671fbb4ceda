// Round 21 fixes, neighbours of redteam21-aws's copy cases: the principals a copy of custody data's resource policy
// admits inside the table's own account (IAM User Guide, "Policy evaluation for requests within a single account":
// a resource-policy Allow alone grants the request), and S3 access points as doors into a copy bucket (S3 user guide,
// "Delegating access control to access points", "Configuring IAM policies for using access points"; Multi-Region
// Access Points, "Permissions"; Object Lambda Access Points). Insecure spellings the whole pack must refuse, with the
// path named; secure neighbours it must accept. REDTEAM_SHOW=1 prints each refusal.
import { UNKNOWN_SENTINELS } from "../../../policy-pack/model/unknowns";
import { assertClean, assertRefused, doc, Resources, runWholePack, setProp, stackResources, find } from "./support";
import { aws, stackRole } from "./variantBuilders";

const PRIMARY = "111111111111";
const CURITY = "555555555555";
const FOREIGN = "999999999999";
const UNKNOWN = [...UNKNOWN_SENTINELS][0];
const EXPORTS = "custody-prod-exports";
const AP = `arn:aws:s3:eu-west-1:${PRIMARY}:accesspoint/exports-ap`;
const LAMBDA_TRUST = { Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" };
const LOGS_ONLY = (name: string, account = PRIMARY) => ({
    Effect: "Allow",
    Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
    Resource: `arn:aws:logs:eu-west-1:${account}:log-group:/aws/lambda/${name}:*`,
});

type Case = { name: string; stack: string; edit: (r: Resources) => void; refused?: RegExp; policy?: string };

/** prod: anti-slashing exported into the stack's bucket custody-prod-exports of its own account. */
function exportBucket(r: Resources, bucketExtra: Record<string, unknown> = {}): void {
    aws(r, "aws:s3/bucketV2:BucketV2", "exports", { bucket: EXPORTS, arn: `arn:aws:s3:::${EXPORTS}`, ...bucketExtra });
    aws(r, "aws:dynamodb/tableExport:TableExport", "nightly-export", {
        tableArn: `arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/custody-prod-anti-slashing`,
        s3Bucket: EXPORTS,
        s3BucketOwner: PRIMARY,
        exportFormat: "DYNAMODB_JSON",
    });
}
const bucketPolicy = (r: Resources, bucket: string, ...statements: object[]) =>
    aws(r, "aws:s3/bucketPolicy:BucketPolicy", `${bucket}-policy`, { bucket, policy: doc(...statements) });
/** The delegation statement S3 recommends, pinned to `account`. */
const delegate = (bucket: string, account = PRIMARY) => ({
    Effect: "Allow",
    Principal: { AWS: "*" },
    Action: "*",
    Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
    Condition: { StringEquals: { "s3:DataAccessPointAccount": account } },
});
/** An access point on `bucket` (prod's provider: eu-west-1, the signer account unless `account`). */
function accessPoint(r: Resources, bucket: string, name: string, extra: Record<string, unknown> = {}): string {
    const account = typeof extra.accountId === "string" ? extra.accountId : PRIMARY;
    const arn = `arn:aws:s3:eu-west-1:${account}:accesspoint/${name}`;
    aws(r, "aws:s3/accessPoint:AccessPoint", name, { bucket, name, accountId: account, arn, ...extra });
    return arn;
}
const getObject = (principal: object, resource: string, action = "s3:GetObject") => ({
    Effect: "Allow",
    Principal: principal,
    Action: action,
    Resource: resource,
});

const insecure: Case[] = [
    // ---- a copy's resource policy naming a principal of the table's own account
    {
        stack: "prod",
        name: "the export bucket's inline policy (BucketV2 policy) lets an IAM user of the account outside the stack GetObject",
        refused:
            /TableExport nightly-export .*custody-prod-exports.*user\/analyst \(BucketV2 exports\): within one account/,
        policy: "custody-tables",
        edit: r =>
            exportBucket(r, {
                policy: doc(getObject({ AWS: `arn:aws:iam::${PRIMARY}:user/analyst` }, `arn:aws:s3:::${EXPORTS}/*`)),
            }),
    },
    {
        stack: "prod",
        name: 'the export bucket\'s policy lets "*" GetObject pinned by aws:PrincipalAccount to the account (every identity of it, no IAM grant)',
        refused: /TableExport nightly-export .*aws:PrincipalAccount to account 111111111111/,
        policy: "custody-tables",
        edit: r => {
            exportBucket(r);
            bucketPolicy(r, EXPORTS, {
                ...getObject({ AWS: "*" }, `arn:aws:s3:::${EXPORTS}/*`),
                Condition: { StringEquals: { "aws:PrincipalAccount": PRIMARY } },
            });
        },
    },
    {
        stack: "prod",
        name: 'the export bucket\'s policy lets "*" GetObject pinned by aws:PrincipalArn to a Lambda role of the account',
        refused: /TableExport nightly-export .*aws:PrincipalArn to arn:aws:iam::111111111111:role\/export-reader/,
        policy: "custody-tables",
        edit: r => {
            exportBucket(r);
            stackRole(r, PRIMARY, "export-reader", LAMBDA_TRUST, [LOGS_ONLY("export-reader")], {
                roleName: "signer-role",
            });
            bucketPolicy(r, EXPORTS, {
                ...getObject({ AWS: "*" }, `arn:aws:s3:::${EXPORTS}/*`),
                Condition: { ArnEquals: { "aws:PrincipalArn": `arn:aws:iam::${PRIMARY}:role/export-reader` } },
            });
        },
    },
    {
        stack: "prod",
        name: "the export bucket's policy lets the signer's own role (a workload, whose model has no S3 read of a copy) GetObject",
        refused:
            /TableExport nightly-export .*role\/custody-prod-signer \(BucketPolicy custody-prod-exports-policy\): within one account/,
        policy: "custody-tables",
        edit: r => {
            exportBucket(r);
            const signer = find(r, "aws:iam/role:Role", "signer-role");
            const arn = String((signer.outputs ?? signer.inputs).arn);
            bucketPolicy(r, EXPORTS, getObject({ AWS: arn }, `arn:aws:s3:::${EXPORTS}/*`));
        },
    },
    {
        stack: "prod",
        name: "the keystore imported from its account's bucket, whose policy lets a Lambda role of the account PutObject",
        refused: /keystore: importTable .*custody-prod-seed.*role\/seed-writer.*within one account/,
        policy: "custody-tables",
        edit: r => {
            setProp(find(r, "aws:dynamodb/table:Table", "signer-tables-keystore"), "importTable", {
                inputFormat: "DYNAMODB_JSON",
                s3BucketSource: { bucket: "custody-prod-seed", bucketOwner: PRIMARY },
            });
            bucketPolicy(
                r,
                "custody-prod-seed",
                getObject(
                    { AWS: `arn:aws:iam::${PRIMARY}:role/seed-writer` },
                    "arn:aws:s3:::custody-prod-seed/*",
                    "s3:PutObject",
                ),
            );
        },
    },
    {
        stack: "prod",
        name: "the export replicated into a stack bucket of the account, whose policy lets a role of the account GetObject",
        refused:
            /TableExport nightly-export .*replicates every object into arn:aws:s3:::custody-prod-exports-dr, whose policy admits arn:aws:iam::111111111111:role\/dr-reader/,
        policy: "custody-tables",
        edit: r => {
            exportBucket(r);
            aws(r, "aws:s3/bucket:Bucket", "exports-dr", {
                bucket: "custody-prod-exports-dr",
                arn: "arn:aws:s3:::custody-prod-exports-dr",
            });
            aws(r, "aws:s3/bucketReplicationConfig:BucketReplicationConfig", "exports-replication", {
                bucket: EXPORTS,
                role: `arn:aws:iam::${PRIMARY}:role/s3-replication`,
                rules: [
                    { id: "dr", status: "Enabled", destination: { bucket: "arn:aws:s3:::custody-prod-exports-dr" } },
                ],
            });
            bucketPolicy(
                r,
                "custody-prod-exports-dr",
                getObject({ AWS: `arn:aws:iam::${PRIMARY}:role/dr-reader` }, "arn:aws:s3:::custody-prod-exports-dr/*"),
            );
        },
    },
    {
        stack: "curity",
        name: "curity-sessions streamed into a Kinesis stream whose consumer's resource policy lets an assumed-role session of the account SubscribeToShard",
        refused: /KinesisStreamingDestination sessions-cdc .*assumed-role\/cdc\/reader.*within one account/,
        policy: "custody-tables",
        edit: r => {
            const stream = `arn:aws:kinesis:eu-west-1:${CURITY}:stream/curity-sessions-cdc`;
            aws(r, "aws:kinesis/stream:Stream", "cdc", { name: "curity-sessions-cdc", arn: stream, shardCount: 1 });
            aws(r, "aws:dynamodb/kinesisStreamingDestination:KinesisStreamingDestination", "sessions-cdc", {
                tableName: "curity-sessions",
                streamArn: stream,
            });
            const consumer = `${stream}/consumer/reader:1700000000`;
            aws(r, "aws:kinesis/resourcePolicy:ResourcePolicy", "consumer-policy", {
                resourceArn: consumer,
                policy: doc({
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:sts::${CURITY}:assumed-role/cdc/reader` },
                    Action: ["kinesis:SubscribeToShard", "kinesis:DescribeStreamConsumer"],
                    Resource: consumer,
                }),
            });
        },
    },
    // ---- access points: doors into a copy bucket
    {
        stack: "prod",
        name: "the export bucket delegates to the access points of account 999999999999 (s3:DataAccessPointAccount of another account)",
        refused: /TableExport nightly-export .*custody-prod-exports.*"\*" not pinned/,
        policy: "custody-tables",
        edit: r => {
            exportBucket(r);
            bucketPolicy(r, EXPORTS, delegate(EXPORTS, FOREIGN));
        },
    },
    {
        stack: "prod",
        name: "the export bucket delegates to its account's access points; an access point on it is created in account 999999999999",
        refused: /TableExport nightly-export .*AccessPoint exports-ap .*of account 999999999999/,
        policy: "custody-tables",
        edit: r => {
            exportBucket(r);
            bucketPolicy(r, EXPORTS, delegate(EXPORTS));
            accessPoint(r, EXPORTS, "exports-ap", { accountId: FOREIGN, bucketAccountId: PRIMARY });
        },
    },
    {
        stack: "prod",
        name: "the export bucket delegates to its account's access points; an AccessPointPolicy (s3control) lets a role of the account GetObject",
        refused:
            /TableExport nightly-export .*AccessPoint exports-ap .*AccessPointPolicy exports-ap-policy.*role\/export-reader: within one account/,
        policy: "custody-tables",
        edit: r => {
            exportBucket(r);
            bucketPolicy(r, EXPORTS, delegate(EXPORTS));
            const ap = accessPoint(r, EXPORTS, "exports-ap");
            aws(r, "aws:s3control/accessPointPolicy:AccessPointPolicy", "exports-ap-policy", {
                accessPointArn: ap,
                policy: doc(getObject({ AWS: `arn:aws:iam::${PRIMARY}:role/export-reader` }, `${ap}/object/*`)),
            });
        },
    },
    {
        stack: "prod",
        name: "the export bucket delegates to its account's access points; an access point's policy is unknown during the preview",
        refused: /TableExport nightly-export .*AccessPoint exports-ap .*policy \(AccessPoint exports-ap\) is unknown/,
        policy: "custody-tables",
        edit: r => {
            exportBucket(r);
            bucketPolicy(r, EXPORTS, delegate(EXPORTS));
            accessPoint(r, EXPORTS, "exports-ap", { policy: UNKNOWN });
        },
    },
    {
        stack: "prod",
        name: "the export bucket delegates to its account's access points; a Multi-Region Access Point routing to it lets account 999999999999 GetObject",
        refused: /TableExport nightly-export .*MultiRegionAccessPoint exports-mrap.*999999999999:root/,
        policy: "custody-tables",
        edit: r => {
            exportBucket(r);
            bucketPolicy(r, EXPORTS, delegate(EXPORTS));
            const mrap = `arn:aws:s3::${PRIMARY}:accesspoint/mfzwi23gnjvgw.mrap`;
            aws(r, "aws:s3control/multiRegionAccessPoint:MultiRegionAccessPoint", "exports-mrap", {
                accountId: PRIMARY,
                arn: mrap,
                details: { name: "exports", regions: [{ bucket: EXPORTS, region: "eu-west-1" }] },
            });
            aws(r, "aws:s3control/multiRegionAccessPointPolicy:MultiRegionAccessPointPolicy", "exports-mrap-policy", {
                accountId: PRIMARY,
                details: {
                    name: "exports",
                    policy: JSON.stringify({
                        Version: "2012-10-17",
                        Statement: [getObject({ AWS: `arn:aws:iam::${FOREIGN}:root` }, `${mrap}/object/*`)],
                    }),
                },
            });
        },
    },
    {
        stack: "prod",
        name: "the export bucket delegates to its account's access points; an Object Lambda access point on one lets a role of the account GetObject",
        refused:
            /TableExport nightly-export .*ObjectLambdaAccessPoint exports-olap.*role\/transform-reader: within one account/,
        policy: "custody-tables",
        edit: r => {
            exportBucket(r);
            bucketPolicy(r, EXPORTS, delegate(EXPORTS));
            const ap = accessPoint(r, EXPORTS, "exports-ap");
            const olap = `arn:aws:s3-object-lambda:eu-west-1:${PRIMARY}:accesspoint/exports-olap`;
            aws(r, "aws:s3control/objectLambdaAccessPoint:ObjectLambdaAccessPoint", "exports-olap", {
                accountId: PRIMARY,
                name: "exports-olap",
                arn: olap,
                configuration: {
                    supportingAccessPoint: ap,
                    transformationConfigurations: [
                        {
                            actions: ["GetObject"],
                            contentTransformation: {
                                awsLambda: { functionArn: `arn:aws:lambda:eu-west-1:${PRIMARY}:function:redact` },
                            },
                        },
                    ],
                },
            });
            aws(r, "aws:s3control/objectLambdaAccessPointPolicy:ObjectLambdaAccessPointPolicy", "exports-olap-policy", {
                accountId: PRIMARY,
                name: "exports-olap",
                policy: doc(
                    getObject(
                        { AWS: `arn:aws:iam::${PRIMARY}:role/transform-reader` },
                        olap,
                        "s3-object-lambda:GetObject",
                    ),
                ),
            });
        },
    },
    {
        stack: "prod",
        name: "the export bucket delegates to its account's access points; a Lambda role allowed GetObject through any access point of the account (one outside the stack)",
        refused: /export-reader → .*s3:GetObject on arn:aws:s3:eu-west-1:111111111111:accesspoint\/\*\/object\/\*/,
        policy: "custody-effective-access",
        edit: r => {
            exportBucket(r);
            bucketPolicy(r, EXPORTS, delegate(EXPORTS));
            stackRole(
                r,
                PRIMARY,
                "export-reader",
                LAMBDA_TRUST,
                [
                    {
                        Effect: "Allow",
                        Action: "s3:GetObject",
                        Resource: `arn:aws:s3:eu-west-1:${PRIMARY}:accesspoint/*/object/*`,
                    },
                ],
                { roleName: "signer-role" },
            );
        },
    },
];

const secure: Case[] = [
    {
        stack: "prod",
        name: "the export bucket delegates to its account's access points; its access point's policy admits only the account (root)",
        edit: r => {
            exportBucket(r);
            bucketPolicy(r, EXPORTS, delegate(EXPORTS));
            accessPoint(r, EXPORTS, "exports-ap", {
                policy: doc(getObject({ AWS: `arn:aws:iam::${PRIMARY}:root` }, `${AP}/object/*`)),
            });
        },
    },
    {
        stack: "prod",
        name: "the export bucket's policy denies plain HTTP and a role of the account (Deny statements admit no one)",
        edit: r => {
            exportBucket(r);
            bucketPolicy(
                r,
                EXPORTS,
                {
                    Effect: "Deny",
                    Principal: "*",
                    Action: "s3:*",
                    Resource: [`arn:aws:s3:::${EXPORTS}`, `arn:aws:s3:::${EXPORTS}/*`],
                    Condition: { Bool: { "aws:SecureTransport": "false" } },
                },
                {
                    Effect: "Deny",
                    Principal: { AWS: `arn:aws:iam::${PRIMARY}:role/analytics` },
                    Action: "s3:GetObject",
                    Resource: `arn:aws:s3:::${EXPORTS}/*`,
                },
            );
        },
    },
    {
        stack: "curity",
        name: "curity-sessions streamed into a Kinesis stream whose resource policy admits only the Curity account (root)",
        edit: r => {
            const stream = `arn:aws:kinesis:eu-west-1:${CURITY}:stream/curity-sessions-cdc`;
            aws(r, "aws:kinesis/stream:Stream", "cdc", { name: "curity-sessions-cdc", arn: stream, shardCount: 1 });
            aws(r, "aws:dynamodb/kinesisStreamingDestination:KinesisStreamingDestination", "sessions-cdc", {
                tableName: "curity-sessions",
                streamArn: stream,
            });
            aws(r, "aws:kinesis/resourcePolicy:ResourcePolicy", "cdc-policy", {
                resourceArn: stream,
                policy: doc({
                    Effect: "Allow",
                    Principal: { AWS: CURITY },
                    Action: ["kinesis:DescribeStreamSummary", "kinesis:GetRecords"],
                    Resource: stream,
                }),
            });
        },
    },
    {
        stack: "prod",
        name: "beside the export, an unrelated bucket's policy and an access point on it let a Lambda role of the account GetObject",
        edit: r => {
            exportBucket(r);
            aws(r, "aws:s3/bucketV2:BucketV2", "assets", {
                bucket: "public-assets",
                arn: "arn:aws:s3:::public-assets",
            });
            bucketPolicy(
                r,
                "public-assets",
                getObject({ AWS: `arn:aws:iam::${PRIMARY}:role/site` }, "arn:aws:s3:::public-assets/*"),
            );
            const ap = accessPoint(r, "public-assets", "assets-ap");
            aws(r, "aws:s3control/accessPointPolicy:AccessPointPolicy", "assets-ap-policy", {
                accessPointArn: ap,
                policy: doc(getObject({ AWS: `arn:aws:iam::${PRIMARY}:role/site` }, `${ap}/object/*`)),
            });
        },
    },
];

describe("round 21: same-account readers of custody copies and S3 access points as their doors", () => {
    for (const c of insecure) {
        it(`refuses: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            const hit = assertRefused(await runWholePack(c.stack, r), c.refused ?? /./, c.policy);
            if (process.env.REDTEAM_SHOW === "1") console.log(`      ${hit.policyName}: ${hit.message}`);
        });
    }
    for (const c of secure) {
        it(`accepts: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack);
            c.edit(r);
            assertClean(await runWholePack(c.stack, r));
        });
    }
});
