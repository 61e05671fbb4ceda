// Operations helpers beside the custody workloads: an auditor reading key and table metadata and AWS Backup's role,
// named in the custody model through `custody:operations` in Pulumi.<stack>.yaml (tools/custody-model/operations.ts);
// identities of no workload running AWS-documented agents written inline (the CloudWatch agent, the Cluster
// Autoscaler); a workload role shipping its own logs. Each secure variant passes the whole pack under the model the
// generator writes; each has insecure neighbours that stay refused, with the path named. Then the generator:
// what `custody:operations` becomes, and every bad entry reported at once with its fix.
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { StackValidationPolicy } from "@pulumi/policy";
import { parse as parseYaml, stringify } from "yaml";
import * as rules from "../../../policy-pack/rules";
import { custodyModelProblems } from "../../../policy-pack/custody/parse";
import type { CustodyModel } from "../../../policy-pack/custody/types";
import { setPackConfig } from "../../../policy-pack/model/packConfig";
import { generateCustodyModel } from "../../../tools/custody-model/generate";
import { main, PROJECT_DIR, readStackInputs } from "../../../tools/custody-model/main";
import type { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
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
    stackResources,
} from "./support";

const PRIMARY = "111111111111";
const PROD_ISSUER = "oidc.eks.eu-west-1.amazonaws.com/id/A1B2C3D4E5F60718293A4B5C6D7E8F90";
const AUDITOR = `arn:aws:iam::${PRIMARY}:role/custody-auditor`;
const EXTERNAL_AUDIT = `arn:aws:iam::${PRIMARY}:role/custody-audit`;
const TABLE = (t: string) => `arn:aws:dynamodb:eu-west-1:${PRIMARY}:table/custody-prod-${t}`;
const TABLES = ["anti-slashing", "keystore", "signer-state"].map(TABLE);
const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
const SA = "kubernetes:core/v1:ServiceAccount";
const EFFECTIVE = "custody-effective-access";

type Operations = Record<string, unknown>[];

// ---- the model, as `npm run custody-model` writes it from a stack file with custody:operations.

/** A stack file: the committed Pulumi.<stack>.yaml with its config edited, in a scratch directory. */
function stackFile(stack: string, edit: (config: Record<string, unknown>) => void): string {
    const parsed = parseYaml(fs.readFileSync(path.join(PROJECT_DIR, `Pulumi.${stack}.yaml`), "utf8")) as {
        config: Record<string, unknown>;
    };
    edit(parsed.config);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "custody-operations-"));
    const file = path.join(dir, `Pulumi.${stack}.yaml`);
    fs.writeFileSync(file, stringify(parsed));
    return file;
}

/** The model generated from the stack file plus these `custody:operations`. */
function modelWith(stack: string, operations: Operations): CustodyModel {
    const { cfg, operations: helpers } = readStackInputs(
        stack,
        stackFile(stack, c => (c["custody:operations"] = operations)),
    );
    const model = generateCustodyModel(cfg, helpers);
    assert.deepEqual(custodyModelProblems(model), [], "the generated model parses");
    return model;
}

/** Every policy of the pack under the stack's pack config with `model` as its custody model. */
async function runPack(stack: string, resources: Resources, model?: CustodyModel): Promise<TestDiagnostic[]> {
    const committed = stackPackConfig(stack);
    const config = model ? { ...committed, "custody-model": model as unknown as Record<string, unknown> } : committed;
    setPackConfig(config);
    try {
        const out: TestDiagnostic[] = [];
        for (const p of rules.allPolicies) {
            const own = config[p.name]?.enforcementLevel ?? config.all?.enforcementLevel;
            const level = (own as "mandatory" | "advisory" | undefined) ?? p.enforcementLevel ?? "advisory";
            out.push(
                ...(await runPolicy(p as StackValidationPolicy, resources, {
                    ...(config[p.name] ?? {}),
                    enforcementLevel: level,
                })),
            );
        }
        return out;
    } finally {
        setPackConfig({});
    }
}

// ---- builders.

/** An AWS resource through the provider of the stack's first role (the primary account, eu-west-1). */
function aws(r: Resources, type: string, name: string, inputs: Record<string, unknown>): AnalyzerResourceInput {
    const like = r.find(x => x.type === ROLE);
    if (!like) throw new Error("no role in the fixture");
    const res = resourceLike(like, type, name, inputs);
    r.push(res);
    return res;
}

/** A role of the stack with these trust statements and one inline policy; returns its ARN. */
function role(r: Resources, name: string, trust: object[], statements: object[]): string {
    const arn = `arn:aws:iam::${PRIMARY}:role/${name}`;
    aws(r, ROLE, name, {
        name,
        arn,
        assumeRolePolicy: doc(...trust),
        inlinePolicies: [{ name: "access", policy: doc(...statements) }],
    });
    return arn;
}

const assumedBy = (arn: string) => ({ Effect: "Allow", Principal: { AWS: arn }, Action: "sts:AssumeRole" });
const serviceTrust = (service: string) => ({
    Effect: "Allow",
    Principal: { Service: service },
    Action: "sts:AssumeRole",
});
const irsaTrust = (namespace: string, sa: string) => ({
    Effect: "Allow",
    Principal: { Federated: `arn:aws:iam::${PRIMARY}:oidc-provider/${PROD_ISSUER}` },
    Action: "sts:AssumeRoleWithWebIdentity",
    Condition: {
        StringEquals: {
            [`${PROD_ISSUER}:sub`]: `system:serviceaccount:${namespace}:${sa}`,
            [`${PROD_ISSUER}:aud`]: "sts.amazonaws.com",
        },
    },
});

