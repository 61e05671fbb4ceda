// Red-team round 4 (fresh eyes) on the custody assets of every committed stack: who can use or manage the KMS keys
// and DynamoDB tables (key and table policies, identity policies in every attachment form, grants, aliases,
// replicas), keys and tables outside the stack that the model names by pattern, copies of table data (exports,
// imports, streams, backups and their consumers), the conditions the model requires (`when`), and provider
// settings. Insecure variants the whole pack must refuse (with the path message it must name), secure variants a
// careful platform team would write that it must accept. A case the pack gets wrong is `skip` with "MISS: <why>".
import { strict as assert } from "assert";
import { StackValidationPolicy } from "@pulumi/policy";
import { custodyModelProblems } from "../../../policy-pack/custody/parse";
import * as rules from "../../../policy-pack/rules";
import { PackConfig, setPackConfig } from "../../../policy-pack/model/packConfig";
import { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { stackPackConfig } from "../packConfig";
import { runPolicy, TestDiagnostic } from "../support";
import {
    addStatements,
    assertClean,
    assertRefused,
    doc,
    find,
    prop,
    resourceLike,
    Resources,
    runWholePack,
    setProp,
    stackResources,
} from "./support";

const SIGNER_ACCT = "111111111111";
const FOREIGN = "999999999999";
const BASIL = "111122223333";
const TD = "444444444444";
const CURITY = "555555555555";
const ACCT_A = "666666666666";
const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const ALIAS = "aws:kms/alias:Alias";
const GRANT = "aws:kms/grant:Grant";
const KEY_POLICY = "aws:kms/keyPolicy:KeyPolicy";
const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
const POLICY = "aws:iam/policy:Policy";
const TABLE = "aws:dynamodb/table:Table";
const PROVIDER = "pulumi:providers:aws";
const PROTECTED = { options: { protect: true, retainOnDelete: true } } as Partial<AnalyzerResourceInput>;
const tableArn = (t: string) => `arn:aws:dynamodb:eu-west-1:${SIGNER_ACCT}:table/custody-prod-${t}`;
const CURITY_TABLES = `arn:aws:dynamodb:eu-west-1:${CURITY}:table`;
const BASIL_RUNTIME = `arn:aws:iam::${BASIL}:role/basil-agent`;
const TD_ROLE = `arn:aws:iam::${TD}:role/trust-domain-server`;
const ACCESS_ROLE = `arn:aws:iam::${ACCT_A}:role/accountb-instance-role-dynamodb`;
/** A key the trust-domain server (or Basil's provisioner) created at run time: not a resource of the stack. */
const SERVER_KEY_ID = "7e1f0c2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b";

type Statement = Record<string, unknown>;

const arnOf = (x: AnalyzerResourceInput) => prop(x, "arn") as string;
const idOf = (x: AnalyzerResourceInput) => prop(x, "keyId") as string;
const table = (r: Resources, t: string) => find(r, TABLE, `signer-tables-${t}`);
const cmk = (r: Resources) => find(r, KEY, "signer-tables-cmk");

/** A new resource next to `like` (same provider), with the given inputs as outputs too. */
const add = (
    r: Resources,
    like: AnalyzerResourceInput,
    type: string,
    name: string,
    inputs: Record<string, unknown>,
    extra: Partial<AnalyzerResourceInput> = {},
) => r.push(resourceLike(like, type, name, inputs, extra));

/** A role of the stack next to `like`, trusted by a service, with one inline policy. */
function serviceRole(
    r: Resources,
    like: AnalyzerResourceInput,
    name: string,
    account: string,
    service: string,
    ...statements: object[]
): void {
    add(r, like, ROLE, name, {
        name,
        arn: `arn:aws:iam::${account}:role/${name}`,
        assumeRolePolicy: doc({ Effect: "Allow", Principal: { Service: service }, Action: "sts:AssumeRole" }),
        ...(statements.length > 0 ? { inlinePolicies: [{ name: "p", policy: doc(...statements) }] } : {}),
    });
}

/** A well-formed KMS key next to `like` (rotation on, 30-day window, protected and retained). */
function keyLike(
    like: AnalyzerResourceInput,
    name: string,
    arn: string,
    policy: string,
    extra: Record<string, unknown> = {},
): AnalyzerResourceInput {
    return resourceLike(
        like,
        KEY,
        name,
        {
            description: name,
            customerMasterKeySpec: "SYMMETRIC_DEFAULT",
            keyUsage: "ENCRYPT_DECRYPT",
            deletionWindowInDays: 30,
            enableKeyRotation: true,
            policy,
            tags: { owner: "platform-custody" },
            arn,
            keyId: arn.split("/").pop(),
            ...extra,
        },
        PROTECTED,
    );
}

const rootDelegation = (account: string) => ({
    Sid: "EnableIAMDelegation",
    Effect: "Allow",
    Principal: { AWS: `arn:aws:iam::${account}:root` },
    Action: "kms:*",
    Resource: "*",
});

/** Edits one statement (by Sid) of a JSON policy property. */
function editStatement(r: AnalyzerResourceInput, key: string, sid: string, edit: (s: Statement) => void): void {
    const d = JSON.parse(prop(r, key) as string) as { Statement: Statement[] };
    const s = d.Statement.find(x => x.Sid === sid);
    if (!s) throw new Error(`no statement ${sid} in ${r.name}.${key}`);
    edit(s);
    setProp(r, key, JSON.stringify(d));
}

/** Sets provider settings (as the engine sends them: each a JSON string) on the provider resource named `name`. */
function setProvider(r: Resources, name: string, settings: Record<string, unknown>): void {
    const p = find(r, PROVIDER, name);
    for (const [k, v] of Object.entries(settings)) setProp(p, k, typeof v === "string" ? v : JSON.stringify(v));
}

/** Every policy of the pack under the stack's pack config with its custody model edited. */
async function runWithModel(
    stack: string,
    resources: Resources,
    editModel: (model: Record<string, any>) => void,
): Promise<TestDiagnostic[]> {
    const config: PackConfig = JSON.parse(JSON.stringify(stackPackConfig(stack)));
    editModel(config["custody-model"] as Record<string, any>);
    assert.deepEqual(custodyModelProblems(config["custody-model"]), []);
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

type Case = {
    name: string;
    stack?: string;
    edit: (r: Resources) => void;
    /** The path message the refusal must name. */
    refused?: RegExp;
    /** The policy that must report it (any policy when absent). */
    policy?: string;
    /** Secure cases only: an edit of the custody model that names what the variant adds. */
    model?: (m: Record<string, any>) => void;
    /** A case the pack gets wrong: "MISS: <why>". */
    skip?: string;
};

/** A TableExport of anti-slashing into a bucket of the signer's own account (accepted on its own: round 2). */
function exportToOwnBucket(r: Resources): void {
    add(r, table(r, "anti-slashing"), "aws:dynamodb/tableExport:TableExport", "nightly-export", {
        tableArn: tableArn("anti-slashing"),
        s3Bucket: "custody-prod-exports",
        s3BucketOwner: SIGNER_ACCT,
        exportFormat: "DYNAMODB_JSON",
    });
}

/** Anti-slashing streamed into a Kinesis data stream of the signer's own account (accepted on its own: round 2). */
const CDC_STREAM = `arn:aws:kinesis:eu-west-1:${SIGNER_ACCT}:stream/custody-prod-cdc`;
function streamToOwnKinesis(r: Resources): void {
    add(
        r,
        table(r, "anti-slashing"),
        "aws:dynamodb/kinesisStreamingDestination:KinesisStreamingDestination",
        "anti-slashing-cdc",
        { tableName: "custody-prod-anti-slashing", streamArn: CDC_STREAM },
    );
}

/** The replica of anti-slashing in us-east-1 under a new key of the stack there (a disaster-recovery copy). */
const DR_KEY = `arn:aws:kms:us-east-1:${SIGNER_ACCT}:key/0b9c8d7e-6f5a-4b3c-9d2e-1f0a9b8c7d6e`;
function replicateToUsEast1(r: Resources): void {
    r.push(keyLike(cmk(r), "dr-key-us-east-1", DR_KEY, doc(rootDelegation(SIGNER_ACCT)), { region: "us-east-1" }));
    const t = table(r, "anti-slashing");
    setProp(t, "streamEnabled", true);
    setProp(t, "streamViewType", "NEW_AND_OLD_IMAGES");
    setProp(t, "replicas", [
        { regionName: "us-east-1", kmsKeyArn: DR_KEY, pointInTimeRecovery: true, deletionProtectionEnabled: true },
    ]);
}

const insecure: Case[] = [
    // ---- provider settings.
    // MISS: aws-provider-pinned accepts any https host under amazonaws.com, but *.execute-api.<region>.amazonaws.com
    // is a customer's API Gateway (API Gateway developer guide, "Invoke REST APIs": https://{api-id}.execute-api.
    // {region}.amazonaws.com/{stage}/), served with AWS's valid certificate and answered by the attacker's backend:
    // it can fake sts:GetCallerIdentity (defeating allowedAccountIds) and every KMS answer the stack records.
    {
        name: "custody-b's provider sends STS and KMS calls to an API Gateway stage (an *.execute-api.*.amazonaws.com host)",
        refused: /execute-api/,
        policy: "aws-provider-pinned",
        edit: r =>
            setProvider(r, "aws-custody-b", {
                endpoints: [
                    {
                        sts: "https://a1b2c3d4e5.execute-api.eu-central-1.amazonaws.com/prod",
                        kms: "https://a1b2c3d4e5.execute-api.eu-central-1.amazonaws.com/prod",
                    },
                ],
            }),
    },
    // ---- copies of table data: exports, streams, replicas, imports, and who reads the copies.
    // MISS: the export lands in the table's own account (custody-tables accepts it), and a role of no workload reads
    // the exported objects: s3 is a "data service" (judge.ts HARMLESS_SERVICES) and an S3 object is no custody
    // asset, so the whole anti-slashing table is readable outside the model (DynamoDB developer guide, "DynamoDB
    // data export to Amazon S3": the export is the table's items as of the export time).
    {
        name: "an export of anti-slashing into the account's bucket, and a reporting role of no workload reading that bucket",
        refused: /custody-prod-exports/,
        edit: r => {
            exportToOwnBucket(r);
            serviceRole(r, cmk(r), "custody-prod-reports", SIGNER_ACCT, "lambda.amazonaws.com", {
                Effect: "Allow",
                Action: ["s3:GetObject", "s3:ListBucket"],
                Resource: ["arn:aws:s3:::custody-prod-exports", "arn:aws:s3:::custody-prod-exports/*"],
            });
        },
    },
    // MISS: as above: a role of no workload may rewrite the export bucket's policy (S3 user guide, "Bucket policies":
    // PutBucketPolicy replaces the policy), admitting any account to the exported table.
    {
        name: "an export of anti-slashing into the account's bucket, and a role of no workload allowed s3:PutBucketPolicy on it",
        refused: /custody-prod-exports/,
        edit: r => {
            exportToOwnBucket(r);
            serviceRole(r, cmk(r), "custody-prod-bucket-admin", SIGNER_ACCT, "lambda.amazonaws.com", {
                Effect: "Allow",
                Action: ["s3:PutBucketPolicy", "s3:GetBucketPolicy"],
                Resource: "arn:aws:s3:::custody-prod-exports",
            });
        },
    },
    // MISS: the CDC stream of the table's own account carries every change of anti-slashing (DynamoDB developer
    // guide, "Using Kinesis Data Streams to capture changes"); a role of no workload reading it with
    // GetShardIterator/GetRecords is not judged (kinesis is a HARMLESS_SERVICES entry, the stream no asset).
    {
        name: "anti-slashing streamed into the account's Kinesis stream, and a role of no workload reading that stream",
        refused: /custody-prod-cdc/,
        edit: r => {
            streamToOwnKinesis(r);
            serviceRole(r, cmk(r), "custody-prod-analytics", SIGNER_ACCT, "lambda.amazonaws.com", {
                Effect: "Allow",
                Action: ["kinesis:DescribeStream", "kinesis:GetShardIterator", "kinesis:GetRecords"],
                Resource: CDC_STREAM,
            });
        },
    },
    // MISS: Kinesis Data Streams developer guide, "Sharing your data stream with another account":
    // PutResourcePolicy on a stream admits another account; the pack judges the Kinesis ResourcePolicy resources of
    // the stack, not a role of no workload that may write one.
    {
        name: "anti-slashing streamed into the account's Kinesis stream, and a role of no workload allowed kinesis:PutResourcePolicy on it",
        refused: /custody-prod-cdc/,
        edit: r => {
            streamToOwnKinesis(r);
            serviceRole(r, cmk(r), "custody-prod-stream-admin", SIGNER_ACCT, "lambda.amazonaws.com", {
                Effect: "Allow",
                Action: ["kinesis:PutResourcePolicy", "kinesis:GetResourcePolicy"],
                Resource: CDC_STREAM,
            });
        },
    },
    // MISS: a `replicas` entry of the Table creates the same table in us-east-1 (arn:...:us-east-1:...:table/<same
    // name>; DynamoDB developer guide, "Global tables": each replica is a table of the same name in its Region), but
    // the engine makes assets only of Table and TableReplica resources, so a role of no workload reading the replica's
    // ARN reaches "no custody asset" and the model's patterns (eu-west-1) do not intersect it.
    {
        name: "anti-slashing replicated to us-east-1 (stack key there), and a DR role of no workload reading the replica",
        refused: /us-east-1:111111111111:table\/custody-prod-anti-slashing/,
        edit: r => {
            replicateToUsEast1(r);
            serviceRole(r, cmk(r), "custody-prod-dr-reader", SIGNER_ACCT, "lambda.amazonaws.com", {
                Effect: "Allow",
                Action: ["dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan", "kms:Decrypt"],
                Resource: [`arn:aws:dynamodb:us-east-1:${SIGNER_ACCT}:table/custody-prod-anti-slashing`, DR_KEY],
            });
        },
    },
    // MISS: as above, by the resource side: a ResourcePolicy on the replica's ARN (us-east-1) makes a table asset "not
    // created by this stack" (build.ts), which is custody only when a model pattern selects it; "*" pinned to the
    // account (dynamodb-resource-policy-safe's allowed form) then lets every identity of 111111111111 read the copy of
    // anti-slashing, which the same policy on the eu-west-1 table would be refused for.
    {
        name: "anti-slashing replicated to us-east-1, a ResourcePolicy on the replica's ARN admitting every identity of the account",
        refused: /table custody-prod-anti-slashing \(replica in us-east-1\)/,
        edit: r => {
            replicateToUsEast1(r);
            const replica = `arn:aws:dynamodb:us-east-1:${SIGNER_ACCT}:table/custody-prod-anti-slashing`;
            add(r, table(r, "anti-slashing"), "aws:dynamodb/resourcePolicy:ResourcePolicy", "replica-policy", {
                resourceArn: replica,
                region: "us-east-1",
                policy: doc({
                    Effect: "Allow",
                    Principal: { AWS: "*" },
                    Action: ["dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan"],
                    Resource: replica,
                    Condition: { StringEquals: { "aws:PrincipalAccount": SIGNER_ACCT } },
                }),
            });
        },
    },
    // MISS: OpenSearch Ingestion's DynamoDB source (OpenSearch Service developer guide, "Using an OpenSearch
    // Ingestion pipeline with Amazon DynamoDB") exports the table through PITR and reads its stream with the
    // pipeline's sts_role_arn, and indexes every item into a search domain; like a Lambda event source mapping or a
    // Pipe (refused), it is a consumer of the table, but aws:opensearchingest/pipeline:Pipeline is not read.
    {
        name: "an OpenSearch Ingestion pipeline whose DynamoDB source is anti-slashing (snapshot + stream), run by an outside role",
        refused: /Pipeline|custody-prod-anti-slashing/,
        edit: r => {
            setProp(table(r, "anti-slashing"), "streamEnabled", true);
            setProp(table(r, "anti-slashing"), "streamViewType", "NEW_IMAGE");
            add(r, table(r, "anti-slashing"), "aws:opensearchingest/pipeline:Pipeline", "search", {
                pipelineName: "custody-search",
                minUnits: 1,
                maxUnits: 2,
                pipelineConfigurationBody: [
                    'version: "2"',
                    "cdc-pipeline:",
                    "  source:",
                    "    dynamodb:",
                    "      tables:",
                    `        - table_arn: "${tableArn("anti-slashing")}"`,
                    "          export:",
                    '            s3_bucket: "custody-prod-osis"',
                    "          stream:",
                    '            start_position: "LATEST"',
                    "      aws:",
                    '        region: "eu-west-1"',
                    `        sts_role_arn: "arn:aws:iam::${SIGNER_ACCT}:role/search-ingest"`,
                    "  sink:",
                    "    - opensearch:",
                    '        hosts: ["https://search-custody.eu-west-1.es.amazonaws.com"]',
                    '        index: "anti-slashing"',
                ].join("\n"),
            });
        },
    },
    // Was MISS (round 7 closed it): importTable names the bucket's owner (the table's account), but the bucket's
    // policy lets another account write the objects the keystore is created from (DynamoDB developer guide, "DynamoDB
    // data import from Amazon S3"): custody-tables now reads the import bucket's policies as it does an export's.
    {
        name: "the keystore imported from a bucket of its own account whose bucket policy lets another account write it",
        refused: /keystore: importTable .*custody-prod-seed .*999999999999/,
        policy: "custody-tables",
        edit: r => {
            setProp(table(r, "keystore"), "importTable", {
                inputFormat: "DYNAMODB_JSON",
                s3BucketSource: { bucket: "custody-prod-seed", bucketOwner: SIGNER_ACCT },
            });
            add(r, cmk(r), "aws:s3/bucketPolicy:BucketPolicy", "seed-policy", {
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
    // Was MISS (round 7 closed it): S3 user guide, "Replicating objects across accounts": a replication configuration
    // on the export bucket copies every exported object into another account's bucket; TableExport's checks now follow
    // the bucket's replication rules.
    {
        name: "an export of anti-slashing into the account's bucket, which replicates every object into another account's bucket",
        refused: /custody-prod-exports .*replicates every object into .*999999999999/,
        policy: "custody-tables",
        edit: r => {
            exportToOwnBucket(r);
            add(r, cmk(r), "aws:s3/bucketReplicationConfig:BucketReplicationConfig", "exports-replication", {
                bucket: "custody-prod-exports",
                role: `arn:aws:iam::${SIGNER_ACCT}:role/s3-replication`,
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
        name: "the tables CMK made multi-Region, a ReplicaKey in us-east-1, and a role of no workload allowed Decrypt on the replica",
        refused: /custody-prod-dr-decrypt .*kms:Decrypt .*reaching key cmk-replica/,
        edit: r => {
            setProp(cmk(r), "multiRegion", true);
            const primary = arnOf(cmk(r));
            const replica = `arn:aws:kms:us-east-1:${SIGNER_ACCT}:key/mrk-${idOf(cmk(r)).replace(/-/g, "")}`;
            add(
                r,
                cmk(r),
                "aws:kms/replicaKey:ReplicaKey",
                "cmk-replica",
                {
                    primaryKeyArn: primary,
                    region: "us-east-1",
                    deletionWindowInDays: 30,
                    policy: doc(rootDelegation(SIGNER_ACCT)),
                    arn: replica,
                    keyId: replica.split("/").pop(),
                },
                PROTECTED,
            );
            serviceRole(r, cmk(r), "custody-prod-dr-decrypt", SIGNER_ACCT, "lambda.amazonaws.com", {
                Effect: "Allow",
                Action: ["kms:Decrypt"],
                Resource: replica,
            });
        },
    },
    // ---- identity policies in other attachment forms.
    {
        name: "a stack group allowed Scan on anti-slashing, an outside user added to it by UserGroupMembership",
        refused: /group custody-ops → .*dynamodb:Scan on .*custody-prod-anti-slashing/,
        edit: r => {
            add(r, cmk(r), "aws:iam/group:Group", "ops-group", {
                name: "custody-ops",
                arn: `arn:aws:iam::${SIGNER_ACCT}:group/custody-ops`,
            });
            add(r, cmk(r), "aws:iam/groupPolicy:GroupPolicy", "ops-group-policy", {
                group: "custody-ops",
                name: "scan",
                policy: doc({ Effect: "Allow", Action: "dynamodb:Scan", Resource: tableArn("anti-slashing") }),
            });
            add(r, cmk(r), "aws:iam/userGroupMembership:UserGroupMembership", "alice-ops", {
                user: "alice",
                groups: ["custody-ops"],
            });
        },
    },
    // ---- aliases.
    // MISS: the tables' CMK is custody only through the model's alias (judge.ts findCustodyAssets: model.tables
    // keyAlias → keyOfAlias); retarget that alias at any other key (UpdateAlias: same account and Region, KMS API
    // reference) and the CMK that every table's serverSideEncryption.kmsKeyArn still names drops out of custody: its
    // key policy may then give an outside role ScheduleKeyDeletion/DisableKey, which makes all three tables
    // inaccessible and, once deleted, unrecoverable (DynamoDB developer guide, "Encryption at rest: inaccessible
    // table"). custody-tables compares the table's key with keyOfAlias(...) only when that resolves.
    {
        name: "the tables CMK's alias retargeted (by ARN) at a key outside the stack, the CMK's policy then naming an outside role for ScheduleKeyDeletion",
        refused: /ScheduleKeyDeletion|signer-tables/,
        edit: r => {
            const alias = find(r, ALIAS, "signer-tables-cmk-alias");
            const outside = `arn:aws:kms:eu-west-1:${SIGNER_ACCT}:key/${SERVER_KEY_ID}`;
            setProp(alias, "targetKeyId", outside);
            setProp(alias, "targetKeyArn", outside);
            alias.propertyDependencies = { ...alias.propertyDependencies, targetKeyId: [] };
            alias.dependencies = [];
            addStatements(cmk(r), "policy", {
                Sid: "Janitor",
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${SIGNER_ACCT}:role/janitor` },
                Action: ["kms:ScheduleKeyDeletion", "kms:DisableKey"],
                Resource: "*",
            });
        },
    },
    {
        name: "the jwt catalog alias retargeted (by ARN) at a key outside the stack (the broker then signs with whoever made it)",
        stack: "basil",
        refused: /jwt-signing-primary/,
        edit: r => {
            const alias = find(r, ALIAS, "basil-key-jwt-signing-primary-alias");
            const outside = `arn:aws:kms:us-east-1:${BASIL}:key/${SERVER_KEY_ID}`;
            setProp(alias, "targetKeyId", outside);
            setProp(alias, "targetKeyArn", outside);
            alias.propertyDependencies = { ...alias.propertyDependencies, targetKeyId: [] };
            alias.dependencies = [];
        },
    },
    // ---- required conditions (`when`) on grants and key policies.
    {
        name: "a kms.Grant of Sign/Verify on the jwt key to the broker (a grant carries no kms:RequestAlias condition)",
        stack: "basil",
        refused: /kms Grant/,
        edit: r => {
            const jwt = find(r, KEY, "basil-key-jwt-signing-primary");
            add(r, jwt, GRANT, "broker-grant", {
                name: "broker-sign",
                keyId: idOf(jwt),
                granteePrincipal: BASIL_RUNTIME,
                operations: ["Sign", "Verify"],
            });
        },
    },
    {
        name: "the payload key's policy names the broker for Decrypt with kms:RequestAlias under StringLikeIfExists",
        stack: "basil",
        refused: /basil-agent|IfExists|RequestAlias/,
        edit: r =>
            addStatements(find(r, KEY, "basil-key-payload-aead"), "policy", {
                Sid: "Broker",
                Effect: "Allow",
                Principal: { AWS: BASIL_RUNTIME },
                Action: ["kms:Encrypt", "kms:Decrypt"],
                Resource: "*",
                Condition: { StringLikeIfExists: { "kms:RequestAlias": "alias/basil/*" } },
            }),
    },
    // ---- keys outside the stack that the model names by pattern.
    {
        name: "a KeyPolicy on a server-created key named by its bare key id, admitting an outside ops role to Sign",
        stack: "trust-domain",
        refused: /role\/ops/,
        edit: r =>
            add(r, find(r, ROLE, "trust-domain-role"), KEY_POLICY, "server-key-policy", {
                keyId: SERVER_KEY_ID,
                policy: doc(rootDelegation(TD), {
                    Sid: "Ops",
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${TD}:role/ops` },
                    Action: ["kms:Sign", "kms:GetPublicKey"],
                    Resource: "*",
                }),
            }),
    },
    // ---- tables outside the stack that the model names by pattern (Curity's table/curity-*).
    // Refused because the stream is in another account (custody-tables falls back to the custody accounts for a
    // table it does not create); into the table's own account, the stream's readers are the open class above.
    {
        name: "curity-users streamed into a Kinesis stream of another account",
        stack: "curity",
        refused: /KinesisStreamingDestination users-cdc .*999999999999/,
        policy: "custody-tables",
        edit: r =>
            add(
                r,
                find(r, ROLE, "curity-role"),
                "aws:dynamodb/kinesisStreamingDestination:KinesisStreamingDestination",
                "users-cdc",
                { tableName: "curity-users", streamArn: `arn:aws:kinesis:eu-west-1:${FOREIGN}:stream/curity-users` },
            ),
    },
    // Was MISS (round 7 closed it): a selection of `table/curity-*` copies Curity's tables (users, credentials,
    // sessions) into another account's vault, where they can be restored (AWS Backup developer guide, "Creating backup
    // copies across AWS accounts"); backupCopies now matches selections against the model's table patterns too.
    {
        name: "an AWS Backup plan selecting table/curity-* copies the backups into another account's vault",
        stack: "curity",
        refused: /Backup plan plan → .*curity-\*.*backup-vault:loot/,
        policy: "custody-tables",
        edit: r => {
            const like = find(r, ROLE, "curity-role");
            add(r, like, "aws:backup/plan:Plan", "plan", {
                name: "curity",
                id: "plan-curity",
                rules: [
                    {
                        ruleName: "daily",
                        targetVaultName: "Default",
                        schedule: "cron(0 5 * * ? *)",
                        copyActions: [{ destinationVaultArn: `arn:aws:backup:eu-west-1:${FOREIGN}:backup-vault:loot` }],
                    },
                ],
            });
            add(r, like, "aws:backup/selection:Selection", "sel", {
                name: "curity-tables",
                planId: "plan-curity",
                iamRoleArn: `arn:aws:iam::${CURITY}:role/service-role/AWSBackupDefaultServiceRole`,
                resources: [`${CURITY_TABLES}/curity-*`],
            });
        },
    },
    // Was MISS (round 7 closed it): a TableItem on a table the model names by pattern: the deployer writes an
    // administrator account into Curity's account table (DynamoDB PutItem as the deployer; Curity then authenticates
    // it). Refused like on the stack's tables.
    {
        name: "a TableItem writing an administrator account into curity-accounts",
        stack: "curity",
        refused: /TableItem backdoor-admin → .*curity-accounts/,
        policy: "custody-tables",
        edit: r =>
            add(r, find(r, ROLE, "curity-role"), "aws:dynamodb/tableItem:TableItem", "backdoor-admin", {
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
        name: "a ResourcePolicy on curity-sessions' stream admitting another account's root",
        stack: "curity",
        refused: /curity-sessions/,
        edit: r =>
            add(r, find(r, ROLE, "curity-role"), "aws:dynamodb/resourcePolicy:ResourcePolicy", "sessions-stream", {
                resourceArn: `${CURITY_TABLES}/curity-sessions/stream/2025-01-01T00:00:00.000`,
                policy: doc({
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${FOREIGN}:root` },
                    Action: ["dynamodb:DescribeStream", "dynamodb:GetShardIterator", "dynamodb:GetRecords"],
                    Resource: `${CURITY_TABLES}/curity-sessions/stream/2025-01-01T00:00:00.000`,
                }),
            }),
    },
    // ---- the other signer stacks.
    {
        name: 'a ResourcePolicy on the keystore\'s stream admitting every identity of the account ("*" + aws:PrincipalAccount)',
        stack: "dev",
        refused:
            /every identity of account 111111111111 .* on table custody-dev-keystore \(statement 1 of ResourcePolicy keystore-stream/,
        edit: r => {
            const t = table(r, "keystore");
            setProp(t, "streamEnabled", true);
            setProp(t, "streamViewType", "NEW_AND_OLD_IMAGES");
            const stream = `arn:aws:dynamodb:eu-west-1:${SIGNER_ACCT}:table/custody-dev-keystore/stream/2025-01-01T00:00:00.000`;
            add(r, t, "aws:dynamodb/resourcePolicy:ResourcePolicy", "keystore-stream", {
                resourceArn: stream,
                policy: doc({
                    Effect: "Allow",
                    Principal: { AWS: "*" },
                    Action: ["dynamodb:DescribeStream", "dynamodb:GetShardIterator", "dynamodb:GetRecords"],
                    Resource: stream,
                    Condition: { StringEquals: { "aws:PrincipalAccount": SIGNER_ACCT } },
                }),
            });
        },
    },
    {
        name: "a TableReplica of signer-state in us-east-1 (stack key there), and a ResourcePolicy on the replica admitting every identity of the account",
        stack: "pod-identity",
        refused:
            /every identity of account 111111111111 .* on table custody-pod-identity-signer-state \(statement 1 of ResourcePolicy replica-policy/,
        edit: r => {
            const state = table(r, "signer-state");
            const key = `arn:aws:kms:us-east-1:${SIGNER_ACCT}:key/0b9c8d7e-6f5a-4b3c-9d2e-1f0a9b8c7d6e`;
            r.push(keyLike(cmk(r), "dr-key-us-east-1", key, doc(rootDelegation(SIGNER_ACCT)), { region: "us-east-1" }));
            add(
                r,
                state,
                "aws:dynamodb/tableReplica:TableReplica",
                "signer-state-us-east-1",
                {
                    globalTableArn: arnOf(state),
                    region: "us-east-1",
                    kmsKeyArn: key,
                    pointInTimeRecovery: true,
                    deletionProtectionEnabled: true,
                },
                PROTECTED,
            );
            const replica = `arn:aws:dynamodb:us-east-1:${SIGNER_ACCT}:table/custody-pod-identity-signer-state`;
            add(r, state, "aws:dynamodb/resourcePolicy:ResourcePolicy", "replica-policy", {
                resourceArn: replica,
                region: "us-east-1",
                policy: doc({
                    Effect: "Allow",
                    Principal: { AWS: "*" },
                    Action: ["dynamodb:GetItem", "dynamodb:Scan"],
                    Resource: replica,
                    Condition: { StringEquals: { "aws:PrincipalAccount": SIGNER_ACCT } },
                }),
            });
        },
    },
];

const secure: Case[] = [
    // ---- provider settings a careful team writes.
    {
        name: "KMS and STS through the accounts' interface VPC endpoints (endpoints naming *.vpce.amazonaws.com hosts)",
        edit: r => {
            setProvider(r, "aws-signer", {
                endpoints: [
                    {
                        kms: "https://vpce-0a1b2c3d4e5f60718-abcdefgh.kms.eu-west-1.vpce.amazonaws.com",
                        sts: "https://vpce-0a1b2c3d4e5f60719-ijklmnop.sts.eu-west-1.vpce.amazonaws.com",
                    },
                ],
            });
            setProvider(r, "aws-custody-c", {
                endpoints: [{ kms: "https://vpce-0f1e2d3c4b5a69788-qrstuvwx.kms.us-east-1.vpce.amazonaws.com" }],
            });
        },
    },
    {
        name: "custody-c's provider (us-east-1) on KMS's and STS's FIPS endpoints (useFipsEndpoint, and sts-fips named explicitly)",
        edit: r =>
            setProvider(r, "aws-custody-c", {
                useFipsEndpoint: "true",
                endpoints: [{ sts: "https://sts-fips.us-east-1.amazonaws.com" }],
            }),
    },
    {
        name: "every provider through the corporate HTTPS proxy, its CA trusted with customCaBundle (TLS verified)",
        edit: r => {
            for (const name of ["aws-signer", "aws-custody-b", "aws-custody-c"])
                setProvider(r, name, {
                    httpsProxy: "http://proxy.corp.example:3128",
                    noProxy: "169.254.169.254",
                    customCaBundle: "/etc/ssl/certs/corp-root-ca.pem",
                });
        },
    },
    // ---- required conditions written as a guard Deny.
    // MISS (secure refused): IAM User Guide, "Condition operators": a negated operator matches when the key is
    // absent, so Deny CreateKey on StringNotEquals aws:RequestTag/basil-managed "true" denies every CreateKey without
    // basil-managed=true: with the Allow unconditioned, the provisioner creates exactly what the model's `when` allows.
    {
        name: "the provisioner's CreateKey as an unconditioned Allow plus a guard Deny (StringNotEquals basil-managed true)",
        stack: "basil",
        edit: r => {
            const p = find(r, ROLE_POLICY, "basil-provisioner-access");
            editStatement(p, "policy", "BasilCreateKeys", s => delete s.Condition);
            addStatements(p, "policy", {
                Sid: "OnlyBasilManagedKeys",
                Effect: "Deny",
                Action: "kms:CreateKey",
                Resource: "*",
                Condition: { StringNotEquals: { "aws:RequestTag/basil-managed": "true" } },
            });
        },
    },
    // MISS (secure refused): the same guard-Deny form for the broker's alias requirement: a request by key ARN has no
    // kms:RequestAlias, StringNotLike is then true and the Deny applies (IAM User Guide, "Condition operators"), so
    // the broker uses its keys only by an alias/basil/* alias, exactly the model's `when`.
    {
        name: "the broker's statement unconditioned, with a guard Deny of its actions when kms:RequestAlias is not alias/basil/*",
        stack: "basil",
        edit: r => {
            const p = find(r, ROLE_POLICY, "basil-runtime-access");
            editStatement(p, "policy", "BasilBrokerInPlaceOps", s => delete s.Condition);
            addStatements(p, "policy", {
                Sid: "OnlyByCatalogAlias",
                Effect: "Deny",
                Action: ["kms:Sign", "kms:Verify", "kms:GetPublicKey", "kms:DescribeKey", "kms:Encrypt", "kms:Decrypt"],
                Resource: "*",
                Condition: { StringNotLike: { "kms:RequestAlias": "alias/basil/*" } },
            });
        },
    },
    {
        name: 'the jwt key\'s policy as a separate KeyPolicy resource: root delegation, and the broker ("*" + aws:PrincipalArn) by alias only',
        stack: "basil",
        edit: r => {
            const jwt = find(r, KEY, "basil-key-jwt-signing-primary");
            add(r, jwt, KEY_POLICY, "jwt-policy", {
                keyId: idOf(jwt),
                policy: doc(rootDelegation(BASIL), {
                    Sid: "BrokerByAlias",
                    Effect: "Allow",
                    Principal: { AWS: "*" },
                    Action: ["kms:Sign", "kms:Verify", "kms:GetPublicKey"],
                    Resource: "*",
                    Condition: {
                        ArnEquals: { "aws:PrincipalArn": BASIL_RUNTIME },
                        "ForAnyValue:StringLike": { "kms:RequestAlias": "alias/basil/*" },
                    },
                }),
            });
        },
    },
    // ---- keys outside the stack that the model names by pattern.
    // MISS (secure refused): the KeyPolicy makes the server-created key an asset inside the model's key/* pattern, so
    // the committed seed-001 statement on "*" (advisory custody-grants-within-model while it reaches no asset) now
    // "reaches" it and custody-effective-access refuses it, although the key it reaches is within the model's
    // pattern and the wider part reaches no custody asset. A team writing the policy of the server's keys in the
    // stack is refused for the committed grant, not for anything it added.
    {
        name: "a KeyPolicy on a server-created key (by ARN) keeping the root delegation and naming the server for Sign/GetPublicKey",
        stack: "trust-domain",
        edit: r =>
            add(r, find(r, ROLE, "trust-domain-role"), KEY_POLICY, "server-key-policy", {
                keyId: `arn:aws:kms:us-east-1:${TD}:key/${SERVER_KEY_ID}`,
                policy: doc(rootDelegation(TD), {
                    Sid: "TrustDomainServer",
                    Effect: "Allow",
                    Principal: { AWS: TD_ROLE },
                    Action: ["kms:Sign", "kms:GetPublicKey"],
                    Resource: "*",
                }),
            }),
    },
    // MISS (secure refused): a Grant on a key the stack does not create makes that key an asset of the model's key/*
    // entry (build.ts outsideKey), but with no key policy at all (neither the default root delegation nor "unknown:
    // assume it delegates", as for external assets), so custody-required-access finds the server allowed neither
    // ScheduleKeyDeletion nor TagResource on it and refuses. The key's real policy is the one the server generated
    // (seed 001), outside the stack; the grant only adds Sign/GetPublicKey.
    {
        name: "a kms.Grant of Sign/GetPublicKey on a server-created key (by ARN) to the server's role",
        stack: "trust-domain",
        edit: r =>
            add(r, find(r, ROLE, "trust-domain-role"), GRANT, "server-key-grant", {
                name: "server-sign",
                keyId: `arn:aws:kms:us-east-1:${TD}:key/${SERVER_KEY_ID}`,
                granteePrincipal: TD_ROLE,
                operations: ["Sign", "GetPublicKey"],
            }),
    },
    // ---- tables outside the stack that the model names by pattern.
    {
        name: "a ResourcePolicy on curity-users admitting only the Curity role for its data-source actions",
        stack: "curity",
        edit: r =>
            add(r, find(r, ROLE, "curity-role"), "aws:dynamodb/resourcePolicy:ResourcePolicy", "users-policy", {
                resourceArn: `${CURITY_TABLES}/curity-users`,
                policy: doc({
                    Sid: "CurityServer",
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${CURITY}:role/curity-dynamo-irsa` },
                    Action: ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:Query"],
                    Resource: [`${CURITY_TABLES}/curity-users`, `${CURITY_TABLES}/curity-users/index/*`],
                }),
            }),
    },
    {
        name: "an AWS Backup plan copying an unrelated table (orders) into another account's vault",
        stack: "curity",
        edit: r => {
            const like = find(r, ROLE, "curity-role");
            add(r, like, "aws:backup/plan:Plan", "plan", {
                name: "orders",
                id: "plan-orders",
                rules: [
                    {
                        ruleName: "daily",
                        targetVaultName: "Default",
                        copyActions: [{ destinationVaultArn: `arn:aws:backup:eu-west-1:${FOREIGN}:backup-vault:dr` }],
                    },
                ],
            });
            add(r, like, "aws:backup/selection:Selection", "sel", {
                name: "orders",
                planId: "plan-orders",
                iamRoleArn: `arn:aws:iam::${CURITY}:role/service-role/AWSBackupDefaultServiceRole`,
                resources: [`${CURITY_TABLES}/orders`],
            });
        },
    },
    // ---- attachment forms and grants for the modelled workloads.
    {
        name: "the Curity role's permissions as a stack Policy named in the role's managedPolicyArns",
        stack: "curity",
        edit: r => {
            const access = find(r, ROLE_POLICY, "curity-role-access");
            const policy = prop(access, "policy") as string;
            const arn = `arn:aws:iam::${CURITY}:policy/curity-dynamodb`;
            add(r, access, POLICY, "curity-dynamodb", { name: "curity-dynamodb", arn, policy });
            r.splice(r.indexOf(access), 1);
            setProp(find(r, ROLE, "curity-role"), "managedPolicyArns", [arn]);
        },
    },
    {
        name: "the access role's permissions as a stack Policy attached by RolePolicyAttachmentsExclusive",
        stack: "cross-account",
        edit: r => {
            const access = find(r, ROLE_POLICY, "cross-account-access-access");
            const policy = prop(access, "policy") as string;
            const arn = `arn:aws:iam::${ACCT_A}:policy/accountb-read`;
            add(r, access, POLICY, "accountb-read", { name: "accountb-read", arn, policy });
            r.splice(r.indexOf(access), 1);
            add(
                r,
                find(r, ROLE, "cross-account-access"),
                "aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive",
                "access-exclusive",
                { roleName: "accountb-instance-role-dynamodb", policyArns: [arn] },
            );
        },
    },
    {
        name: "a kms.Grant of Decrypt on the data key to the access role, constrained to my-table's encryption context",
        stack: "cross-account",
        edit: r => {
            const key = find(r, KEY, "cross-account-key");
            add(r, key, GRANT, "access-decrypt", {
                name: "access-decrypt",
                keyId: idOf(key),
                granteePrincipal: ACCESS_ROLE,
                operations: ["Decrypt"],
                constraints: [{ encryptionContextSubset: { "aws:dynamodb:tableName": "my-table" } }],
            });
        },
    },
    // ---- key policies narrowed, and identities outside custody.
    {
        name: "tables CMK: the DynamoDB statement narrowed to the three tables by kms:EncryptionContext:aws:dynamodb:tableName",
        edit: r => {
            const c = cmk(r);
            const d = JSON.parse(prop(c, "policy") as string) as { Statement: Statement[] };
            const s = d.Statement.find(x => x.Sid === "AllowDynamoDBOnBehalfOfAccountPrincipals")!;
            const cond = s.Condition as Record<string, Record<string, unknown>>;
            cond["ForAnyValue:StringEquals"] = {
                ...(cond["ForAnyValue:StringEquals"] ?? {}),
                "kms:EncryptionContext:aws:dynamodb:tableName": [
                    "custody-prod-anti-slashing",
                    "custody-prod-keystore",
                    "custody-prod-signer-state",
                ],
            };
            setProp(c, "policy", JSON.stringify(d));
        },
    },
    // MISS (secure refused): Service Authorization Reference for DynamoDB: ListTables and DescribeLimits have no
    // resource type, so "*" is the only Resource they can be granted on, and they touch no table;
    // dynamodb-wildcards-exclude-stack-tables refuses any statement with a dynamodb action and a wildcard resource
    // (the catalogue marks both wildcardOnly). custody-effective-access accepts the role.
    {
        name: "a monitoring role of no workload reading CloudWatch metrics, DynamoDB account limits and the KMS key list",
        edit: r =>
            serviceRole(r, cmk(r), "custody-prod-monitoring", SIGNER_ACCT, "lambda.amazonaws.com", {
                Effect: "Allow",
                Action: [
                    "cloudwatch:GetMetricData",
                    "cloudwatch:ListMetrics",
                    "dynamodb:DescribeLimits",
                    "dynamodb:ListTables",
                    "kms:ListKeys",
                    "kms:ListAliases",
                ],
                Resource: "*",
            }),
    },
    {
        name: "a log shipper of no workload writing to the central logging account's bucket with that account's KMS key",
        edit: r =>
            serviceRole(
                r,
                cmk(r),
                "custody-prod-log-shipper",
                SIGNER_ACCT,
                "lambda.amazonaws.com",
                {
                    Effect: "Allow",
                    Action: ["s3:PutObject"],
                    Resource: "arn:aws:s3:::org-central-logs-888888888888/custody/*",
                },
                {
                    Effect: "Allow",
                    Action: ["kms:GenerateDataKey", "kms:Encrypt"],
                    Resource: "arn:aws:kms:eu-west-1:888888888888:key/5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d",
                },
            ),
    },
    {
        name: "an unrelated key of the signer account used by an unrelated Lambda role through a kms.Grant (Encrypt/GenerateDataKey)",
        edit: r => {
            const arn = `arn:aws:kms:eu-west-1:${SIGNER_ACCT}:key/2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f`;
            r.push(keyLike(cmk(r), "app-key", arn, doc(rootDelegation(SIGNER_ACCT))));
            serviceRole(r, cmk(r), "custody-prod-app", SIGNER_ACCT, "lambda.amazonaws.com");
            add(r, cmk(r), GRANT, "app-grant", {
                name: "app",
                keyId: arn.split("/").pop(),
                granteePrincipal: `arn:aws:iam::${SIGNER_ACCT}:role/custody-prod-app`,
                operations: ["Encrypt", "GenerateDataKey"],
            });
        },
    },
    {
        name: "a defence-in-depth Deny in the keystore's ResourcePolicy: no item access for anyone but the signer role",
        stack: "dev",
        edit: r => {
            const t = table(r, "keystore");
            add(r, t, "aws:dynamodb/resourcePolicy:ResourcePolicy", "keystore-guard", {
                resourceArn: arnOf(t),
                policy: doc({
                    Sid: "OnlyTheSigner",
                    Effect: "Deny",
                    Principal: { AWS: "*" },
                    Action: [
                        "dynamodb:GetItem",
                        "dynamodb:PutItem",
                        "dynamodb:UpdateItem",
                        "dynamodb:DeleteItem",
                        "dynamodb:Query",
                        "dynamodb:Scan",
                    ],
                    Resource: [arnOf(t), `${arnOf(t)}/index/*`],
                    Condition: {
                        ArnNotEquals: { "aws:PrincipalArn": `arn:aws:iam::${SIGNER_ACCT}:role/custody-dev-signer` },
                    },
                }),
            });
        },
    },
];

const stackOf = (c: Case) => c.stack ?? "prod";
describe("allowlist: red-team round 4 on the custody assets (keys, tables, copies, providers)", () => {
    for (const c of insecure) {
        (c.skip ? it.skip : it)(`refuses: ${stackOf(c)}: ${c.name}`, async () => {
            const r = await stackResources(stackOf(c));
            c.edit(r);
            assertRefused(await runWholePack(stackOf(c), r), c.refused ?? /./, c.policy);
        });
    }
    for (const c of secure) {
        (c.skip ? it.skip : it)(`accepts: ${stackOf(c)}: ${c.name}`, async () => {
            const r = await stackResources(stackOf(c));
            c.edit(r);
            assertClean(c.model ? await runWithModel(stackOf(c), r, c.model) : await runWholePack(stackOf(c), r));
        });
    }
});
