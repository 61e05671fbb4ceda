// Red-team round 29 (fresh eyes) on false positives in the stacks other rounds used less (cross-account, basil,
// pod-identity, trust-domain, curity): operations helpers named in the model on the assets only these stacks hold
// (crossAccount.table, crossAccount.key, basil.keys, curity.tables), in `up` and in a first preview, key hardening
// (Deny guards, rotation periods), key-event alarms in the identity account; and insecure neighbours that must stay
// refused. Every secure case must pass the whole pack (no mandatory violation).
import { runPack } from "./packRunner";
import { assertClean, assertRefused, dependsOn, doc, find, prop, Resources, setProp, stackResources } from "./support";
import type { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import { aws, editDoc, namespace, serviceAccount, Statement, trustedRole } from "./variantBuilders";

const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";

// ---- cross-account (seed 003): account A holds my-table and the data key.
const XA = "666666666666";
const XREGION = "us-east-1";
const MY_TABLE = `arn:aws:dynamodb:${XREGION}:${XA}:table/my-table`;
const XA_DEPLOYER = `arn:aws:iam::${XA}:role/custody-deployer`;
const XA_AUDITOR = `arn:aws:iam::${XA}:role/security-auditor`;

// ---- basil (seed 004).
const BASIL = "111122223333";
const BASIL_ISSUER = "oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE";
const BASIL_OIDC = `arn:aws:iam::${BASIL}:oidc-provider/${BASIL_ISSUER}`;
const BREAK_GLASS = `arn:aws:iam::${BASIL}:role/platform-break-glass`;

// ---- pod-identity (seed 000 on EKS Pod Identity).
const PI = "111111111111";
const PI_REGION = "eu-west-1";
const PI_CLUSTER = "prod-validators";
const PI_CLUSTER_ARN = `arn:aws:eks:${PI_REGION}:${PI}:cluster/${PI_CLUSTER}`;
const PI_TABLES = ["anti-slashing", "keystore", "signer-state"].map(
    t => `arn:aws:dynamodb:${PI_REGION}:${PI}:table/custody-pod-identity-${t}`,
);

// ---- trust-domain (seed 001).
const TD = "444444444444";
const TD_SERVER = `arn:aws:iam::${TD}:role/trust-domain-server`;

// ---- curity (seed 002).
const CURITY = "555555555555";
const CURITY_TABLES = `arn:aws:dynamodb:eu-west-1:${CURITY}:table/curity-*`;

type Operations = Record<string, unknown>[];

type Case = {
    stack: string;
    name: string;
    preview?: boolean;
    operations?: Operations;
    edit: (r: Resources) => void;
    refused?: RegExp;
    policy?: string;
    skip?: boolean;
};

const serviceTrust = (service: string): Statement => ({
    Effect: "Allow",
    Principal: { Service: service },
    Action: "sts:AssumeRole",
});

/** An IRSA trust pinned to one ServiceAccount (aud and sub by StringEquals). */
const irsaTrust = (provider: string, issuer: string, ns: string, sa: string, subOp = "StringEquals"): Statement => ({
    Effect: "Allow",
    Principal: { Federated: provider },
    Action: "sts:AssumeRoleWithWebIdentity",
    Condition:
        subOp === "StringEquals"
            ? {
                  StringEquals: {
                      [`${issuer}:aud`]: "sts.amazonaws.com",
                      [`${issuer}:sub`]: `system:serviceaccount:${ns}:${sa}`,
                  },
              }
            : {
                  StringEquals: { [`${issuer}:aud`]: "sts.amazonaws.com" },
                  [subOp]: { [`${issuer}:sub`]: `system:serviceaccount:${ns}:${sa}` },
              },
});

/** An EKS Pod Identity trust pinned to the cluster, namespace and ServiceAccount (EKS user guide). */
const podIdentityTrust = (ns: string, sa: string): Statement => ({
    Effect: "Allow",
    Principal: { Service: "pods.eks.amazonaws.com" },
    Action: ["sts:AssumeRole", "sts:TagSession"],
    Condition: {
        StringEquals: {
            "aws:RequestTag/eks-cluster-arn": PI_CLUSTER_ARN,
            "aws:RequestTag/kubernetes-namespace": ns,
            "aws:RequestTag/kubernetes-service-account": sa,
        },
    },
});

/**
 * AWS Backup of tables in their own account (AWS Backup developer guide, "Creating a backup plan" and "Assigning
 * resources"): a stack role trusted by backup.amazonaws.com with AWSBackupServiceRolePolicyForBackup's DynamoDB part
 * scoped to `tables`, an in-account vault, a daily plan and a selection. In a first preview the role's ARN and the
 * selection's iamRoleArn are unknown, the selection recorded as depending on the role.
 */
function tableBackup(
    r: Resources,
    o: { account: string; region: string; like: string; prefix: string; tables: string[]; preview?: boolean },
    extra: Statement[] = [],
): void {
    const name = `${o.prefix}-backup`;
    const arn = `arn:aws:iam::${o.account}:role/${name}`;
    trustedRole(
        r,
        o.account,
        name,
        [serviceTrust("backup.amazonaws.com")],
        [
            {
                Sid: "BackupTables",
                Effect: "Allow",
                Action: [
                    "dynamodb:DescribeTable",
                    "dynamodb:CreateBackup",
                    "dynamodb:ListTagsOfResource",
                    "dynamodb:StartAwsBackupJob",
                ],
                Resource: o.tables,
            },
            {
                Sid: "BackupTableBackups",
                Effect: "Allow",
                Action: ["dynamodb:DescribeBackup", "dynamodb:DeleteBackup"],
                Resource: o.tables.map(t => `${t}/backup/*`),
            },
            ...extra,
        ],
        o.like,
    );
    const role = find(r, ROLE, name);
    if (o.preview) setProp(role, "arn", UNKNOWN);
    aws(
        r,
        "aws:backup/vault:Vault",
        `${o.prefix}-vault`,
        {
            name: `${o.prefix}-tables`,
            arn: `arn:aws:backup:${o.region}:${o.account}:backup-vault:${o.prefix}-tables`,
        },
        o.like,
    );
    aws(
        r,
        "aws:backup/vaultLockConfiguration:VaultLockConfiguration",
        `${o.prefix}-vault-lock`,
        { backupVaultName: `${o.prefix}-tables`, minRetentionDays: 7, maxRetentionDays: 400 },
        o.like,
    );
    aws(
        r,
        "aws:backup/plan:Plan",
        `${o.prefix}-daily`,
        {
            name: `${o.prefix}-daily`,
            id: `plan-${o.prefix}-daily`,
            arn: `arn:aws:backup:${o.region}:${o.account}:backup-plan:plan-${o.prefix}-daily`,
            rules: [
                {
                    ruleName: "daily",
                    targetVaultName: `${o.prefix}-tables`,
                    schedule: "cron(0 3 * * ? *)",
                    lifecycle: { deleteAfter: 35 },
                },
            ],
        },
        o.like,
    );
    const selection = aws(
        r,
        "aws:backup/selection:Selection",
        `${o.prefix}-tables`,
        {
            name: `${o.prefix}-tables`,
            planId: `plan-${o.prefix}-daily`,
            iamRoleArn: o.preview ? UNKNOWN : arn,
            resources: o.tables,
        },
        o.like,
    );
    if (o.preview) dependsOn(selection, "iamRoleArn", role);
}

const XA_BACKUP: Operations = [
    {
        name: "table-backup",
        subject: { service: { principal: "backup.amazonaws.com" } },
        allow: [{ accessSet: "operations.tableBackup", on: ["crossAccount.table"] }],
    },
];

const XA_AUDIT: Operations = [
    {
        name: "data-audit",
        subject: { principal: XA_AUDITOR },
        allow: [
            { accessSet: "operations.keyAudit", on: ["crossAccount.key"] },
            { accessSet: "operations.tableAudit", on: ["crossAccount.table"] },
        ],
    },
];

/** The data key's policy names the security auditor (outside the stack) for these actions. */
const auditorInDataKey = (r: Resources, actions: string[]) =>
    editDoc(find(r, KEY, "cross-account-key"), "policy", d => {
        d.Statement.push({
            Sid: "SecurityAudit",
            Effect: "Allow",
            Principal: { AWS: XA_AUDITOR },
            Action: actions,
            Resource: "*",
        });
    });

const BASIL_AUDIT: Operations = [
    {
        name: "key-audit",
        subject: { irsa: { namespace: "audit", serviceAccount: "key-audit" } },
        allow: [{ accessSet: "operations.keyAudit", on: ["basil.keys"] }],
    },
];

/**
 * Basil's catalog keys audited by a role of the stack that only audit/key-audit becomes (IRSA on the cluster's
 * provider), metadata only on the two keys' ARNs; its ServiceAccount in a restricted namespace. In a first preview the
 * role's ARN (and the ServiceAccount's role annotation, from it) is unknown.
 */
function basilKeyAudit(r: Resources, preview: boolean, sa = "key-audit", subOp = "StringEquals"): void {
    const keys = r.filter(x => x.type === KEY);
    const arn = trustedRole(
        r,
        BASIL,
        "basil-key-audit",
        [irsaTrust(BASIL_OIDC, BASIL_ISSUER, "audit", sa, subOp)],
        [],
        "basil-runtime",
    );
    const role = find(r, ROLE, "basil-key-audit");
    const access = aws(
        r,
        "aws:iam/rolePolicy:RolePolicy",
        "basil-key-audit-access",
        {
            name: "basil-key-audit-access",
            role: "basil-key-audit",
            policy: preview
                ? UNKNOWN
                : doc({
                      Sid: "CatalogKeyMetadata",
                      Effect: "Allow",
                      Action: [
                          "kms:DescribeKey",
                          "kms:GetKeyPolicy",
                          "kms:GetKeyRotationStatus",
                          "kms:ListResourceTags",
                      ],
                      Resource: keys.map(k => prop(k, "arn") as string),
                  }),
        },
        "basil-runtime",
    );
    namespace(r, "audit");
    serviceAccount(r, "audit", "key-audit", { "eks.amazonaws.com/role-arn": preview ? UNKNOWN : arn });
    if (preview) {
        // As the committed runtime's policy in a first preview: the whole document unknown, built from the keys' ARNs.
        setProp(role, "arn", UNKNOWN);
        const deps = access as AnalyzerResourceInput & {
            dependencies?: string[];
            propertyDependencies?: Record<string, string[]>;
        };
        deps.dependencies = [...keys.map(k => k.urn), role.urn];
        deps.propertyDependencies = { policy: keys.map(k => k.urn), role: [role.urn] };
        dependsOn(find(r, "kubernetes:core/v1:ServiceAccount", "audit-key-audit-sa"), "metadata", role);
    }
}

const PI_TABLE_AUDIT: Operations = [
    {
        name: "table-audit",
        subject: { podIdentity: { namespace: "audit", serviceAccount: "table-audit" } },
        allow: [{ accessSet: "operations.tableAudit", on: ["signer.tables"] }],
    },
];

/**
 * The signer's tables audited by a role of the stack on EKS Pod Identity (audit/table-audit): its association in the
 * cluster's account; in a first preview the role's ARN and the association's roleArn are unknown (from the role).
 */
function podIdentityTableAudit(r: Resources, preview: boolean, extra: string[] = []): void {
    const name = "custody-pod-identity-table-audit";
    trustedRole(
        r,
        PI,
        name,
        [podIdentityTrust("audit", "table-audit")],
        [
            {
                Sid: "TableSettings",
                Effect: "Allow",
                Action: [
                    "dynamodb:DescribeTable",
                    "dynamodb:DescribeContinuousBackups",
                    "dynamodb:DescribeTimeToLive",
                    "dynamodb:ListTagsOfResource",
                    ...extra,
                ],
                Resource: PI_TABLES,
            },
        ],
        "signer-role",
    );
    const role = find(r, ROLE, name);
    if (preview) setProp(role, "arn", UNKNOWN);
    namespace(r, "audit");
    serviceAccount(r, "audit", "table-audit");
    const assoc = aws(
        r,
        "aws:eks/podIdentityAssociation:PodIdentityAssociation",
        "audit-table-audit-pod-identity",
        {
            clusterName: PI_CLUSTER,
            namespace: "audit",
            serviceAccount: "table-audit",
            roleArn: preview ? UNKNOWN : `arn:aws:iam::${PI}:role/${name}`,
        },
        "signer-role",
    );
    if (preview) dependsOn(assoc, "roleArn", role);
}

/**
 * Alarms on the key manager's KMS management calls in the identity account (KMS developer guide, "Monitoring with
 * EventBridge" / CloudTrail events via EventBridge): a rule on CreateKey, ScheduleKeyDeletion, DisableKey, PutKeyPolicy
 * and CreateGrant, an SNS topic under AWS's managed alias/aws/sns key with a topic policy letting EventBridge publish
 * from that rule, and a FailedInvocations alarm.
 */
function keyManagerAlarms(r: Resources, preview = false): void {
    const topic = `arn:aws:sns:us-east-1:${TD}:trust-domain-key-events`;
    const rule = `arn:aws:events:us-east-1:${TD}:rule/trust-domain-key-events`;
    const u = (v: unknown) => (preview ? UNKNOWN : v);
    const t = aws(r, "aws:sns/topic:Topic", "key-events", {
        name: "trust-domain-key-events",
        arn: u(topic),
        kmsMasterKeyId: "alias/aws/sns",
    });
    const ruleRes = aws(r, "aws:cloudwatch/eventRule:EventRule", "key-events", {
        name: "trust-domain-key-events",
        arn: u(rule),
        eventPattern: JSON.stringify({
            source: ["aws.kms"],
            "detail-type": ["AWS API Call via CloudTrail"],
            detail: {
                eventSource: ["kms.amazonaws.com"],
                eventName: ["CreateKey", "ScheduleKeyDeletion", "DisableKey", "PutKeyPolicy", "CreateGrant"],
                userIdentity: { sessionContext: { sessionIssuer: { arn: [TD_SERVER] } } },
            },
        }),
    });
    const policy = aws(r, "aws:sns/topicPolicy:TopicPolicy", "key-events-policy", {
        arn: u(topic),
        policy: u(
            doc({
                Sid: "EventBridgePublish",
                Effect: "Allow",
                Principal: { Service: "events.amazonaws.com" },
                Action: "sns:Publish",
                Resource: topic,
                Condition: { ArnEquals: { "aws:SourceArn": rule } },
            }),
        ),
    });
    const target = aws(r, "aws:cloudwatch/eventTarget:EventTarget", "key-events-to-sns", {
        rule: "trust-domain-key-events",
        arn: u(topic),
        targetId: "sns",
    });
    const alarm = aws(r, "aws:cloudwatch/metricAlarm:MetricAlarm", "key-events-failed", {
        name: "trust-domain-key-events-failed",
        namespace: "AWS/Events",
        metricName: "FailedInvocations",
        dimensions: { RuleName: "trust-domain-key-events" },
        statistic: "Sum",
        period: 300,
        evaluationPeriods: 1,
        threshold: 1,
        comparisonOperator: "GreaterThanOrEqualToThreshold",
        alarmActions: preview ? [UNKNOWN] : [topic],
    });
    if (preview) {
        dependsOn(target, "arn", t);
        dependsOn(alarm, "alarmActions", t);
        const deps = policy as AnalyzerResourceInput & {
            dependencies?: string[];
            propertyDependencies?: Record<string, string[]>;
        };
        deps.dependencies = [t.urn, ruleRes.urn];
        deps.propertyDependencies = { arn: [t.urn], policy: [t.urn, ruleRes.urn] };
    }
}

/** A Deny guard on a key: destroying/re-policying actions for every principal but `except` (aws:PrincipalArn). */
const denyGuard = (except: string[]): Statement => ({
    Sid: "DenyKeyDestructionExceptDeployer",
    Effect: "Deny",
    Principal: { AWS: "*" },
    Action: ["kms:ScheduleKeyDeletion", "kms:DisableKey", "kms:PutKeyPolicy", "kms:CreateGrant"],
    Resource: "*",
    Condition: { ArnNotEquals: { "aws:PrincipalArn": except } },
});

const CURITY_BACKUP: Operations = [
    {
        name: "table-backup",
        subject: { service: { principal: "backup.amazonaws.com" } },
        allow: [{ accessSet: "operations.tableBackup", on: ["curity.tables"] }],
    },
];

const secure: Case[] = [
    {
        stack: "cross-account",
        name: "AWS Backup of my-table in account A (a helper on crossAccount.table, service subject; stack role, in-account vault with a lock, daily plan, selection)",
        operations: XA_BACKUP,
        edit: r =>
            tableBackup(r, {
                account: XA,
                region: XREGION,
                like: "cross-account-access",
                prefix: "my-table",
                tables: [MY_TABLE],
            }),
    },
    {
        stack: "cross-account",
        preview: true,
        name: "the same AWS Backup of my-table in a first preview (the backup role's ARN and the selection's iamRoleArn unknown, from the role)",
        operations: XA_BACKUP,
        edit: r =>
            tableBackup(r, {
                account: XA,
                region: XREGION,
                like: "cross-account-access",
                prefix: "my-table",
                tables: [MY_TABLE],
                preview: true,
            }),
    },
    {
        stack: "cross-account",
        name: "a security auditor of account A (outside the stack) named in the data key's policy for metadata only (DescribeKey, GetKeyPolicy, GetKeyRotationStatus, ListResourceTags), a helper on crossAccount.key and crossAccount.table",
        operations: XA_AUDIT,
        edit: r =>
            auditorInDataKey(r, [
                "kms:DescribeKey",
                "kms:GetKeyPolicy",
                "kms:GetKeyRotationStatus",
                "kms:ListResourceTags",
            ]),
    },
    {
        stack: "cross-account",
        name: "the data key hardened: a Deny of ScheduleKeyDeletion/DisableKey/PutKeyPolicy/CreateGrant for everyone but the deployer (ArnNotEquals aws:PrincipalArn) and a 180-day rotation period",
        edit: r => {
            const key = find(r, KEY, "cross-account-key");
            editDoc(key, "policy", d => void d.Statement.push(denyGuard([XA_DEPLOYER])));
            setProp(key, "rotationPeriodInDays", 180);
        },
    },
    {
        stack: "basil",
        name: "Basil's catalog keys audited by a stack IRSA role only audit/key-audit becomes (a helper on basil.keys: DescribeKey, GetKeyPolicy, GetKeyRotationStatus, ListResourceTags on the two keys)",
        operations: BASIL_AUDIT,
        edit: r => basilKeyAudit(r, false),
    },
    {
        stack: "basil",
        preview: true,
        name: "the same catalog-key audit in a first preview (the role's ARN, the ServiceAccount's role annotation and the RolePolicy's document unknown, from the role and the keys, as the committed runtime's)",
        operations: BASIL_AUDIT,
        edit: r => basilKeyAudit(r, true),
    },
    {
        stack: "basil",
        name: "the payload key on a 365-day rotation period and both catalog keys guarded by a Deny of deletion/disable/re-policy for everyone but the break-glass operator",
        edit: r => {
            for (const key of r.filter(x => x.type === KEY))
                editDoc(key, "policy", d => void d.Statement.push(denyGuard([BREAK_GLASS])));
            setProp(find(r, KEY, "basil-key-payload-aead"), "rotationPeriodInDays", 365);
        },
    },
    {
        stack: "pod-identity",
        name: "the signer's tables audited on EKS Pod Identity (audit/table-audit): a stack role pinned to the cluster, namespace and ServiceAccount, its association, settings reads only",
        operations: PI_TABLE_AUDIT,
        edit: r => podIdentityTableAudit(r, false),
    },
    {
        stack: "pod-identity",
        preview: true,
        name: "the same Pod Identity table audit in a first preview (the role's ARN and the association's roleArn unknown, from the role)",
        operations: PI_TABLE_AUDIT,
        edit: r => podIdentityTableAudit(r, true),
    },
    {
        stack: "trust-domain",
        name: "an EventBridge rule on the key manager's KMS management calls (CreateKey, ScheduleKeyDeletion, DisableKey, PutKeyPolicy, CreateGrant) to an SNS topic under alias/aws/sns, with a FailedInvocations alarm",
        edit: r => keyManagerAlarms(r),
    },
    {
        stack: "trust-domain",
        preview: true,
        name: "the same key-manager alarms in a first preview (topic and rule ARNs, the topic policy, the target's arn and the alarm's actions unknown, from the topic and rule)",
        edit: r => keyManagerAlarms(r, true),
    },
    {
        stack: "curity",
        name: "AWS Backup of the curity-* tables in Curity's account (a helper on curity.tables, service subject; stack role, in-account vault with a lock, daily plan, selection of table/curity-*)",
        operations: CURITY_BACKUP,
        edit: r =>
            tableBackup(r, {
                account: CURITY,
                region: "eu-west-1",
                like: "curity-role",
                prefix: "curity",
                tables: [CURITY_TABLES],
            }),
    },
    {
        stack: "curity",
        preview: true,
        name: "the same AWS Backup of the curity-* tables in a first preview (role ARN and selection iamRoleArn unknown, from the role)",
        operations: CURITY_BACKUP,
        edit: r =>
            tableBackup(r, {
                account: CURITY,
                region: "eu-west-1",
                like: "curity-role",
                prefix: "curity",
                tables: [CURITY_TABLES],
                preview: true,
            }),
    },
];

const insecure: Case[] = [
    {
        stack: "cross-account",
        name: "the security auditor's statement in the data key's policy also allows kms:Decrypt",
        operations: XA_AUDIT,
        edit: r => auditorInDataKey(r, ["kms:DescribeKey", "kms:GetKeyPolicy", "kms:Decrypt"]),
        refused: /security-auditor.*kms:Decrypt/,
    },
    {
        stack: "basil",
        name: "the catalog-key audit role's IRSA trust pinned by StringLike system:serviceaccount:audit:* (every ServiceAccount of audit)",
        operations: BASIL_AUDIT,
        edit: r => basilKeyAudit(r, false, "*", "StringLike"),
        refused: /basil-key-audit|audit:\*/,
    },
    {
        stack: "pod-identity",
        preview: true,
        name: "the Pod Identity table audit in a first preview also allowed dynamodb:Scan on the signer's tables",
        operations: PI_TABLE_AUDIT,
        edit: r => podIdentityTableAudit(r, true, ["dynamodb:Scan"]),
        refused: /table-audit.*dynamodb:Scan/,
    },
    {
        stack: "cross-account",
        name: "the my-table backup role also allowed dynamodb:RestoreTableFromBackup into any table (restore, then read the copy)",
        operations: XA_BACKUP,
        edit: r =>
            tableBackup(
                r,
                {
                    account: XA,
                    region: XREGION,
                    like: "cross-account-access",
                    prefix: "my-table",
                    tables: [MY_TABLE],
                },
                [
                    {
                        Sid: "Restore",
                        Effect: "Allow",
                        Action: ["dynamodb:RestoreTableFromBackup"],
                        Resource: [`${MY_TABLE}/backup/*`, `arn:aws:dynamodb:${XREGION}:${XA}:table/*`],
                    },
                ],
            ),
        refused: /my-table-backup.*RestoreTableFromBackup|RestoreTableFromBackup/,
    },
];

describe("red-team round 29: secure variants of the less-used stacks (false positives) and insecure neighbours", function () {
    this.timeout(120000);
    for (const c of secure)
        (c.skip ? it.skip : it)(`accepts: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            assertClean(await runPack(c.stack, r, { operations: c.operations }));
        });
    for (const c of insecure)
        (c.skip ? it.skip : it)(`refuses: ${c.stack}: ${c.name}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            assertRefused(await runPack(c.stack, r, { operations: c.operations }), c.refused ?? /./, c.policy);
        });
});