function serviceAccount(r: Resources, namespace: string, name: string, roleArn: string): void {
    const like = r.find(x => x.type === SA);
    if (!like) throw new Error("no ServiceAccount in the fixture");
    r.push(
        resourceLike(like, SA, `${namespace}-${name}-sa`, {
            apiVersion: "v1",
            kind: "ServiceAccount",
            metadata: { name, namespace, annotations: { "eks.amazonaws.com/role-arn": roleArn } },
        }),
    );
}

const share = (r: Resources, i: number) => find(r, KEY, `signer-shares-share-${i}`);
const shareArn = (r: Resources, i: number) => prop(share(r, i), "arn") as string;

/** Every share key's policy also names `principal` for `actions` (an auditor outside the stack). */
function auditInKeyPolicies(r: Resources, principal: string, actions: string[], shares = [1, 2, 3]): void {
    for (const i of shares)
        addStatements(share(r, i), "policy", {
            Sid: "Audit",
            Effect: "Allow",
            Principal: { AWS: principal },
            Action: actions,
            Resource: "*",
        });
}

/** The stack's audit role, assumed by the auditor, with this inline policy. */
const auditRole = (r: Resources, statements: object[], trust: object[] = [assumedBy(AUDITOR)]) =>
    role(r, "custody-prod-audit", trust, statements);

/** AWS Backup's role for the tables (trusted by backup.amazonaws.com), with its plan and selection. */
function backupRole(r: Resources, statements: object[], trust: object[] = [serviceTrust("backup.amazonaws.com")]) {
    const arn = role(r, "custody-prod-backup", trust, statements);
    aws(r, "aws:backup/plan:Plan", "custody-daily", {
        name: "custody-daily",
        id: "plan-custody-daily",
        arn: `arn:aws:backup:eu-west-1:${PRIMARY}:backup-plan:plan-custody-daily`,
        rules: [
            {
                ruleName: "daily",
                targetVaultName: "custody-tables",
                schedule: "cron(0 3 * * ? *)",
                lifecycle: { deleteAfter: 35 },
            },
        ],
    });
    aws(r, "aws:backup/selection:Selection", "custody-tables", {
        name: "custody-tables",
        planId: "plan-custody-daily",
        iamRoleArn: arn,
        resources: TABLES,
    });
    return arn;
}

/** The statements of AWSBackupServiceRolePolicyForBackup's DynamoDB part, scoped to the custody tables. */
const BACKUP_STATEMENTS = [
    {
        Sid: "BackupTables",
        Effect: "Allow",
        Action: [
            "dynamodb:DescribeTable",
            "dynamodb:CreateBackup",
            "dynamodb:ListTagsOfResource",
            "dynamodb:StartAwsBackupJob",
        ],
        Resource: TABLES,
    },
    {
        Sid: "BackupTableBackups",
        Effect: "Allow",
        Action: ["dynamodb:DescribeBackup", "dynamodb:DeleteBackup"],
        Resource: TABLES.map(t => `${t}/backup/*`),
    },
];

/** The Cluster Autoscaler's role (IRSA kube-system/cluster-autoscaler) with its README's policy, edited. */
function autoscaler(r: Resources, edit: (statements: Record<string, any>[]) => void = () => undefined): void {
    const statements: Record<string, any>[] = [
        {
            Sid: "Scale",
            Effect: "Allow",
            Action: ["autoscaling:SetDesiredCapacity", "autoscaling:TerminateInstanceInAutoScalingGroup"],
            Resource: "*",
            Condition: { StringEquals: { "aws:ResourceTag/k8s.io/cluster-autoscaler/prod-validators": "owned" } },
        },
        {
            Sid: "Read",
            Effect: "Allow",
            Action: [
                "autoscaling:DescribeAutoScalingGroups",
                "autoscaling:DescribeAutoScalingInstances",
                "autoscaling:DescribeLaunchConfigurations",
                "autoscaling:DescribeScalingActivities",
                "autoscaling:DescribeTags",
                "ec2:DescribeImages",
                "ec2:DescribeInstanceTypes",
                "ec2:DescribeLaunchTemplateVersions",
                "ec2:GetInstanceTypesFromInstanceRequirements",
                "eks:DescribeNodegroup",
            ],
            Resource: "*",
        },
    ];
    edit(statements);
    const arn = role(
        r,
        "custody-prod-cluster-autoscaler",
        [irsaTrust("kube-system", "cluster-autoscaler")],
        statements,
    );
    serviceAccount(r, "kube-system", "cluster-autoscaler", arn);
}

