// Red-team round on DynamoDB custody (tables of seed 000, Curity's prefix, the cross-account access role): each
// insecure variant of a committed stack must be refused by the whole pack; each secure variant must pass.
import { strict as assert } from "assert";
import {
    addStatements,
    doc,
    find,
    assertClean,
    assertRefused,
    mandatoryOf,
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

type Case = { name: string; stack: string; edit: (r: Resources) => void };

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
    grant("prod", "DeleteItem on anti-slashing", {
        Action: "dynamodb:DeleteItem",
        Resource: TABLE("prod", "anti-slashing"),
    }),
    grant("dev", "DeleteItem on anti-slashing (dev)", {
        Action: "dynamodb:DeleteItem",
        Resource: TABLE("dev", "anti-slashing"),
    }),
    grant("prod", "PartiQLDelete on anti-slashing", {
        Action: "dynamodb:PartiQLDelete",
        Resource: TABLE("prod", "anti-slashing"),
    }),
    grant("prod", "PartiQLUpdate on signer-state", {
        Action: "dynamodb:PartiQLUpdate",
        Resource: TABLE("prod", "signer-state"),
    }),
    grant("prod", "BatchWriteItem on signer-state", {
        Action: "dynamodb:BatchWriteItem",
        Resource: TABLE("prod", "signer-state"),
    }),
    grant("prod", "Scan on keystore", { Action: "dynamodb:Scan", Resource: TABLE("prod", "keystore") }),
    grant("prod", "DeleteTable on keystore", { Action: "dynamodb:DeleteTable", Resource: TABLE("prod", "keystore") }),
    grant("prod", "UpdateTable via table prefix wildcard", {
        Action: "dynamodb:UpdateTable",
        Resource: `arn:aws:dynamodb:eu-west-1:${PROD}:table/custody-prod-*`,
    }),
    grant("prod", "DeleteItem via ? wildcard", {
        Action: "dynamodb:DeleteItem",
        Resource: `arn:aws:dynamodb:eu-west-1:${PROD}:table/custody-prod-anti-slashin?`,
    }),
    grant("prod", "DeleteItem with NotResource", {
        Action: "dynamodb:DeleteItem",
        NotResource: TABLE("prod", "keystore"),
    }),
    grant("prod", "NotAction on anti-slashing", {
        NotAction: ["dynamodb:GetItem"],
        Resource: TABLE("prod", "anti-slashing"),
    }),
    grant("prod", "UpdateContinuousBackups (PITR off)", {
        Action: "dynamodb:UpdateContinuousBackups",
        Resource: TABLE("prod", "anti-slashing"),
    }),
    grant("prod", "ExportTableToPointInTime", {
        Action: "dynamodb:ExportTableToPointInTime",
        Resource: TABLE("prod", "anti-slashing"),
    }),
    grant("prod", "PutResourcePolicy", {
        Action: "dynamodb:PutResourcePolicy",
        Resource: TABLE("prod", "anti-slashing"),
    }),
    grant("prod", "stream read GetRecords", {
        Action: "dynamodb:GetRecords",
        Resource: `${TABLE("prod", "anti-slashing")}/stream/*`,
    }),
    grant("prod", "Query on anti-slashing index", {
        Action: "dynamodb:Query",
        Resource: `${TABLE("prod", "anti-slashing")}/index/*`,
    }),
    grant("prod", "mixed-case ARN DeleteItem", {
        Action: "DynamoDB:deleteitem",
        Resource: TABLE("prod", "anti-slashing"),
    }),
    grant("prod", "DeleteItem with a non-restricting condition", {
        Action: "dynamodb:DeleteItem",
        Resource: TABLE("prod", "anti-slashing"),
        Condition: { StringEqualsIfExists: { "dynamodb:LeadingKeys": "x" } },
    }),
    setTable(
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
    setTable(
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
    setTable(
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
    setTable(
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
    setTable("prod", "SSE with a foreign key", "keystore", "serverSideEncryption", {
        enabled: true,
        kmsKeyArn: "arn:aws:kms:eu-west-1:999999999999:key/00000000-0000-0000-0000-000000000000",
    }),
    setTable("prod", "SSE with a share key (stack-managed, wrong)", "keystore", "serverSideEncryption", {
        enabled: true,
        kmsKeyArn: "arn:aws:kms:eu-west-1:111111111111:alias/custody-infra/prod/share-1",
    }),
    setTable("prod", "SSE with a foreign alias ARN", "keystore", "serverSideEncryption", {
        enabled: true,
        kmsKeyArn: "arn:aws:kms:eu-west-1:999999999999:alias/x",
    }),
    setTable("prod", "SSE AWS-owned", "keystore", "serverSideEncryption", { enabled: false }),
    setTable("prod", "SSE property removed", "keystore", "serverSideEncryption", undefined),
    setTable("prod", "PITR 1 day", "anti-slashing", "pointInTimeRecovery", { enabled: true, recoveryPeriodInDays: 1 }),
    setTable("prod", "PITR disabled", "anti-slashing", "pointInTimeRecovery", { enabled: false }),
    setTable("prod", "PITR removed", "anti-slashing", "pointInTimeRecovery", undefined),
    setTable("prod", "replica with a foreign key", "anti-slashing", "replicas", [
        {
            regionName: "us-east-1",
            kmsKeyArn: "arn:aws:kms:us-east-1:999999999999:key/00000000-0000-0000-0000-000000000000",
        },
    ]),
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
    },
    setTable("prod", "PITR window as a string", "anti-slashing", "pointInTimeRecovery", {
        enabled: true,
        recoveryPeriodInDays: "1",
    }),
    setTable("prod", "replica with PITR off", "anti-slashing", "replicas", [
        { regionName: "us-east-1", pointInTimeRecovery: false },
    ]),
    setTable("prod", "TTL on anti-slashing", "anti-slashing", "ttl", { enabled: true, attributeName: "expires" }),
    setTable("prod", "deletion protection off", "anti-slashing", "deletionProtectionEnabled", false),
    setTable(
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
    setTable(
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
    setTable(
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
    setTable(
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
    setTable("prod", "SSE key id of a foreign key (bare uuid)", "keystore", "serverSideEncryption", {
        enabled: true,
        kmsKeyArn: "00000000-0000-0000-0000-000000000000",
    }),
    setTable("prod", "SSE the table key ARN in another region", "keystore", "serverSideEncryption", {
        enabled: true,
        kmsKeyArn: "arn:aws:kms:us-east-1:111111111111:key/1410d6b4-da14-4683-a7ca-130695bf6084",
    }),
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
    },
    grant("curity", "Curity prefix widened to table/cur*", {
        Action: "dynamodb:GetItem",
        Resource: "arn:aws:dynamodb:eu-west-1:555555555555:table/cur*",
    }),
    grant("curity", "Curity reaching a custody account", {
        Action: "dynamodb:GetItem",
        Resource: "arn:aws:dynamodb:eu-west-1:111111111111:table/curity-*",
    }),
    grant("curity", "Curity any region", {
        Action: "dynamodb:GetItem",
        Resource: "arn:aws:dynamodb:*:555555555555:table/curity-*",
    }),
    grant("curity", "Curity DeleteTable", {
        Action: "dynamodb:DeleteTable",
        Resource: "arn:aws:dynamodb:eu-west-1:555555555555:table/curity-*",
    }),
    grant("curity", "Curity PartiQL", {
        Action: "dynamodb:PartiQL*",
        Resource: "arn:aws:dynamodb:eu-west-1:555555555555:table/curity-*",
    }),
    grant("curity", "Curity BatchWriteItem", {
        Action: "dynamodb:BatchWriteItem",
        Resource: "arn:aws:dynamodb:eu-west-1:555555555555:table/curity-*",
    }),
    grant("cross-account", "cross-account PutItem on my-table", {
        Action: "dynamodb:PutItem",
        Resource: "arn:aws:dynamodb:us-east-1:666666666666:table/my-table",
    }),
    grant("cross-account", "cross-account any table", {
        Action: "dynamodb:GetItem",
        Resource: "arn:aws:dynamodb:us-east-1:666666666666:table/*",
    }),
    grant("cross-account", "cross-account Encrypt", {
        Action: "kms:Encrypt",
        Resource: "arn:aws:kms:us-east-1:666666666666:key/*",
    }),
    {
        name: "cross-account access role trusts the caller account root",
        stack: "cross-account",
        edit: r =>
            addStatements(find(r, "aws:iam/role:Role", "cross-account-access"), "assumeRolePolicy", {
                Effect: "Allow",
                Principal: { AWS: "777777777777" },
                Action: "sts:AssumeRole",
            }),
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

/** Cases the allowlist missed before this round, each with the custody-tables refusal that now names it. */
const FIXED: Record<string, RegExp> = {
    "PITR window as a string": /recoveryPeriodInDays is "1"; keep the full 35 days/,
    "TTL on anti-slashing": /custody-prod-anti-slashing: ttl is enabled \(attribute "expires"\): Time to Live deletes/,
    "TableExport without an owner to a foreign bucket":
        /^TableExport exp → table custody-prod-anti-slashing exports to S3 bucket evil-bucket-of-999999999999 without s3BucketOwner/,
    "legacy GlobalTable replicating anti-slashing":
        /^GlobalTable gt \(legacy global table of table custody-prod-anti-slashing\) replicates into same-named tables/,
};

describe("red team: DynamoDB custody", () => {
    describe("insecure variants are refused (a mandatory violation)", () => {
        for (const c of insecure)
            it(`${c.stack}: ${c.name}`, async () => {
                const r = await stackResources(c.stack);
                c.edit(r);
                const ds = await runWholePack(c.stack, r);
                const fixed = FIXED[c.name];
                if (fixed) assertRefused(ds, fixed, "custody-tables");
                else assert.ok(mandatoryOf(ds).length > 0, "no mandatory violation");
            });
        it("every fixed case is a case of this round", () => {
            for (const name of Object.keys(FIXED))
                assert.ok(
                    insecure.some(c => c.name === name),
                    name,
                );
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
