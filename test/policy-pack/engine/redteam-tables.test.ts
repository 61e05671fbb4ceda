// Red-team round on DynamoDB custody (tables of seed 000, Curity's prefix, the cross-account access role): each
// insecure variant of a committed stack must be refused by the whole pack; each secure variant must pass.
import { strict as assert } from "assert";
import {
    addStatements,
    doc,
    find,
    assertClean,
    assertRefused,
    resourceLike,
    Resources,
    runWholePack,
    setProp,
    stackResources,
} from "./support";

const PROD = "111111111111";
const TABLE = (stack: string, t: string, account = PROD) =>
    `arn:aws:dynamodb:eu-west-1:${account}:table/custody-${stack}-${t}`;
const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
const DDB = "aws:dynamodb/table:Table";

/** An insecure case names the refusal that proves it: the rule (`policy`) and its message (`refused`). */
type Case = { name: string; stack: string; edit: (r: Resources) => void; refused?: RegExp; policy?: string };

const grant = (stack: string, name: string, statement: object): Case => ({
    name,
    stack,
    edit: r =>
        addStatements(
            find(
                r,
                ROLE_POLICY,
                stack === "curity"
                    ? "curity-role-access"
                    : stack === "cross-account"
                      ? "cross-account-access-access"
                      : "signer-role-access",
            ),
            "policy",
            { Effect: "Allow", ...statement },
        ),
});

const setTable = (stack: string, name: string, table: string, key: string, value: unknown): Case => ({
    name,
    stack,
    edit: r => setProp(find(r, DDB, `signer-tables-${table}`), key, value),
});