/** The CloudWatch agent's role (IRSA amazon-cloudwatch/cloudwatch-agent) with CloudWatchAgentServerPolicy inline. */
function cloudWatchAgent(r: Resources, ssmResource: string | string[], ssmActions = ["ssm:GetParameter"]): void {
    const arn = role(
        r,
        "custody-prod-cloudwatch-agent",
        [irsaTrust("amazon-cloudwatch", "cloudwatch-agent")],
        [
            {
                Sid: "CWACloudWatchServerPermissions",
                Effect: "Allow",
                Action: [
                    "cloudwatch:PutMetricData",
                    "ec2:DescribeVolumes",
                    "ec2:DescribeTags",
                    "logs:PutLogEvents",
                    "logs:PutRetentionPolicy",
                    "logs:DescribeLogStreams",
                    "logs:DescribeLogGroups",
                    "logs:CreateLogStream",
                    "logs:CreateLogGroup",
                    "xray:PutTraceSegments",
                    "xray:PutTelemetryRecords",
                    "xray:GetSamplingRules",
                    "xray:GetSamplingTargets",
                    "xray:GetSamplingStatisticSummaries",
                ],
                Resource: "*",
            },
            { Sid: "CWASSMServerPermissions", Effect: "Allow", Action: ssmActions, Resource: ssmResource },
        ],
    );
    serviceAccount(r, "amazon-cloudwatch", "cloudwatch-agent", arn);
}

/** An SSM parameter the stack creates. */
const parameter = (r: Resources, name: string, type: string) =>
    aws(r, "aws:ssm/parameter:Parameter", `param-${name.replace(/\W/g, "-")}`, {
        name,
        type,
        value: "x",
        arn: `arn:aws:ssm:eu-west-1:${PRIMARY}:parameter/${name.replace(/^\//, "")}`,
    });

/** Statements added to the signer's own policy. */
const signerGrant = (r: Resources, ...statements: object[]) =>
    addStatements(find(r, ROLE_POLICY, "signer-role-access"), "policy", ...statements);

const SIGNER_LOGS = `arn:aws:logs:eu-west-1:${PRIMARY}:log-group:/custody/prod/signer`;

// ---- the operations the model names (custody:operations of Pulumi.prod.yaml, as a team would write them).

const KEY_AUDIT: Operations = [
    {
        name: "key-audit",
        subject: { principal: EXTERNAL_AUDIT },
        allow: [{ accessSet: "operations.keyAudit", on: ["signer.shares"] }],
    },
];
const AUDIT: Operations = [
    {
        name: "custody-audit",
        subject: { principal: AUDITOR },
        allow: [
            { accessSet: "operations.keyAudit", on: ["signer.shares.1", "signer.tablesKey"] },
            { accessSet: "operations.tableAudit", on: ["signer.tables"] },
        ],
    },
];
const BACKUP: Operations = [
    {
        name: "table-backup",
        subject: { service: { principal: "backup.amazonaws.com" } },
        allow: [{ accessSet: "operations.tableBackup", on: ["signer.tables"] }],
    },
];

type Case = {
    name: string;
    /** custody:operations of Pulumi.prod.yaml (none: the committed model). */
    operations?: Operations;
    edit: (r: Resources) => void;
    /** Insecure cases: the path message, and the policy that must report it. */
    refused?: RegExp;
    policy?: string;
};

const AUDIT_READS = [
    {
        Sid: "ShareMetadata",
        Effect: "Allow",
        Action: ["kms:DescribeKey", "kms:GetKeyPolicy", "kms:GetKeyRotationStatus", "kms:ListGrants"],
        Resource: ["SHARE_1", "TABLES_CMK"],
    },
    {
        Sid: "TableMetadata",
        Effect: "Allow",
        Action: ["dynamodb:DescribeTable", "dynamodb:DescribeContinuousBackups", "dynamodb:DescribeTimeToLive"],
        Resource: TABLES,
    },
];
/** The audit role's reads, with the share-1 and tables' CMK ARNs filled in. */
const auditReads = (r: Resources, extra: object[] = []) =>
    [...AUDIT_READS, ...extra].map(
        s =>
            JSON.parse(
                JSON.stringify(s)
                    .replace(/SHARE_1/g, shareArn(r, 1))
                    .replace(/TABLES_CMK/g, prop(find(r, KEY, "signer-tables-cmk"), "arn") as string),
            ) as object,
    );

const secure: Case[] = [
    {
        name: "an auditor outside the stack named in every share key's policy for DescribeKey, GetKeyPolicy, ListGrants",
        operations: KEY_AUDIT,
        edit: r => auditInKeyPolicies(r, EXTERNAL_AUDIT, ["kms:DescribeKey", "kms:GetKeyPolicy", "kms:ListGrants"]),
    },
    {
        name: "the stack's audit role (assumed by the auditor) reading share 1's and the tables' metadata through IAM",
        operations: AUDIT,
        edit: r => void auditRole(r, auditReads(r)),
    },
    {
        name: "an auditor pod (IRSA audit/table-audit) reading anti-slashing's settings",
        operations: [
            {
                name: "table-audit",
                subject: { irsa: { namespace: "audit", serviceAccount: "table-audit" } },
                allow: [{ accessSet: "operations.tableAudit", on: ["signer.tables.antiSlashing"] }],
            },
        ],
        edit: r => {
            const arn = role(
                r,
                "custody-prod-table-audit",
                [irsaTrust("audit", "table-audit")],
                [
                    {
                        Effect: "Allow",
                        Action: ["dynamodb:DescribeTable", "dynamodb:DescribeContinuousBackups"],
                        Resource: TABLE("anti-slashing"),
                    },
                ],
            );
            serviceAccount(r, "audit", "table-audit", arn);
        },
    },
    {
        name: "AWS Backup's role (trusted by backup.amazonaws.com) backing up the three tables, named by its service subject",
        operations: BACKUP,
        edit: r => void backupRole(r, BACKUP_STATEMENTS),
    },
    {
        name: "the Cluster Autoscaler's writes scoped to named Auto Scaling groups (ARNs) instead of a tag",
        edit: r =>
            autoscaler(r, st => {
                st[0].Resource = [
                    `arn:aws:autoscaling:eu-west-1:${PRIMARY}:autoScalingGroup:*:autoScalingGroupName/eks-validators-1`,
                ];
                delete st[0].Condition;
            }),
    },
    {
        name: "the CloudWatch agent's CloudWatchAgentServerPolicy inline, beside its own config parameter (a String)",
        edit: r => {
            cloudWatchAgent(r, "arn:aws:ssm:*:*:parameter/AmazonCloudWatch-*");
            parameter(r, "AmazonCloudWatch-linux", "String");
        },
    },
    {
        name: "the signer ships its own logs (CreateLogGroup, CreateLogStream, PutLogEvents on its one log group)",
        edit: r =>
            signerGrant(r, {
                Sid: "OwnLogs",
                Effect: "Allow",
                Action: ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"],
                Resource: [SIGNER_LOGS, `${SIGNER_LOGS}:log-stream:*`],
            }),
    },
];

const insecure: Case[] = [
    // ---- key audit: metadata only, on the shares the model names.
    {
        name: "the key auditor's share-key statement also allows kms:Decrypt",
        operations: KEY_AUDIT,
        edit: r => auditInKeyPolicies(r, EXTERNAL_AUDIT, ["kms:DescribeKey", "kms:Decrypt"]),
        refused:
            /custody-audit \(outside this stack\) → kms:Decrypt on key alias\/custody-infra\/prod\/share-1[\s\S]*not in workload key-audit's allow entries/,
        policy: EFFECTIVE,
    },
    {
        name: "the key auditor's share-key statement also allows kms:Decrypt (share-custody: only the ring role unwraps)",
        operations: KEY_AUDIT,
        edit: r => auditInKeyPolicies(r, EXTERNAL_AUDIT, ["kms:DescribeKey", "kms:Decrypt"]),
        refused: /signer-shares-share-1 also lets arn:aws:iam::111111111111:role\/custody-audit decrypt its share/,
        policy: "share-custody",
    },
    {
        name: "the key auditor's share-key statement also allows kms:CreateGrant (it could give itself Decrypt)",
        operations: KEY_AUDIT,
        edit: r => auditInKeyPolicies(r, EXTERNAL_AUDIT, ["kms:DescribeKey", "kms:CreateGrant"]),
        refused: /custody-audit \(outside this stack\) → kms:CreateGrant on key alias\/custody-infra\/prod\/share-1/,
        policy: EFFECTIVE,
    },
    {
        name: "the key auditor's share-key statement also allows kms:PutKeyPolicy",
        operations: KEY_AUDIT,
        edit: r => auditInKeyPolicies(r, EXTERNAL_AUDIT, ["kms:GetKeyPolicy", "kms:PutKeyPolicy"]),
        refused:
            /signer-shares-share-2 also lets arn:aws:iam::111111111111:role\/custody-audit call kms:GetKeyPolicy, kms:PutKeyPolicy/,
        policy: "share-custody",
    },
    {
        name: "the model lets the auditor read share 1 only, but share 3's policy names it too",
        operations: [{ ...KEY_AUDIT[0], allow: [{ accessSet: "operations.keyAudit", on: ["signer.shares.1"] }] }],
        edit: r => auditInKeyPolicies(r, EXTERNAL_AUDIT, ["kms:DescribeKey"]),
        refused:
            /custody-audit \(outside this stack\) → kms:DescribeKey on key alias\/custody-infra\/prod\/share-3[\s\S]*not in workload key-audit's allow entries for this asset/,
        policy: EFFECTIVE,
    },
    {
        name: "a principal the model does not name reads the share keys' metadata (the model's auditor is another)",
        operations: KEY_AUDIT,
        edit: r => auditInKeyPolicies(r, `arn:aws:iam::${PRIMARY}:role/someone-else`, ["kms:DescribeKey"]),
        refused:
            /role\/someone-else \(outside this stack\) → kms:DescribeKey on key alias\/custody-infra\/prod\/share-1[\s\S]*a principal outside this stack that the custody model does not name/,
        policy: EFFECTIVE,
    },
    {
        name: "the audit role's IAM policy also allows kms:Decrypt on the account's keys",
        operations: AUDIT,
        edit: r =>
            void auditRole(
                r,
                auditReads(r, [{ Effect: "Allow", Action: "kms:Decrypt", Resource: `arn:aws:kms:*:${PRIMARY}:key/*` }]),
            ),
        refused:
            /role custody-prod-audit → statement #3[\s\S]*allows kms:Decrypt[\s\S]*share-1[\s\S]*not in workload custody-audit's allow entries/,
        policy: EFFECTIVE,
    },
    // ---- table audit: no item reads, no table changes, only the auditor.
    {
        name: "the audit role may also Scan and GetItem the tables",
        operations: AUDIT,
        edit: r =>
            void auditRole(
                r,
                auditReads(r, [{ Effect: "Allow", Action: ["dynamodb:Scan", "dynamodb:GetItem"], Resource: TABLES }]),
            ),
        refused:
            /role custody-prod-audit → statement #3[\s\S]*dynamodb:GetItem, dynamodb:Scan[\s\S]*custody-prod-keystore/,
        policy: EFFECTIVE,
    },
    {
        name: "the audit role may also UpdateTimeToLive and UpdateContinuousBackups (turn PITR off)",
        operations: AUDIT,
        edit: r =>
            void auditRole(
                r,
                auditReads(r, [
                    {
                        Effect: "Allow",
                        Action: ["dynamodb:UpdateTimeToLive", "dynamodb:UpdateContinuousBackups"],
                        Resource: TABLE("anti-slashing"),
                    },
                ]),
            ),
        refused: /role custody-prod-audit → statement #3[\s\S]*dynamodb:UpdateContinuousBackups/,
        policy: EFFECTIVE,
    },
    {
        name: "the audit role is also assumable by a platform role the model does not name",
        operations: AUDIT,
        edit: r =>
            void auditRole(r, auditReads(r), [
                assumedBy(AUDITOR),
                assumedBy(`arn:aws:iam::${PRIMARY}:role/platform-ops`),
            ]),
        refused:
            /platform-ops \(outside this stack\) → sts:AssumeRole[\s\S]*who can become role custody-prod-audit must be exactly workload custody-audit's subjects/,
        policy: EFFECTIVE,
    },
    // ---- backup: create and expire backups only, only AWS Backup.
    {
        name: "the backup role may also RestoreTableFromBackup (into a table the model does not name)",
        operations: BACKUP,
        edit: r =>
            void backupRole(r, [
                ...BACKUP_STATEMENTS,
                {
                    Sid: "Restore",
                    Effect: "Allow",
                    Action: ["dynamodb:RestoreTableFromBackup", "dynamodb:PutItem", "dynamodb:BatchWriteItem"],
                    Resource: [...TABLES.map(t => `${t}/backup/*`), TABLE("restored")],
                },
            ]),
        refused:
            /role custody-prod-backup → statement "Restore"[\s\S]*dynamodb:RestoreTableFromBackup[\s\S]*not in workload table-backup's allow entries/,
        policy: EFFECTIVE,
    },
    {
        name: "the backup role may also RestoreTableFromAwsBackup and RestoreTableToPointInTime",
        operations: BACKUP,
        edit: r =>
            void backupRole(r, [
                ...BACKUP_STATEMENTS,
                {
                    Sid: "Restore",
                    Effect: "Allow",
                    Action: ["dynamodb:RestoreTableFromAwsBackup", "dynamodb:RestoreTableToPointInTime"],
                    Resource: TABLES,
                },
            ]),
        refused: /statement "Restore"[\s\S]*dynamodb:RestoreTableFromAwsBackup, dynamodb:RestoreTableToPointInTime/,
        policy: EFFECTIVE,
    },
    {
        name: "the backup role may also ExportTableToPointInTime (a copy in S3)",
        operations: BACKUP,
        edit: r =>
            void backupRole(r, [
                ...BACKUP_STATEMENTS,
                { Sid: "Export", Effect: "Allow", Action: "dynamodb:ExportTableToPointInTime", Resource: TABLES },
            ]),
        refused: /statement "Export"[\s\S]*dynamodb:ExportTableToPointInTime/,
        policy: EFFECTIVE,
    },
    {
        name: "the backup role's statements on table/* (every table of the account, AWS's managed policy unscoped)",
        operations: BACKUP,
        edit: r =>
            void backupRole(r, [
                {
                    Sid: "AllTables",
                    Effect: "Allow",
                    Action: ["dynamodb:DescribeTable", "dynamodb:CreateBackup"],
                    Resource: `arn:aws:dynamodb:*:*:table/*`,
                },
            ]),
        refused:
            /statement "AllTables"[\s\S]*on arn:aws:dynamodb:\*:\*:table\/\*[\s\S]*not in workload table-backup's allow entries/,
        policy: EFFECTIVE,
    },
    {
        name: "the backup role is also assumable by a role of the account",
        operations: BACKUP,
        edit: r =>
            void backupRole(r, BACKUP_STATEMENTS, [
                serviceTrust("backup.amazonaws.com"),
                assumedBy(`arn:aws:iam::${PRIMARY}:role/platform-ops`),
            ]),
        refused:
            /platform-ops[\s\S]*who can become role custody-prod-backup must be exactly workload table-backup's subjects \(service backup\.amazonaws\.com assuming roles of 111111111111\)/,
        policy: EFFECTIVE,
    },
    {
        name: "a CI role of the stack may pass the backup role to any service (iam:PassRole on it)",
        operations: BACKUP,
        edit: r => {
            const arn = backupRole(r, BACKUP_STATEMENTS);
            role(
                r,
                "custody-prod-ci",
                [assumedBy(`arn:aws:iam::${PRIMARY}:role/ci`)],
                [{ Effect: "Allow", Action: "iam:PassRole", Resource: arn }],
            );
        },
        refused:
            /role custody-prod-ci → iam:PassRole to backup\.amazonaws\.com[\s\S]*who can become role custody-prod-backup/,
        policy: EFFECTIVE,
    },
    {
        name: "the backup statements on a role trusted by lambda.amazonaws.com, not AWS Backup",
        operations: BACKUP,
        edit: r => void backupRole(r, BACKUP_STATEMENTS, [serviceTrust("lambda.amazonaws.com")]),
        refused:
            /role custody-prod-backup → statement "BackupTables"[\s\S]*no workload of the custody model has this identity \(who can become it: service lambda\.amazonaws\.com/,
        policy: EFFECTIVE,
    },
    // ---- the Cluster Autoscaler: its documented policy and nothing else.
    {
        name: "the autoscaler may also UpdateAutoScalingGroup (change the launch template: other instances, other roles)",
        edit: r => autoscaler(r, st => (st[0].Action as string[]).push("autoscaling:UpdateAutoScalingGroup")),
        refused:
            /role custody-prod-cluster-autoscaler → statement "Scale"[\s\S]*autoscaling:UpdateAutoScalingGroup[\s\S]*no workload of the custody model has this identity/,
        policy: EFFECTIVE,
    },
    {
        name: "the autoscaler may also CreateOrUpdateTags (tag any group into its scope)",
        edit: r =>
            autoscaler(r, st =>
                st.push({ Sid: "Tag", Effect: "Allow", Action: "autoscaling:CreateOrUpdateTags", Resource: "*" }),
            ),
        refused: /statement "Tag"[\s\S]*autoscaling:CreateOrUpdateTags/,
        policy: EFFECTIVE,
    },
    {
        name: "the autoscaler may also write launch template versions",
        edit: r =>
            autoscaler(r, st =>
                st.push({
                    Sid: "Templates",
                    Effect: "Allow",
                    Action: ["ec2:CreateLaunchTemplateVersion", "ec2:ModifyLaunchTemplate"],
                    Resource: "*",
                }),
            ),
        refused: /statement "Templates"[\s\S]*ec2:CreateLaunchTemplateVersion/,
        policy: EFFECTIVE,
    },
    {
        name: "the autoscaler may also RunInstances with iam:PassRole (an instance with any role of the account)",
        edit: r =>
            autoscaler(r, st =>
                st.push({
                    Sid: "Run",
                    Effect: "Allow",
                    Action: ["ec2:RunInstances", "iam:PassRole"],
                    Resource: "*",
                }),
            ),
        refused:
            /role custody-prod-cluster-autoscaler → statement "Run"[\s\S]*allows ec2:RunInstances, iam:PassRole on \*: no workload of the custody model/,
        policy: EFFECTIVE,
    },
    {
        name: "the autoscaler's SetDesiredCapacity/TerminateInstanceInAutoScalingGroup on every group (no tag, no ARN)",
        edit: r => autoscaler(r, st => delete st[0].Condition),
        refused:
            /statement "Scale"[\s\S]*autoscaling:SetDesiredCapacity, autoscaling:TerminateInstanceInAutoScalingGroup on \*/,
        policy: EFFECTIVE,
    },
    {
        name: "the autoscaler's tag condition written StringEqualsIfExists (passes on groups without the tag)",
        edit: r =>
            autoscaler(
                r,
                st =>
                    (st[0].Condition = {
                        StringEqualsIfExists: { "aws:ResourceTag/k8s.io/cluster-autoscaler/prod-validators": "owned" },
                    }),
            ),
        refused: /statement "Scale"[\s\S]*autoscaling:SetDesiredCapacity/,
        policy: EFFECTIVE,
    },
    // ---- the CloudWatch agent: its own config parameters, never a secret.
    {
        name: "the CloudWatch agent's ssm:GetParameter on every parameter",
        edit: r => cloudWatchAgent(r, "*"),
        refused: /statement "CWASSMServerPermissions"[\s\S]*ssm:GetParameter on \*/,
        policy: EFFECTIVE,
    },
    {
        name: "the CloudWatch agent's ssm:GetParameter on the parameters the stack creates (/custody/*)",
        edit: r => {
            cloudWatchAgent(r, `arn:aws:ssm:eu-west-1:${PRIMARY}:parameter/custody/*`);
            parameter(r, "/custody/prod/signer-config", "String");
        },
        refused:
            /statement "CWASSMServerPermissions"[\s\S]*ssm:GetParameter on arn:aws:ssm:eu-west-1:111111111111:parameter\/custody\/\*/,
        policy: EFFECTIVE,
    },
    {
        name: "a SecureString the stack creates under AmazonCloudWatch-* (a secret, whatever its name)",
        edit: r => {
            cloudWatchAgent(r, "arn:aws:ssm:*:*:parameter/AmazonCloudWatch-*");
            parameter(r, "AmazonCloudWatch-db-password", "SecureString");
        },
        refused:
            /statement "CWASSMServerPermissions"[\s\S]*ssm:GetParameter on arn:aws:ssm:\*:\*:parameter\/AmazonCloudWatch-\*/,
        policy: EFFECTIVE,
    },
    {
        name: "the CloudWatch agent's statement widened to ssm:GetParameters and GetParametersByPath",
        edit: r =>
            cloudWatchAgent(r, "arn:aws:ssm:*:*:parameter/AmazonCloudWatch-*", [
                "ssm:GetParameter",
                "ssm:GetParameters",
                "ssm:GetParametersByPath",
            ]),
        refused: /statement "CWASSMServerPermissions"[\s\S]*ssm:GetParameters, ssm:GetParametersByPath/,
        policy: EFFECTIVE,
    },
    // ---- a workload's own telemetry: writes to its one log group, nothing more.
    {
        name: "the signer may use logs:* on *",
        edit: r => signerGrant(r, { Sid: "Logs", Effect: "Allow", Action: "logs:*", Resource: "*" }),
        refused:
            /statement "Logs" of RolePolicy custody-prod-signer-access allows logs:[\s\S]*not in workload signer's allow entries/,
        policy: EFFECTIVE,
    },
    {
        name: "the signer may read its log group back (GetLogEvents, FilterLogEvents)",
        edit: r =>
            signerGrant(r, {
                Sid: "ReadLogs",
                Effect: "Allow",
                Action: ["logs:GetLogEvents", "logs:FilterLogEvents"],
                Resource: `${SIGNER_LOGS}:*`,
            }),
        refused: /statement "ReadLogs"[\s\S]*logs:FilterLogEvents, logs:GetLogEvents/,
        policy: EFFECTIVE,
    },
    {
        name: "the signer may write to every log group of every account (log-group:*)",
        edit: r =>
            signerGrant(r, {
                Sid: "AnyGroup",
                Effect: "Allow",
                Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
                Resource: "arn:aws:logs:*:*:log-group:*",
            }),
        refused: /statement "AnyGroup"[\s\S]*logs:CreateLogStream, logs:PutLogEvents/,
        policy: EFFECTIVE,
    },
    {
        name: "the signer may put metrics into any namespace (no cloudwatch:namespace pin)",
        edit: r =>
            signerGrant(r, { Sid: "Metrics", Effect: "Allow", Action: "cloudwatch:PutMetricData", Resource: "*" }),
        refused: /statement "Metrics"[\s\S]*cloudwatch:PutMetricData/,
        policy: EFFECTIVE,
    },
];

describe("operations helpers: audit, backup, documented agents, a workload's own telemetry", function () {
    this.timeout(120_000);
    const modelOf = (c: Case) => (c.operations ? modelWith("prod", c.operations) : undefined);

    for (const c of secure)
        it(`accepts: prod: ${c.name}`, async () => {
            const r = await stackResources("prod");
            c.edit(r);
            assertClean(await runPack("prod", r, modelOf(c)));
        });

    for (const c of insecure)
        it(`refuses: prod: ${c.name}`, async () => {
            const r = await stackResources("prod");
            c.edit(r);
            const ds = await runPack("prod", r, modelOf(c));
            if (process.env.REDTEAM_DEBUG === "1")
                console.log(mandatoryOf(ds).map(d => `${d.policyName}: ${d.message}`));
            assertRefused(ds, c.refused!, c.policy);
        });

    it("refuses a model that lets an auditor hold a non-metadata set on a share key", () => {
        const model = modelWith("prod", KEY_AUDIT);
        model.workloads.find(w => w.name === "key-audit")!.allow[0].accessSet = "signer.shareWrap";
        const problems = custodyModelProblems(model);
        assert.ok(
            problems.some(p =>
                /is also allowed to workload "key-audit" \(signer\.shareWrap\); only the ring's workload "signer" may use a share key/.test(
                    p.message,
                ),
            ),
            JSON.stringify(problems),
        );
    });

    it("refuses an operations workload holding a program set, and a service subject that is EC2 or EKS pods", () => {
        const model = modelWith("prod", BACKUP);
        const backup = model.workloads.find(w => w.name === "table-backup")!;
        backup.allow[0].accessSet = "signer.antiSlashing";
        backup.subjects = [{ service: { principal: "ec2.amazonaws.com", account: PRIMARY } }];
        const messages = custodyModelProblems(model).map(p => `${p.path}: ${p.message}`);
        assert.ok(
            messages.some(m =>
                /allow\[0\]\.accessSet: is signer\.antiSlashing, but workload "table-backup" is an operations workload/.test(
                    m,
                ),
            ),
            messages.join("\n"),
        );
        assert.ok(
            messages.some(m =>
                /subjects\[0\]\.service\.principal: names ec2\.amazonaws\.com[\s\S]*ec2 \{account\}/.test(m),
            ),
            messages.join("\n"),
        );
    });
});