const insecure: Case[] = [
    {
        ...grant("prod", "DeleteItem on anti-slashing", {
            Action: "dynamodb:DeleteItem",
            Resource: TABLE("prod", "anti-slashing"),
        }),
        refused:
            /^role custody-prod-signer → statement #5 of RolePolicy custody-prod-signer-access allows dynamodb:DeleteItem on arn:aws:dynamodb:eu-west-1:111111111111:table\/custody-prod-anti-slashing, reaching table custody-prod-anti-slashing: not in workload signer's allow entries/,
        policy: "custody-effective-access",
    },
    {
        ...grant("dev", "DeleteItem on anti-slashing (dev)", {
            Action: "dynamodb:DeleteItem",
            Resource: TABLE("dev", "anti-slashing"),
        }),
        refused:
            /^role custody-dev-signer → statement #5 of RolePolicy custody-dev-signer-access allows dynamodb:DeleteItem on arn:aws:dynamodb:eu-west-1:111111111111:table\/custody-dev-anti-slashing, reaching table custody-dev-anti-slashing: not in workload signer's allow entries/,
        policy: "custody-effective-access",
    },
    {
        ...grant("prod", "PartiQLDelete on anti-slashing", {
            Action: "dynamodb:PartiQLDelete",
            Resource: TABLE("prod", "anti-slashing"),
        }),
        refused:
            /^role custody-prod-signer → statement #5 of RolePolicy custody-prod-signer-access allows dynamodb:PartiQLDelete on arn:aws:dynamodb:eu-west-1:111111111111:table\/custody-prod-anti-slashing, reaching table custody-prod-anti-slashing: not in workload signer's allow entries/,
        policy: "custody-effective-access",
    },
    {
        ...grant("prod", "PartiQLUpdate on signer-state", {
            Action: "dynamodb:PartiQLUpdate",
            Resource: TABLE("prod", "signer-state"),
        }),
        refused:
            /^role custody-prod-signer → statement #5 of RolePolicy custody-prod-signer-access allows dynamodb:PartiQLUpdate on arn:aws:dynamodb:eu-west-1:111111111111:table\/custody-prod-signer-state, reaching table custody-prod-signer-state: not in workload signer's allow entries/,
        policy: "custody-effective-access",
    },
    {
        ...grant("prod", "BatchWriteItem on signer-state", {
            Action: "dynamodb:BatchWriteItem",
            Resource: TABLE("prod", "signer-state"),
        }),
        refused:
            /^role custody-prod-signer → statement #5 of RolePolicy custody-prod-signer-access allows dynamodb:BatchWriteItem on arn:aws:dynamodb:eu-west-1:111111111111:table\/custody-prod-signer-state, reaching table custody-prod-signer-state: not in workload signer's allow entries/,
        policy: "custody-effective-access",
    },
    {
        ...grant("prod", "Scan on keystore", { Action: "dynamodb:Scan", Resource: TABLE("prod", "keystore") }),
        refused:
            /^role custody-prod-signer → statement #5 of RolePolicy custody-prod-signer-access allows dynamodb:Scan on arn:aws:dynamodb:eu-west-1:111111111111:table\/custody-prod-keystore, reaching table custody-prod-keystore: not in workload signer's allow entries/,
        policy: "custody-effective-access",
    },
    {
        ...grant("prod", "DeleteTable on keystore", {
            Action: "dynamodb:DeleteTable",
            Resource: TABLE("prod", "keystore"),
        }),
        refused:
            /^role custody-prod-signer → statement #5 of RolePolicy custody-prod-signer-access allows dynamodb:DeleteTable on arn:aws:dynamodb:eu-west-1:111111111111:table\/custody-prod-keystore, reaching table custody-prod-keystore: not in workload signer's allow entries/,
        policy: "custody-effective-access",
    },
    {
        ...grant("prod", "UpdateTable via table prefix wildcard", {
            Action: "dynamodb:UpdateTable",
            Resource: `arn:aws:dynamodb:eu-west-1:${PROD}:table/custody-prod-*`,
        }),
        refused:
            /^role custody-prod-signer → statement #5 of RolePolicy custody-prod-signer-access allows dynamodb:UpdateTable on arn:aws:dynamodb:eu-west-1:111111111111:table\/custody-prod-\*, reaching table custody-prod-anti-slashing, table custody-prod-keystore, table custody-prod-signer-state: not in workload signer's allow entries/,
        policy: "custody-effective-access",
    },
    {
        ...grant("prod", "DeleteItem via ? wildcard", {
            Action: "dynamodb:DeleteItem",
            Resource: `arn:aws:dynamodb:eu-west-1:${PROD}:table/custody-prod-anti-slashin?`,
        }),
        refused:
            /^role custody-prod-signer → statement #5 of RolePolicy custody-prod-signer-access allows dynamodb:DeleteItem on arn:aws:dynamodb:eu-west-1:111111111111:table\/custody-prod-anti-slashin\?, reaching table custody-prod-anti-slashing: not in workload signer's allow entries/,
        policy: "custody-effective-access",
    },
    {
        ...grant("prod", "DeleteItem with NotResource", {
            Action: "dynamodb:DeleteItem",
            NotResource: TABLE("prod", "keystore"),
        }),
        refused:
            /^role custody-prod-signer → statement #5 of RolePolicy custody-prod-signer-access allows dynamodb:DeleteItem on NotResource arn:aws:dynamodb:eu-west-1:111111111111:table\/custody-prod-keystore, reaching table custody-prod-anti-slashing, table custody-prod-signer-state: not in workload signer's allow entries/,
        policy: "custody-effective-access",
    },
    {
        ...grant("prod", "NotAction on anti-slashing", {
            NotAction: ["dynamodb:GetItem"],
            Resource: TABLE("prod", "anti-slashing"),
        }),
        refused:
            /^role custody-prod-signer → statement #5 of RolePolicy custody-prod-signer-access allows dynamodb:AssociateTableReplica, .* on arn:aws:dynamodb:eu-west-1:111111111111:table\/custody-prod-anti-slashing, reaching table custody-prod-anti-slashing: not in workload signer's allow entries/,
        policy: "custody-effective-access",
    },
    {
        ...grant("prod", "UpdateContinuousBackups (PITR off)", {
            Action: "dynamodb:UpdateContinuousBackups",
            Resource: TABLE("prod", "anti-slashing"),
        }),
        refused:
            /^role custody-prod-signer → statement #5 of RolePolicy custody-prod-signer-access allows dynamodb:UpdateContinuousBackups on arn:aws:dynamodb:eu-west-1:111111111111:table\/custody-prod-anti-slashing, reaching table custody-prod-anti-slashing: not in workload signer's allow entries/,
        policy: "custody-effective-access",
    },
    {
        ...grant("prod", "ExportTableToPointInTime", {
            Action: "dynamodb:ExportTableToPointInTime",
            Resource: TABLE("prod", "anti-slashing"),
        }),
        refused:
            /^role custody-prod-signer → statement #5 of RolePolicy custody-prod-signer-access allows dynamodb:ExportTableToPointInTime on arn:aws:dynamodb:eu-west-1:111111111111:table\/custody-prod-anti-slashing, reaching table custody-prod-anti-slashing: not in workload signer's allow entries/,
        policy: "custody-effective-access",
    },
    {
        ...grant("prod", "PutResourcePolicy", {
            Action: "dynamodb:PutResourcePolicy",
            Resource: TABLE("prod", "anti-slashing"),
        }),
        refused:
            /^role custody-prod-signer → statement #5 of RolePolicy custody-prod-signer-access allows dynamodb:PutResourcePolicy on arn:aws:dynamodb:eu-west-1:111111111111:table\/custody-prod-anti-slashing, reaching table custody-prod-anti-slashing: not in workload signer's allow entries/,
        policy: "custody-effective-access",
    },
    {
        ...grant("prod", "stream read GetRecords", {
            Action: "dynamodb:GetRecords",
            Resource: `${TABLE("prod", "anti-slashing")}/stream/*`,
        }),
        refused:
            /^role custody-prod-signer → statement #5 of RolePolicy custody-prod-signer-access allows dynamodb:GetRecords on arn:aws:dynamodb:eu-west-1:111111111111:table\/custody-prod-anti-slashing\/stream\/\*, reaching table custody-prod-anti-slashing: not in workload signer's allow entries/,
        policy: "custody-effective-access",
    },
    {
        ...grant("prod", "Query on anti-slashing index", {
            Action: "dynamodb:Query",
            Resource: `${TABLE("prod", "anti-slashing")}/index/*`,
        }),
        refused:
            /^role custody-prod-signer → statement #5 of RolePolicy custody-prod-signer-access allows dynamodb:Query on arn:aws:dynamodb:eu-west-1:111111111111:table\/custody-prod-anti-slashing\/index\/\*, reaching table custody-prod-anti-slashing: not in workload signer's allow entries/,
        policy: "custody-effective-access",
    },
    {
        ...grant("prod", "mixed-case ARN DeleteItem", {
            Action: "DynamoDB:deleteitem",
            Resource: TABLE("prod", "anti-slashing"),
        }),
        refused:
            /^role custody-prod-signer → statement #5 of RolePolicy custody-prod-signer-access allows dynamodb:DeleteItem on arn:aws:dynamodb:eu-west-1:111111111111:table\/custody-prod-anti-slashing, reaching table custody-prod-anti-slashing: not in workload signer's allow entries/,
        policy: "custody-effective-access",
    },
    {
        ...grant("prod", "DeleteItem with a non-restricting condition", {
            Action: "dynamodb:DeleteItem",
            Resource: TABLE("prod", "anti-slashing"),
            Condition: { StringEqualsIfExists: { "dynamodb:LeadingKeys": "x" } },
        }),
        refused:
            /^role custody-prod-signer → statement #5 of RolePolicy custody-prod-signer-access allows dynamodb:DeleteItem on arn:aws:dynamodb:eu-west-1:111111111111:table\/custody-prod-anti-slashing, reaching table custody-prod-anti-slashing: not in workload signer's allow entries/,
        policy: "custody-effective-access",
    },
    {
        ...setTable(
            "prod",
            "resource policy: * pinned to own account can PutItem",
            "anti-slashing",
            "resourcePolicy",
            doc({
                Effect: "Allow",
                Principal: { AWS: "*" },
                Action: "dynamodb:PutItem",
                Resource: TABLE("prod", "anti-slashing"),
                Condition: { StringEquals: { "aws:PrincipalAccount": PROD } },
            }),
        ),
        refused:
            /^every identity of account 111111111111 \("\*" pinned only by StringEquals aws:PrincipalAccount = 111111111111\) → dynamodb:PutItem on table custody-prod-anti-slashing \(statement 1 of resourcePolicy of table custody-prod-anti-slashing/,
        policy: "custody-effective-access",
    },
    {
        ...setTable(
            "prod",
            "resource policy: own account root DeleteItem",
            "anti-slashing",
            "resourcePolicy",
            doc({
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${PROD}:root` },
                Action: "dynamodb:DeleteItem",
                Resource: TABLE("prod", "anti-slashing"),
            }),
        ),
        refused:
            /^account 111111111111 \(any identity its IAM policies allow\) → dynamodb:DeleteItem on table custody-prod-anti-slashing \(statement 1 of resourcePolicy of table custody-prod-anti-slashing \(names arn:aws:iam::111111111111:root\)/,
        policy: "custody-effective-access",
    },
    {
        ...setTable(
            "prod",
            "resource policy: signer role DeleteItem",
            "anti-slashing",
            "resourcePolicy",
            doc({
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${PROD}:role/custody-prod-signer` },
                Action: "dynamodb:DeleteItem",
                Resource: TABLE("prod", "anti-slashing"),
            }),
        ),
        refused:
            /^role custody-prod-signer → dynamodb:DeleteItem on table custody-prod-anti-slashing \(statement 1 of resourcePolicy of table custody-prod-anti-slashing .*: not in workload signer's allow entries for this asset/,
        policy: "custody-effective-access",
    },
    {
        ...setTable(
            "prod",
            "resource policy: foreign account via PrincipalOrgID",
            "keystore",
            "resourcePolicy",
            doc({
                Effect: "Allow",
                Principal: "*",
                Action: "dynamodb:GetItem",
                Resource: TABLE("prod", "keystore"),
                Condition: { StringEquals: { "aws:PrincipalOrgID": "o-abc" } },
            }),
        ),
        refused:
            /^every account of organization o-abc → dynamodb:GetItem on table custody-prod-keystore \(statement 1 of resourcePolicy of table custody-prod-keystore/,
        policy: "custody-effective-access",
    },
    {
        ...setTable("prod", "SSE with a foreign key", "keystore", "serverSideEncryption", {
            enabled: true,
            kmsKeyArn: "arn:aws:kms:eu-west-1:999999999999:key/00000000-0000-0000-0000-000000000000",
        }),
        refused:
            /^table custody-prod-keystore is encrypted with arn:aws:kms:eu-west-1:999999999999:key\/00000000-0000-0000-0000-000000000000, a key this stack does not manage/,
        policy: "custody-tables",
    },
    {
        ...setTable("prod", "SSE with a share key (stack-managed, wrong)", "keystore", "serverSideEncryption", {
            enabled: true,
            kmsKeyArn: "arn:aws:kms:eu-west-1:111111111111:alias/custody-infra/prod/share-1",
        }),
        refused:
            /^table custody-prod-keystore is encrypted with key alias\/custody-infra\/prod\/share-1, the custody model says arn:aws:kms:eu-west-1:111111111111:alias\/custody-infra\/prod\/signer-tables/,
        policy: "custody-tables",
    },
    {
        ...setTable("prod", "SSE with a foreign alias ARN", "keystore", "serverSideEncryption", {
            enabled: true,
            kmsKeyArn: "arn:aws:kms:eu-west-1:999999999999:alias/x",
        }),
        refused:
            /^table custody-prod-keystore is encrypted with arn:aws:kms:eu-west-1:999999999999:alias\/x, a key this stack does not manage/,
        policy: "custody-tables",
    },
    {
        ...setTable("prod", "SSE AWS-owned", "keystore", "serverSideEncryption", { enabled: false }),
        refused:
            /^table custody-prod-keystore is not encrypted with a customer managed key \(serverSideEncryption\.enabled is not true\)/,
        policy: "custody-tables",
    },
    {
        ...setTable("prod", "SSE property removed", "keystore", "serverSideEncryption", undefined),
        refused:
            /^table custody-prod-keystore is not encrypted with a customer managed key \(serverSideEncryption\.enabled is not true\)/,
        policy: "custody-tables",
    },
    {
        ...setTable("prod", "PITR 1 day", "anti-slashing", "pointInTimeRecovery", {
            enabled: true,
            recoveryPeriodInDays: 1,
        }),
        refused:
            /^table custody-prod-anti-slashing: pointInTimeRecovery\.recoveryPeriodInDays is 1; keep the full 35 days/,
        policy: "custody-tables",
    },
    {
        ...setTable("prod", "PITR disabled", "anti-slashing", "pointInTimeRecovery", { enabled: false }),
        refused: /^pointInTimeRecovery\.enabled must be true$/,
        policy: "dynamodb-table-safe",
    },
    {
        ...setTable("prod", "PITR removed", "anti-slashing", "pointInTimeRecovery", undefined),
        refused: /^pointInTimeRecovery\.enabled must be true$/,
        policy: "dynamodb-table-safe",
    },
    {
        ...setTable("prod", "replica with a foreign key", "anti-slashing", "replicas", [
            {
                regionName: "us-east-1",
                kmsKeyArn: "arn:aws:kms:us-east-1:999999999999:key/00000000-0000-0000-0000-000000000000",
            },
        ]),
        refused: /^replicas\[0\] \(us-east-1\): pointInTimeRecovery must be true$/,
        policy: "dynamodb-table-safe",
    },
    {
        name: "TableReplica with a foreign key",
        stack: "prod",
        edit: r => {
            const t = find(r, DDB, "signer-tables-anti-slashing");
            r.push(
                resourceLike(t, "aws:dynamodb/tableReplica:TableReplica", "rep", {
                    globalTableArn: TABLE("prod", "anti-slashing"),
                    kmsKeyArn: "arn:aws:kms:us-east-1:999999999999:key/00000000-0000-0000-0000-000000000000",
                    pointInTimeRecovery: false,
                    region: "us-east-1",
                }),
            );
        },
        refused: /^pointInTimeRecovery must be true on the table replica$/,
        policy: "dynamodb-table-safe",
    },
    {
        name: "TableExport to a foreign bucket owner",
        stack: "prod",
        edit: r => {
            const t = find(r, DDB, "signer-tables-anti-slashing");
            r.push(
                resourceLike(t, "aws:dynamodb/tableExport:TableExport", "exp", {
                    tableArn: TABLE("prod", "anti-slashing"),
                    s3Bucket: "evil",
                    s3BucketOwner: "999999999999",
                }),
            );
        },
        refused:
            /^TableExport exp → table custody-prod-anti-slashing exported to S3 bucket evil of account 999999999999, outside the custody accounts/,
        policy: "custody-tables",
    },
    {
        name: "Kinesis streaming to a foreign stream",
        stack: "prod",
        edit: r => {
            const t = find(r, DDB, "signer-tables-anti-slashing");
            r.push(
                resourceLike(t, "aws:dynamodb/kinesisStreamingDestination:KinesisStreamingDestination", "kin", {
                    tableName: "custody-prod-anti-slashing",
                    streamArn: "arn:aws:kinesis:eu-west-1:999999999999:stream/x",
                }),
            );
        },
        refused:
            /^KinesisStreamingDestination kin → table custody-prod-anti-slashing streams to arn:aws:kinesis:eu-west-1:999999999999:stream\/x, outside the custody accounts/,
        policy: "custody-tables",
    },
    {
        name: "ResourcePolicy resource admitting a foreign account",
        stack: "prod",
        edit: r => {
            const t = find(r, DDB, "signer-tables-anti-slashing");
            r.push(
                resourceLike(t, "aws:dynamodb/resourcePolicy:ResourcePolicy", "rp", {
                    resourceArn: TABLE("prod", "anti-slashing"),
                    policy: doc({
                        Effect: "Allow",
                        Principal: { AWS: "arn:aws:iam::999999999999:root" },
                        Action: "dynamodb:GetItem",
                        Resource: TABLE("prod", "anti-slashing"),
                    }),
                }),
            );
        },
        refused:
            /^account 999999999999 \(any identity its IAM policies allow\) → dynamodb:GetItem on table custody-prod-anti-slashing \(statement 1 of ResourcePolicy rp \(names arn:aws:iam::999999999999:root\)/,
        policy: "custody-effective-access",
    },
    {
        name: "an undeclared table with AWS-owned encryption",
        stack: "prod",
        edit: r => {
            const t = find(r, DDB, "signer-tables-anti-slashing");
            r.push(
                resourceLike(t, DDB, "shadow", {
                    ...(t.outputs ?? t.inputs),
                    name: "shadow",
                    arn: TABLE("prod", "shadow").replace("custody-prod-", ""),
                    serverSideEncryption: { enabled: false },
                }),
            );
        },
        refused:
            /^table shadow \(arn:aws:dynamodb:eu-west-1:111111111111:table\/shadow\) is not in the custody model's tables/,
        policy: "custody-tables",
    },
    {
        ...setTable("prod", "PITR window as a string", "anti-slashing", "pointInTimeRecovery", {
            enabled: true,
            recoveryPeriodInDays: "1",
        }),
        refused:
            /^table custody-prod-anti-slashing: pointInTimeRecovery\.recoveryPeriodInDays is "1"; keep the full 35 days/,
        policy: "custody-tables",
    },
    {
        ...setTable("prod", "replica with PITR off", "anti-slashing", "replicas", [
            { regionName: "us-east-1", pointInTimeRecovery: false },
        ]),
        refused: /^replicas\[0\] \(us-east-1\): pointInTimeRecovery must be true$/,
        policy: "dynamodb-table-safe",
    },
    {
        ...setTable("prod", "TTL on anti-slashing", "anti-slashing", "ttl", {
            enabled: true,
            attributeName: "expires",
        }),
        refused:
            /^table custody-prod-anti-slashing: ttl is enabled \(attribute "expires"\): Time to Live deletes custody records/,
        policy: "custody-tables",
    },
    {
        ...setTable("prod", "deletion protection off", "anti-slashing", "deletionProtectionEnabled", false),
        refused: /^deletionProtectionEnabled must be true$/,
        policy: "dynamodb-table-safe",
    },
    {
        ...setTable(
            "prod",
            "resource policy: PrincipalArn wildcard pin",
            "anti-slashing",
            "resourcePolicy",
            doc({
                Effect: "Allow",
                Principal: "*",
                Action: "dynamodb:DeleteItem",
                Resource: TABLE("prod", "anti-slashing"),
                Condition: { ArnLike: { "aws:PrincipalArn": `arn:aws:iam::${PROD}:role/custody-prod-*` } },
            }),
        ),
        refused:
            /^every identity of account 111111111111 \("\*" with aws:PrincipalArn like arn:aws:iam::111111111111:role\/custody-prod-\*\) → dynamodb:DeleteItem on table custody-prod-anti-slashing \(statement 1 of resourcePolicy of table custody-prod-anti-slashing/,
        policy: "custody-effective-access",
    },
    {
        ...setTable(
            "prod",
            "resource policy: negated account condition",
            "anti-slashing",
            "resourcePolicy",
            doc({
                Effect: "Allow",
                Principal: "*",
                Action: "dynamodb:GetItem",
                Resource: TABLE("prod", "anti-slashing"),
                Condition: { StringNotEquals: { "aws:PrincipalAccount": "999999999999" } },
            }),
        ),
        refused:
            /^anyone \("\*" without a condition naming the caller\) → dynamodb:GetItem on table custody-prod-anti-slashing \(statement 1 of resourcePolicy of table custody-prod-anti-slashing/,
        policy: "custody-effective-access",
    },
    {
        ...setTable(
            "prod",
            "resource policy: SourceVpce only",
            "anti-slashing",
            "resourcePolicy",
            doc({
                Effect: "Allow",
                Principal: "*",
                Action: "dynamodb:GetItem",
                Resource: TABLE("prod", "anti-slashing"),
                Condition: { StringEquals: { "aws:SourceVpce": "vpce-1" } },
            }),
        ),
        refused:
            /^anyone \("\*" without a condition naming the caller\) → dynamodb:GetItem on table custody-prod-anti-slashing \(statement 1 of resourcePolicy of table custody-prod-anti-slashing/,
        policy: "custody-effective-access",
    },
    {
        ...setTable(
            "prod",
            "resource policy: Resource * ",
            "anti-slashing",
            "resourcePolicy",
            doc({
                Effect: "Allow",
                Principal: { AWS: "arn:aws:iam::999999999999:root" },
                Action: "dynamodb:*",
                Resource: "*",
            }),
        ),
        refused:
            /^account 999999999999 \(any identity its IAM policies allow\) → dynamodb:AssociateTableReplica, .* on table custody-prod-anti-slashing \(statement 1 of resourcePolicy of table custody-prod-anti-slashing \(names arn:aws:iam::999999999999:root\)/,
        policy: "custody-effective-access",
    },
    {
        ...setTable("prod", "SSE key id of a foreign key (bare uuid)", "keystore", "serverSideEncryption", {
            enabled: true,
            kmsKeyArn: "00000000-0000-0000-0000-000000000000",
        }),
        refused:
            /^table custody-prod-keystore is encrypted with 00000000-0000-0000-0000-000000000000, a key this stack does not manage/,
        policy: "custody-tables",
    },
    {
        ...setTable("prod", "SSE the table key ARN in another region", "keystore", "serverSideEncryption", {
            enabled: true,
            kmsKeyArn: "arn:aws:kms:us-east-1:111111111111:key/1410d6b4-da14-4683-a7ca-130695bf6084",
        }),
        refused:
            /^table custody-prod-keystore is encrypted with arn:aws:kms:us-east-1:111111111111:key\/1410d6b4-da14-4683-a7ca-130695bf6084, a key this stack does not manage/,
        policy: "custody-tables",
    },
    {
        name: "TableExport without an owner to a foreign bucket",
        stack: "prod",
        edit: r => {
            const t = find(r, DDB, "signer-tables-anti-slashing");
            r.push(
                resourceLike(t, "aws:dynamodb/tableExport:TableExport", "exp", {
                    tableArn: TABLE("prod", "anti-slashing"),
                    s3Bucket: "evil-bucket-of-999999999999",
                }),
            );
        },
        refused:
            /^TableExport exp → table custody-prod-anti-slashing exports to S3 bucket evil-bucket-of-999999999999 without s3BucketOwner/,
        policy: "custody-tables",
    },
    {
        name: "ResourcePolicy on the stream ARN for a foreign account",
        stack: "prod",
        edit: r => {
            const t = find(r, DDB, "signer-tables-anti-slashing");
            const stream = `${TABLE("prod", "anti-slashing")}/stream/2026-01-01T00:00:00.000`;
            r.push(
                resourceLike(t, "aws:dynamodb/resourcePolicy:ResourcePolicy", "rp", {
                    resourceArn: stream,
                    policy: doc({
                        Effect: "Allow",
                        Principal: { AWS: "arn:aws:iam::999999999999:root" },
                        Action: "dynamodb:GetRecords",
                        Resource: stream,
                    }),
                }),
            );
        },
        refused: /^statement #1 grants arn:aws:iam::999999999999:root, outside the table's account 111111111111$/,
        policy: "dynamodb-resource-policy-safe",
    },
    {
        name: "legacy GlobalTable replicating anti-slashing",
        stack: "prod",
        edit: r => {
            const t = find(r, DDB, "signer-tables-anti-slashing");
            r.push(
                resourceLike(t, "aws:dynamodb/globalTable:GlobalTable", "gt", {
                    name: "custody-prod-anti-slashing",
                    replicas: [{ regionName: "eu-west-1" }, { regionName: "ap-south-1" }],
                }),
            );
        },
        refused:
            /^GlobalTable gt \(legacy global table of table custody-prod-anti-slashing\) replicates into same-named tables/,
        policy: "custody-tables",
    },
    {
        name: "TableReplica with the stack key but PITR off",
        stack: "prod",
        edit: r => {
            const t = find(r, DDB, "signer-tables-anti-slashing");
            r.push(
                resourceLike(
                    t,
                    "aws:dynamodb/tableReplica:TableReplica",
                    "rep",
                    {
                        globalTableArn: TABLE("prod", "anti-slashing"),
                        pointInTimeRecovery: false,
                        region: "eu-central-1",
                    },
                    { opts: { protect: true, retainOnDelete: true } } as any,
                ),
            );
        },
        refused: /^pointInTimeRecovery must be true on the table replica$/,
        policy: "dynamodb-table-safe",
    },
    {
        ...grant("curity", "Curity prefix widened to table/cur*", {
            Action: "dynamodb:GetItem",
            Resource: "arn:aws:dynamodb:eu-west-1:555555555555:table/cur*",
        }),
        refused:
            /^role curity-dynamo-irsa → statement #2 of RolePolicy curity-dynamo-irsa-access allows dynamodb:GetItem on arn:aws:dynamodb:eu-west-1:555555555555:table\/cur\*: not in workload curity's allow entries/,
        policy: "custody-grants-within-model",
    },
    {
        ...grant("curity", "Curity reaching a custody account", {
            Action: "dynamodb:GetItem",
            Resource: "arn:aws:dynamodb:eu-west-1:111111111111:table/curity-*",
        }),
        refused:
            /^role curity-dynamo-irsa → statement #2 of RolePolicy curity-dynamo-irsa-access allows dynamodb:GetItem on arn:aws:dynamodb:eu-west-1:111111111111:table\/curity-\*: not in workload curity's allow entries/,
        policy: "custody-grants-within-model",
    },
    {
        ...grant("curity", "Curity any region", {
            Action: "dynamodb:GetItem",
            Resource: "arn:aws:dynamodb:*:555555555555:table/curity-*",
        }),
        refused:
            /^role curity-dynamo-irsa → statement #2 of RolePolicy curity-dynamo-irsa-access allows dynamodb:GetItem on arn:aws:dynamodb:\*:555555555555:table\/curity-\*: not in workload curity's allow entries/,
        policy: "custody-grants-within-model",
    },
    {
        ...grant("curity", "Curity DeleteTable", {
            Action: "dynamodb:DeleteTable",
            Resource: "arn:aws:dynamodb:eu-west-1:555555555555:table/curity-*",
        }),
        refused:
            /^role curity-dynamo-irsa → statement #2 of RolePolicy curity-dynamo-irsa-access allows dynamodb:DeleteTable on arn:aws:dynamodb:eu-west-1:555555555555:table\/curity-\*: not in workload curity's allow entries/,
        policy: "custody-effective-access",
    },
    {
        ...grant("curity", "Curity PartiQL", {
            Action: "dynamodb:PartiQL*",
            Resource: "arn:aws:dynamodb:eu-west-1:555555555555:table/curity-*",
        }),
        refused:
            /^role curity-dynamo-irsa → statement #2 of RolePolicy curity-dynamo-irsa-access allows dynamodb:PartiQLDelete, dynamodb:PartiQLInsert, dynamodb:PartiQLSelect, dynamodb:PartiQLUpdate on arn:aws:dynamodb:eu-west-1:555555555555:table\/curity-\*: not in workload curity's allow entries/,
        policy: "custody-effective-access",
    },
    {
        ...grant("curity", "Curity BatchWriteItem", {
            Action: "dynamodb:BatchWriteItem",
            Resource: "arn:aws:dynamodb:eu-west-1:555555555555:table/curity-*",
        }),
        refused:
            /^role curity-dynamo-irsa → statement #2 of RolePolicy curity-dynamo-irsa-access allows dynamodb:BatchWriteItem on arn:aws:dynamodb:eu-west-1:555555555555:table\/curity-\*: not in workload curity's allow entries/,
        policy: "custody-effective-access",
    },
    {
        ...grant("cross-account", "cross-account PutItem on my-table", {
            Action: "dynamodb:PutItem",
            Resource: "arn:aws:dynamodb:us-east-1:666666666666:table/my-table",
        }),
        refused:
            /^EC2 instances of account 777777777777 → sts:AssumeRole \(trust statement 1 of instance-role: Service ec2\.amazonaws\.com\) → role instance-role → sts:AssumeRole \(trust statement 1 of accountb-instance-role-dynamodb: names arn:aws:iam::777777777777:role\/instance-role\) → role accountb-instance-role-dynamodb → statement #3 of RolePolicy accountb-instance-role-dynamodb-access allows dynamodb:PutItem on arn:aws:dynamodb:us-east-1:666666666666:table\/my-table, reaching table my-table \(outside this stack\): not in workload cross-account-access's allow entries/,
        policy: "custody-effective-access",
    },
    {
        ...grant("cross-account", "cross-account any table", {
            Action: "dynamodb:GetItem",
            Resource: "arn:aws:dynamodb:us-east-1:666666666666:table/*",
        }),
        refused:
            /^EC2 instances of account 777777777777 → sts:AssumeRole \(trust statement 1 of instance-role: Service ec2\.amazonaws\.com\) → role instance-role → sts:AssumeRole \(trust statement 1 of accountb-instance-role-dynamodb: names arn:aws:iam::777777777777:role\/instance-role\) → role accountb-instance-role-dynamodb → statement #3 of RolePolicy accountb-instance-role-dynamodb-access allows dynamodb:GetItem on arn:aws:dynamodb:us-east-1:666666666666:table\/\*, reaching table my-table \(outside this stack\): not in workload cross-account-access's allow entries/,
        policy: "custody-effective-access",
    },
    {
        ...grant("cross-account", "cross-account Encrypt", {
            Action: "kms:Encrypt",
            Resource: "arn:aws:kms:us-east-1:666666666666:key/*",
        }),
        refused:
            /^EC2 instances of account 777777777777 → sts:AssumeRole \(trust statement 1 of instance-role: Service ec2\.amazonaws\.com\) → role instance-role → sts:AssumeRole \(trust statement 1 of accountb-instance-role-dynamodb: names arn:aws:iam::777777777777:role\/instance-role\) → role accountb-instance-role-dynamodb → statement #3 of RolePolicy accountb-instance-role-dynamodb-access allows kms:Encrypt on arn:aws:kms:us-east-1:666666666666:key\/\*, reaching key alias\/custody-infra\/cross-account\/cross-account-data: not in workload cross-account-access's allow entries/,
        policy: "custody-effective-access",
    },
    {
        name: "cross-account access role trusts the caller account root",
        stack: "cross-account",
        edit: r =>
            addStatements(find(r, "aws:iam/role:Role", "cross-account-access"), "assumeRolePolicy", {
                Effect: "Allow",
                Principal: { AWS: "777777777777" },
                Action: "sts:AssumeRole",
            }),
        refused:
            /^account 777777777777 \(any identity its IAM policies allow\) → sts:AssumeRole \(trust statement 2 of accountb-instance-role-dynamodb: names arn:aws:iam::777777777777:root\) → role accountb-instance-role-dynamodb → kms:Decrypt on key alias\/custody-infra\/cross-account\/cross-account-data/,
        policy: "custody-effective-access",
    },
];

const secure: Case[] = [
    grant("prod", "secure: the signer's GetItem again, lower-case", {
        Action: "dynamodb:getitem",
        Resource: TABLE("prod", "anti-slashing"),
    }),
    grant("prod", "secure: a Deny of DeleteItem on anti-slashing", {
        Effect: "Deny",
        Action: "dynamodb:DeleteItem",
        Resource: TABLE("prod", "anti-slashing"),
    }),
    setTable("prod", "secure: SSE by the table key alias name", "keystore", "serverSideEncryption", {
        enabled: true,
        kmsKeyArn: "alias/custody-infra/prod/signer-tables",
    }),
    setTable(
        "prod",
        "secure: resource policy * pinned to the signer ARN",
        "anti-slashing",
        "resourcePolicy",
        doc({
            Effect: "Allow",
            Principal: "*",
            Action: "dynamodb:GetItem",
            Resource: TABLE("prod", "anti-slashing"),
            Condition: { ArnEquals: { "aws:PrincipalArn": `arn:aws:iam::${PROD}:role/custody-prod-signer` } },
        }),
    ),
    {
        name: "secure: TableExport to a bucket of the custody account",
        stack: "prod",
        edit: r => {
            const t = find(r, DDB, "signer-tables-anti-slashing");
            r.push(
                resourceLike(t, "aws:dynamodb/tableExport:TableExport", "exp", {
                    tableArn: TABLE("prod", "anti-slashing"),
                    s3Bucket: "backup",
                    s3BucketOwner: PROD,
                }),
            );
        },
    },
    grant("prod", "secure: Query on the keystore's named index", {
        Action: "dynamodb:Query",
        Resource: `${TABLE("prod", "keystore")}/index/status-shard-index`,
    }),
    setTable("prod", "secure: PITR 35 days explicit", "anti-slashing", "pointInTimeRecovery", {
        enabled: true,
        recoveryPeriodInDays: 35,
    }),
    {
        name: "secure: SSE via the table key's alias ARN",
        stack: "prod",
        edit: r => {
            const t = find(r, DDB, "signer-tables-keystore");
            setProp(t, "serverSideEncryption", {
                enabled: true,
                kmsKeyArn: "arn:aws:kms:eu-west-1:111111111111:alias/custody-infra/prod/signer-tables",
            });
        },
    },
    setTable(
        "prod",
        "secure: resource policy naming the signer for GetItem",
        "anti-slashing",
        "resourcePolicy",
        doc({
            Effect: "Allow",
            Principal: { AWS: `arn:aws:iam::${PROD}:role/custody-prod-signer` },
            Action: "dynamodb:GetItem",
            Resource: TABLE("prod", "anti-slashing"),
        }),
    ),
    setTable(
        "prod",
        "secure: resource policy denying foreign DeleteItem",
        "anti-slashing",
        "resourcePolicy",
        doc({
            Effect: "Deny",
            Principal: "*",
            Action: "dynamodb:DeleteItem",
            Resource: TABLE("prod", "anti-slashing"),
        }),
    ),
    grant("curity", "secure: Curity GetItem on one table", {
        Action: "dynamodb:GetItem",
        Resource: "arn:aws:dynamodb:eu-west-1:555555555555:table/curity-sessions",
    }),
    grant("cross-account", "secure: cross-account GetItem on one index", {
        Action: "dynamodb:Query",
        Resource: "arn:aws:dynamodb:us-east-1:666666666666:table/my-table/index/by-date",
    }),
];

describe("red team: DynamoDB custody", () => {
    describe("insecure variants are refused (by the rule that names them)", () => {
        for (const c of insecure)
            it(`${c.stack}: ${c.name}`, async () => {
                assert.ok(c.refused && c.policy, "an insecure case names its refusal (refused and policy)");
                const r = await stackResources(c.stack);
                c.edit(r);
                assertRefused(await runWholePack(c.stack, r), c.refused, c.policy);
            });
    });
    describe("secure variants pass", () => {
        for (const c of secure)
            it(`${c.stack}: ${c.name}`, async () => {
                const r = await stackResources(c.stack);
                c.edit(r);
                assertClean(await runWholePack(c.stack, r));
            });
    });
});