describe("custody:operations in the stack config (tools/custody-model/operations.ts)", function () {
    this.timeout(120_000);

    it("becomes operations workloads after the program's: subjects resolved from the stack, assets from the model", () => {
        const base = generateCustodyModel(readStackInputs("prod", path.join(PROJECT_DIR, "Pulumi.prod.yaml")).cfg);
        const model = modelWith("prod", [
            ...AUDIT,
            ...BACKUP,
            {
                name: "audit-pod",
                subject: { irsa: { namespace: "audit", serviceAccount: "auditor" } },
                allow: [{ accessSet: "operations.tableAudit", on: ["signer.tables.keystore"] }],
            },
        ]);
        assert.deepEqual(
            model.workloads.slice(0, base.workloads.length),
            base.workloads,
            "the program's workloads unchanged",
        );
        assert.deepEqual(model.workloads.slice(base.workloads.length), [
            {
                name: "custody-audit",
                subjects: [{ principal: AUDITOR }],
                kind: "operations",
                allow: [
                    {
                        accessSet: "operations.keyAudit",
                        on: [
                            { keyAlias: `arn:aws:kms:eu-west-1:${PRIMARY}:alias/custody-infra/prod/share-1` },
                            { keyAlias: `arn:aws:kms:eu-west-1:${PRIMARY}:alias/custody-infra/prod/signer-tables` },
                        ],
                    },
                    { accessSet: "operations.tableAudit", on: base.tables.map(t => ({ table: t.table })) },
                ],
            },
            {
                name: "table-backup",
                subjects: [{ service: { principal: "backup.amazonaws.com", account: PRIMARY } }],
                kind: "operations",
                allow: [{ accessSet: "operations.tableBackup", on: base.tables.map(t => ({ table: t.table })) }],
            },
            {
                name: "audit-pod",
                subjects: [{ irsa: { issuer: PROD_ISSUER, namespace: "audit", serviceAccount: "auditor" } }],
                kind: "operations",
                // A table, never its indexes, even though the signer's entry on the keystore includes them.
                allow: [{ accessSet: "operations.tableAudit", on: [{ table: TABLE("keystore") }] }],
            },
        ]);
        assert.equal(
            base.workloads.some(w => w.kind === "operations"),
            false,
        );
    });

    it("reports every bad entry at once, each under its key with its fix (exit 2), and writes nothing", async () => {
        const file = stackFile("prod", c => {
            c["custody:operations"] = [
                {
                    name: "signer",
                    subject: { principal: "arn:aws:iam::111111111111:role/*" },
                    allow: [{ accessSet: "signer.shareWrap", on: ["signer.shares"] }],
                },
                {
                    name: "Bad Name",
                    subject: { irsa: { namespace: "validators", serviceAccount: "containment-chamber" } },
                    allow: [{ accessSet: "operations.keyAudit", on: ["signer.tables", "signer.nothing"] }],
                    extra: true,
                },
                {
                    name: "backup",
                    subject: { service: { principal: "pods.eks.amazonaws.com", account: "nowhere" } },
                    allow: [],
                },
            ];
            c["custody:operation"] = [];
            c["custdy:operations"] = [];
        });
        let stdout = "";
        let stderr = "";
        const code = await main(["--stack", "prod", "--config", file], {
            stdout: s => (stdout += s),
            stderr: s => (stderr += s),
        });
        assert.equal(code, 2, stdout);
        const expected: [string, RegExp][] = [
            ["custody:operations[0].name", /"signer" is already a workload of the program/],
            ["custody:operations[0].subject.principal", /exact IAM role or user ARN[\s\S]*no wildcard/],
            [
                "custody:operations[0].allow[0].accessSet",
                /"signer\.shareWrap", a set of the program's workloads; an operations workload holds one of operations\.keyAudit, operations\.tableAudit, operations\.tableBackup/,
            ],
            ["custody:operations[1].extra", /unknown setting; an operations entry has name, subject and allow/],
            ["custody:operations[1].name", /"Bad Name" is not a workload name/],
            ["custody:operations[1].subject", /is also a subject of workload "signer"/],
            [
                "custody:operations[1].allow[0].on[0]",
                /"signer\.tables" names tables, but operations\.keyAudit applies to keys/,
            ],
            [
                "custody:operations[1].allow[0].on[1]",
                /"signer\.nothing" is no asset of this stack; the assets are: signer\.tables, signer\.tablesKey/,
            ],
            [
                "custody:operations[2].subject.service.principal",
                /pods\.eks\.amazonaws\.com: EC2 instances and EKS pods are not operations services/,
            ],
            [
                "custody:operations[2].subject.service.account",
                /"nowhere"; name an account of custody-infra:accounts \(signer, custody-b, custody-c\)/,
            ],
            ["custody:operations[2].allow", /list at least one \{accessSet, on\}/],
            ["custody:operation", /unknown setting; the settings under custody: are: custody:operations/],
            ["custdy:operations", /a misspelling that nothing reads; write custody:operations/],
        ];
        for (const [key, message] of expected) {
            const line = stderr.split("\n").find(l => l.startsWith(`  - ${key}: `));
            assert.ok(line, `${key} is reported:\n${stderr}`);
            assert.match(line, message);
        }
        assert.equal(stderr.split("\n").filter(l => l.startsWith("  - ")).length, expected.length, stderr);
    });

    it("reports a stack config problem and an operations problem together", async () => {
        const file = stackFile("prod", c => {
            (c["custody-infra:signer"] as Record<string, unknown>).namespace = "Not_A_Namespace";
            c["custody:operations"] = [
                { name: "x", subject: { principal: AUDITOR }, allow: [{ accessSet: "nope", on: [] }] },
            ];
        });
        const err: string[] = [];
        const code = await main(["--stack", "prod", "--config", file], {
            stdout: () => undefined,
            stderr: s => err.push(s),
        });
        assert.equal(code, 2);
        assert.match(err.join(""), / {2}- custody-infra:signer\.namespace: /);
        assert.match(
            err.join(""),
            / {2}- custody:operations\[0\]\.allow\[0\]\.accessSet: is "nope"; an operations workload holds one of/,
        );
        assert.match(err.join(""), / {2}- custody:operations\[0\]\.allow\[0\]\.on: is a list; list the assets/);
    });

    it("the committed stacks name no operations, and their models stay as committed", () => {
        for (const stack of fs.readdirSync(PROJECT_DIR).flatMap(f => /^Pulumi\.(.+)\.yaml$/.exec(f)?.[1] ?? [])) {
            const file = path.join(PROJECT_DIR, `Pulumi.${stack}.yaml`);
            const { cfg, operations } = readStackInputs(stack, file);
            assert.deepEqual(operations, [], stack);
            const { enforcementLevel: _level, ...committed } = stackPackConfig(stack)["custody-model"];
            assert.deepEqual(generateCustodyModel(cfg, operations), committed, stack);
        }
    });
});
