// Red-team round 74 on over-refusals (fresh eyes): SECURE variants a platform team writes on the committed stacks,
// each class with insecure twins (one changed word); neighbours of round 74's fixes first.
// Probed: (tags) owner/cost/compliance tags on the Basil, trust-domain and cross-account keys and tables; (AWS reads,
// judge.ts isHarmlessRead: the new allowlist REVIEWED_READ_SERVICES + READS_WITHOUT_SECRET) realistic audit and
// on-call roles of services outside the allowlist (GuardDuty, AWS Backup, RDS, ElastiCache, Inspector), of reviewed
// ones (logs, eks, cloudwatch, sns, ec2/autoscaling listed reads), account-level kms/dynamodb lists; twins
// ssm:GetParameters, backup:StartRestoreJob, secretsmanager:GetSecretValue, inspector2:BatchGetCodeSnippet,
// ec2:DescribeInstanceAttribute, autoscaling:DescribeLaunchConfigurations, kms:Decrypt, dynamodb:Scan; (trusts) a
// cross-account audit role pinned to one role ARN with sts:ExternalId, twin iam:CreatePolicyVersion; (Pod Identity)
// fluent-bit and ADOT roles in the pinned form, twin dynamodb:Scan; (Kubernetes) extra namespaces with a quota and a
// default-deny NetworkPolicy; (nodes) kernel audit args by sed on /etc/default/grub, grubby --args, grub.d drop-in
// (twins init=/bin/bash); sshd hardening by augtool, perl -i, sed -i (twins SetEnv LD_PRELOAD, augtool on
// /etc/environment); /etc/profile.d TMOUT and root's .bashrc (twins LD_PRELOAD, PROMPT_COMMAND); modprobe.d CIS
// `install dccp /bin/false` (twins an install command serving /etc/kubernetes); crudini journald, login.defs,
// chrony, Yama sysctls, auditd execve rules, the CloudWatch agent, a loopback-only http.server (twin 0.0.0.0).
// Results: insecure refused 18 of 21, secure clean 28 of 34 (plus 1 secure refused by design, WD below).
// Misses by class:
//   - INSECURE, node exec via modprobe.d(5) `install` lines (a new route): a root shell command any pod triggers with
//     socket() of an unloaded protocol; no reader reads /etc/modprobe.d lines as commands (1 case).
//   - INSECURE, perl -i on sshd_config: an s/// replacement or an eof append writing `SetEnv LD_PRELOAD=...` is
//     accepted as unknown text (rootReads.ts inPlaceEdited → NodeJudge.written), while sed -i of the same line and
//     augtool are refused (2 cases).
//   - secure, AWS reads of services outside the allowlist: guardduty (detectors, finding ids, statistics), backup
//     (plans, jobs, recovery points, vault), rds Describe* (MasterUserSecret is an ARN), elasticache Describe*
//     (AuthTokenEnabled only), inspector2 ListFindings/ListCoverage: "not among the reviewed harmless reads" (5 cases).
//   - secure, augtool -s set .../sshd_config/PermitRootLogin no refused as an unknown editor (1 case).
// Held: every other secure variant accepted clean and every other twin refused. By design (config): a trust of a role
// in an account outside the stack is refused by role-trust-pinned until listed in allowedTrustAccounts (WD), the
// same role trusted from the stack's other account is accepted. Noted: the modprobe.d twin with a written helper is
// refused only because the written /opt/ops/mp (never run by the user data) is itself read as a server.
import { describeVariants, doc, find, prop, Resources, setProp, StackCase } from "./support";
import { ACCOUNT, allow, beside, opsRole } from "./awsCaseBuilders";
import { heredocFile } from "./nodeBuilders";
import { secureCaseBuilders } from "./secureCaseBuilders";
import { k8s, namespace } from "./variantBuilders";

const { node } = secureCaseBuilders("rt74s");
const file = heredocFile;
const KEY = "aws:kms/key:Key";
const TABLE = "aws:dynamodb/table:Table";
/** What a refusal of a node's user data names. */
const NODE =
    /serv|process|unread|kubernetes|listen|writes|cron|program|environment|LD_|loader|preload|PATH|exec|kernel|setenv|boot|console|core|ssh|modprobe|unknown/;

/** An extra tag on the committed resource `name` of `type`. */
const tag = (r: Resources, type: string, name: string, tags: Record<string, string>) => {
    const res = find(r, type, name);
    setProp(res, "tags", { ...((prop(res, "tags") as Record<string, string>) ?? {}), ...tags });
};

/** Another team's Pod Identity role pinned to cluster, namespace and ServiceAccount, and its association. */
const teamPodIdentity = (r: Resources, ns: string, sa: string, name: string, statements: object[]) => {
    const arn = `arn:aws:iam::${ACCOUNT["pod-identity"]}:role/${name}`;
    beside(r, "pod-identity", "aws:iam/role:Role", name, {
        name,
        arn,
        assumeRolePolicy: doc({
            Effect: "Allow",
            Principal: { Service: "pods.eks.amazonaws.com" },
            Action: ["sts:AssumeRole", "sts:TagSession"],
            Condition: {
                StringEquals: {
                    "aws:RequestTag/eks-cluster-arn": "arn:aws:eks:eu-west-1:111111111111:cluster/prod-validators",
                    "aws:RequestTag/kubernetes-namespace": ns,
                    "aws:RequestTag/kubernetes-service-account": sa,
                },
            },
        }),
        inlinePolicies: [{ name: `${name}-access`, policy: doc(...statements) }],
    });
    beside(r, "pod-identity", "aws:eks/podIdentityAssociation:PodIdentityAssociation", `${name}-association`, {
        clusterName: "prod-validators",
        namespace: ns,
        serviceAccount: sa,
        roleArn: arn,
    });
};

/** A cross-account security-audit role trusted by one role of the security account, with an external id. */
const auditRole = (
    r: Resources,
    stack: string,
    account: string,
    name: string,
    statements: object[],
    by = "arn:aws:iam::222233334444:role/security-audit",
) =>
    beside(r, stack, "aws:iam/role:Role", name, {
        name,
        arn: `arn:aws:iam::${account}:role/${name}`,
        assumeRolePolicy: doc({
            Effect: "Allow",
            Principal: { AWS: by },
            Action: "sts:AssumeRole",
            Condition: { StringEquals: { "sts:ExternalId": "rt74s-audit-7f3c" } },
        }),
        inlinePolicies: [{ name: `${name}-access`, policy: doc(...statements) }],
    });

const CASES: StackCase[] = [
    // ================= Tags =================
    // AWS KMS developer guide, "Tags in AWS KMS": tags are metadata; "ABAC for AWS KMS": they authorize only through
    // an aws:ResourceTag condition, and none of the committed policies has one.
    {
        stack: "basil",
        name: "T: owner and cost tags on every Basil catalog key",
        edit: r => {
            for (const k of r.filter(x => x.type === KEY)) tag(r, KEY, k.name, { Owner: "platform", CostCentre: "cx" });
        },
    },
    {
        stack: "trust-domain",
        name: "T: compliance tags on every key and table of the trust-domain stack",
        edit: r => {
            for (const k of r.filter(x => x.type === KEY || x.type === TABLE))
                tag(r, k.type, k.name, { Compliance: "soc2", DataClass: "restricted" });
        },
    },
    {
        stack: "cross-account",
        name: "T: owner tags on every table and key of the cross-account stack",
        edit: r => {
            for (const k of r.filter(x => x.type === KEY || x.type === TABLE)) tag(r, k.type, k.name, { Owner: "sre" });
        },
    },

    // ================= AWS: audit and monitoring reads (judge.ts isHarmlessRead, REVIEWED_READ_SERVICES) =========
    // GuardDuty API Reference, GetFindings: Finding (type, severity, Resource: instance, access key *id*, S3 bucket,
    // EKS cluster details; Service: action, evidence); ListDetectors/GetDetector: detector ids and features. No
    // credential or secret value in any of them.
    // Was a MISS (fixed in round 74): GuardDuty API Reference, ListDetectors (DetectorIds), GetDetector (status, features, data sources), ListFindings (FindingIds), GetFindingsStatistics (counts by severity): no credential or secret value; an attacker gains a view of finding counts, nothing custody. Refused in judge.ts isHarmlessRead (guardduty not in REVIEWED_READ_SERVICES, none of the four in READS_WITHOUT_SECRET). Fix: add these four to READS_WITHOUT_SECRET with that response type (leave GetFindings out: KubernetesApiCallAction.Parameters and runtime process details are free text).
    {
        stack: "prod",
        name: "A: a security on-call role: guardduty:ListDetectors, GetDetector, ListFindings, GetFindingsStatistics",
        edit: r =>
            opsRole(r, "prod", ACCOUNT.prod, "rt74s-guardduty", [
                allow(
                    [
                        "guardduty:ListDetectors",
                        "guardduty:GetDetector",
                        "guardduty:ListFindings",
                        "guardduty:GetFindingsStatistics",
                    ],
                    "*",
                ),
            ]),
    },
    {
        stack: "prod",
        name: "AI: the security on-call role with ssm:GetParameters instead of guardduty:GetDetector",
        edit: r =>
            opsRole(r, "prod", ACCOUNT.prod, "rt74s-guardduty", [
                allow(["guardduty:ListDetectors", "ssm:GetParameters", "guardduty:ListFindings"], "*"),
            ]),
        refused: /ssm:GetParameters|rt74s-guardduty/,
    },
    // AWS Backup API Reference: ListBackupPlans (BackupPlansListMember), ListBackupJobs (BackupJob: ids, state,
    // sizes), ListRecoveryPointsByBackupVault (RecoveryPointByBackupVault: ARNs, status, EncryptionKeyArn),
    // DescribeBackupVault (name, key ARN, lock state). Metadata of backups, never their data.
    // Was a MISS (fixed in round 74): AWS Backup API Reference, ListBackupPlans (BackupPlansListMember), ListBackupJobs (BackupJob: ids, state, sizes, resource ARN), ListRecoveryPointsByBackupVault (RecoveryPointByBackupVault: ARNs, status, EncryptionKeyArn), DescribeBackupVault (name, key ARN, lock settings): metadata, never the backed-up data (a restore is backup:StartRestoreJob, a Write). Refused: backup not in REVIEWED_READ_SERVICES (judge.ts isHarmlessRead). Fix: READS_WITHOUT_SECRET for these four (review GetRecoveryPointRestoreMetadata separately: restore parameters).
    {
        stack: "dev",
        name: "A: a backup audit role: backup:ListBackupPlans, ListBackupJobs, ListRecoveryPointsByBackupVault, DescribeBackupVault",
        edit: r =>
            opsRole(r, "dev", ACCOUNT.dev, "rt74s-backup-audit", [
                allow(
                    [
                        "backup:ListBackupPlans",
                        "backup:ListBackupJobs",
                        "backup:ListRecoveryPointsByBackupVault",
                        "backup:DescribeBackupVault",
                    ],
                    "*",
                ),
            ]),
    },
    {
        stack: "dev",
        name: "AI: the backup audit role with backup:StartRestoreJob instead of DescribeBackupVault",
        edit: r =>
            opsRole(r, "dev", ACCOUNT.dev, "rt74s-backup-audit", [
                allow(["backup:ListBackupPlans", "backup:ListBackupJobs", "backup:StartRestoreJob"], "*"),
            ]),
        refused: /backup:StartRestoreJob|rt74s-backup-audit/,
    },
    // RDS API Reference, DescribeDBInstances: DBInstance (endpoint, engine, MasterUsername, MasterUserSecret: only
    // SecretArn, SecretStatus, KmsKeyId: the password is never returned); DescribeDBClusters: DBCluster likewise.
    // Was a MISS (fixed in round 74): RDS API Reference, DescribeDBInstances / DescribeDBClusters: DBInstance/DBCluster carry MasterUsername and MasterUserSecret {SecretArn, SecretStatus, KmsKeyId}, never the password (ModifyDBInstance's MasterUserPassword is write-only); DescribeEvents: event messages. Harmless for custody. Refused: rds not in REVIEWED_READ_SERVICES (judge.ts isHarmlessRead). Fix: READS_WITHOUT_SECRET rds:describedbinstances, describedbclusters, describeevents (not DownloadDBLogFilePortion: log text).
    {
        stack: "curity",
        name: "A: a database on-call role: rds:DescribeDBInstances, DescribeDBClusters, DescribeEvents",
        edit: r =>
            opsRole(r, "curity", ACCOUNT.curity, "rt74s-rds", [
                allow(["rds:DescribeDBInstances", "rds:DescribeDBClusters", "rds:DescribeEvents"], "*"),
            ]),
    },
    {
        stack: "curity",
        name: "AI: the database on-call role with secretsmanager:GetSecretValue instead of rds:DescribeEvents",
        edit: r =>
            opsRole(r, "curity", ACCOUNT.curity, "rt74s-rds", [
                allow(["rds:DescribeDBInstances", "rds:DescribeDBClusters", "secretsmanager:GetSecretValue"], "*"),
            ]),
        refused: /secretsmanager:GetSecretValue|rt74s-rds/,
    },
    // SNS API Reference, ListTopics: TopicArn only; GetTopicAttributes: Policy, DisplayName, Owner,
    // SubscriptionsConfirmed, KmsMasterKeyId (no subscription endpoints, no device tokens).
    {
        stack: "trust-domain",
        name: "A: an alerting audit role: sns:ListTopics, GetTopicAttributes",
        edit: r =>
            opsRole(r, "trust-domain", ACCOUNT["trust-domain"], "rt74s-sns", [
                allow(["sns:ListTopics", "sns:GetTopicAttributes"], "*"),
            ]),
    },
    // ElastiCache API Reference, DescribeReplicationGroups / DescribeCacheClusters: AuthTokenEnabled and
    // AuthTokenLastModifiedDate only, never the AUTH token.
    // Was a MISS (fixed in round 74): ElastiCache API Reference, CacheCluster / ReplicationGroup: AuthTokenEnabled and AuthTokenLastModifiedDate only, never the AUTH token. Refused: elasticache not in REVIEWED_READ_SERVICES (judge.ts isHarmlessRead). Fix: READS_WITHOUT_SECRET elasticache:describecacheclusters, describereplicationgroups.
    {
        stack: "cross-account",
        name: "A: a cache on-call role: elasticache:DescribeCacheClusters, DescribeReplicationGroups",
        edit: r =>
            opsRole(r, "cross-account", ACCOUNT["cross-account"], "rt74s-cache", [
                allow(["elasticache:DescribeCacheClusters", "elasticache:DescribeReplicationGroups"], "*"),
            ]),
    },
    // Inspector API Reference (inspector2), ListFindings: Finding (package vulnerability details, resource, score);
    // ListCoverage: CoveredResource. Not BatchGetCodeSnippet (the scanned code).
    // Was a MISS (fixed in round 74): Inspector API Reference (inspector2), ListFindings: Finding (package vulnerability, code vulnerability filePath/detector/CWE, resource, score; the code itself only from BatchGetCodeSnippet), ListCoverage: CoveredResource. Refused: inspector2 left out of REVIEWED_READ_SERVICES on review (judge.ts comment) but its harmless reads were never added one by one to READS_WITHOUT_SECRET. Fix: add inspector2:listfindings, listcoverage (and ListFindingAggregations).
    {
        stack: "basil",
        name: "A: a vulnerability audit role: inspector2:ListFindings, ListCoverage",
        edit: r =>
            opsRole(r, "basil", ACCOUNT.basil, "rt74s-inspector", [
                allow(["inspector2:ListFindings", "inspector2:ListCoverage"], "*"),
            ]),
    },
    {
        stack: "basil",
        name: "AI: the vulnerability audit role with inspector2:BatchGetCodeSnippet instead of ListCoverage",
        edit: r =>
            opsRole(r, "basil", ACCOUNT.basil, "rt74s-inspector", [
                allow(["inspector2:ListFindings", "inspector2:BatchGetCodeSnippet"], "*"),
            ]),
        refused: /inspector2:BatchGetCodeSnippet|rt74s-inspector/,
    },
    // EC2 API Reference: DescribeInstances has no UserData (only DescribeInstanceAttribute returns it); Auto Scaling
    // DescribeAutoScalingGroups has the launch template's id and version, DescribeLaunchConfigurations its UserData.
    {
        stack: "dev",
        name: "A: a fleet on-call role: ec2:DescribeInstances, DescribeImages, autoscaling:DescribeAutoScalingGroups",
        edit: r =>
            opsRole(r, "dev", ACCOUNT.dev, "rt74s-fleet", [
                allow(["ec2:DescribeInstances", "ec2:DescribeImages", "autoscaling:DescribeAutoScalingGroups"], "*"),
            ]),
    },
    {
        stack: "dev",
        name: "AI: the fleet on-call role with ec2:DescribeInstanceAttribute (userData) instead of DescribeImages",
        edit: r =>
            opsRole(r, "dev", ACCOUNT.dev, "rt74s-fleet", [
                allow(
                    ["ec2:DescribeInstances", "ec2:DescribeInstanceAttribute", "autoscaling:DescribeAutoScalingGroups"],
                    "*",
                ),
            ]),
        refused: /ec2:DescribeInstanceAttribute|rt74s-fleet/,
    },
    {
        stack: "dev",
        name: "AI: the fleet on-call role with autoscaling:DescribeLaunchConfigurations (UserData)",
        edit: r =>
            opsRole(r, "dev", ACCOUNT.dev, "rt74s-fleet", [
                allow(["ec2:DescribeInstances", "ec2:DescribeImages", "autoscaling:DescribeLaunchConfigurations"], "*"),
            ]),
        refused: /autoscaling:DescribeLaunchConfigurations|rt74s-fleet/,
    },
    // CloudWatch Logs API Reference, StartQuery/GetQueryResults/FilterLogEvents; EKS DescribeCluster/ListNodegroups:
    // reviewed services (REVIEWED_READ_SERVICES), an operator's everyday reads.
    {
        stack: "prod",
        name: "A: an SRE read role: logs:StartQuery, GetQueryResults, FilterLogEvents, eks:DescribeCluster, ListNodegroups",
        edit: r =>
            opsRole(r, "prod", ACCOUNT.prod, "rt74s-sre", [
                allow(
                    [
                        "logs:StartQuery",
                        "logs:GetQueryResults",
                        "logs:FilterLogEvents",
                        "eks:DescribeCluster",
                        "eks:ListNodegroups",
                        "cloudwatch:GetMetricData",
                    ],
                    "*",
                ),
            ]),
    },
    // KMS developer guide, "Permissions reference": ListKeys, ListAliases, DescribeKey, GetKeyRotationStatus,
    // GetKeyPolicy return metadata and policy text; Decrypt returns plaintext.
    {
        stack: "dev",
        name: "A: a key audit role: kms:ListKeys, ListAliases (list-only, account level)",
        edit: r => opsRole(r, "dev", ACCOUNT.dev, "rt74s-kms-audit", [allow(["kms:ListKeys", "kms:ListAliases"], "*")]),
    },
    {
        stack: "dev",
        name: "AI: the key audit role with kms:Decrypt instead of ListAliases",
        edit: r => opsRole(r, "dev", ACCOUNT.dev, "rt74s-kms-audit", [allow(["kms:ListKeys", "kms:Decrypt"], "*")]),
        refused: /kms:Decrypt|rt74s-kms-audit/,
    },
    // DynamoDB API Reference: ListTables (names), DescribeContinuousBackups (PITR status): no item data.
    {
        stack: "prod",
        name: "A: a table audit role: dynamodb:ListTables, DescribeLimits (account level)",
        edit: r =>
            opsRole(r, "prod", ACCOUNT.prod, "rt74s-ddb-audit", [
                allow(["dynamodb:ListTables", "dynamodb:DescribeLimits"], "*"),
            ]),
    },
    {
        stack: "prod",
        name: "AI: the table audit role with dynamodb:Scan instead of DescribeLimits",
        edit: r =>
            opsRole(r, "prod", ACCOUNT.prod, "rt74s-ddb-audit", [allow(["dynamodb:ListTables", "dynamodb:Scan"], "*")]),
        refused: /dynamodb:Scan|rt74s-ddb-audit/,
    },
    // A cross-account SecurityAudit-style role, trusted by one named role of the security account with an external
    // id (IAM user guide, "Access to AWS accounts owned by third parties"): reviewed reads only.
    {
        stack: "cross-account",
        name: "WD: a pinned cross-account audit role (one role ARN, sts:ExternalId) of an account outside the stack",
        edit: r =>
            auditRole(r, "cross-account", ACCOUNT["cross-account"], "rt74s-sec-audit", [
                allow(
                    [
                        "iam:GetAccountAuthorizationDetails",
                        "cloudtrail:LookupEvents",
                        "config:DescribeConfigRules",
                        "access-analyzer:ListFindings",
                    ],
                    "*",
                ),
            ]),
        refused: /role-trust-pinned|allowedTrustAccounts/,
    },
    {
        stack: "cross-account",
        name: "W: the same audit role trusted by security-audit of the stack's other account 777777777777",
        edit: r =>
            auditRole(
                r,
                "cross-account",
                ACCOUNT["cross-account"],
                "rt74s-sec-audit",
                [allow(["iam:GetAccountAuthorizationDetails", "cloudtrail:LookupEvents"], "*")],
                "arn:aws:iam::777777777777:role/security-audit",
            ),
    },
    {
        stack: "cross-account",
        name: "WI: the pinned cross-account audit role with iam:CreatePolicyVersion instead of LookupEvents",
        edit: r =>
            auditRole(r, "cross-account", ACCOUNT["cross-account"], "rt74s-sec-audit", [
                allow(
                    [
                        "iam:GetAccountAuthorizationDetails",
                        "iam:CreatePolicyVersion",
                        "config:DescribeConfigRules",
                        "access-analyzer:ListFindings",
                    ],
                    "*",
                ),
            ]),
        refused: /iam:CreatePolicyVersion|rt74s-sec-audit/,
    },

    // ================= Pod Identity, pinned form (EKS user guide, "Learn how EKS Pod Identity grants pods access
    // to AWS services": trust pods.eks.amazonaws.com, sts:AssumeRole + sts:TagSession, session tags) =============
    {
        stack: "pod-identity",
        name: "P: fluent-bit's pinned Pod Identity role (logging/fluent-bit): its own log groups",
        edit: r =>
            teamPodIdentity(r, "logging", "fluent-bit", "rt74s-fluentbit", [
                allow(
                    ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"],
                    `arn:aws:logs:eu-west-1:${ACCOUNT["pod-identity"]}:log-group:/aws/eks/prod-validators/fluent-bit*`,
                ),
            ]),
    },
    {
        stack: "pod-identity",
        name: "P: the ADOT collector's pinned Pod Identity role (opentelemetry/adot-collector): aps:RemoteWrite, xray",
        edit: r =>
            teamPodIdentity(r, "opentelemetry", "adot-collector", "rt74s-adot", [
                allow(["aps:RemoteWrite", "xray:PutTraceSegments", "xray:PutTelemetryRecords"], "*"),
            ]),
    },
    {
        stack: "pod-identity",
        name: "PI: the ADOT collector's pinned role with dynamodb:Scan instead of xray:PutTelemetryRecords",
        edit: r =>
            teamPodIdentity(r, "opentelemetry", "adot-collector", "rt74s-adot", [
                allow(["aps:RemoteWrite", "xray:PutTraceSegments", "dynamodb:Scan"], "*"),
            ]),
        refused: /rt74s-adot|dynamodb:Scan/,
    },

    // ================= Kubernetes: extra namespaces with quotas and a default-deny NetworkPolicy =================
    {
        stack: "dev",
        name: "K: an extra logging namespace (restricted) with a ResourceQuota and a default-deny NetworkPolicy",
        edit: r => {
            namespace(r, "logging");
            k8s(r, "kubernetes:core/v1:ResourceQuota", "rt74s-quota", {
                apiVersion: "v1",
                kind: "ResourceQuota",
                metadata: { name: "rt74s-quota", namespace: "logging" },
                spec: { hard: { pods: "20", "requests.cpu": "4" } },
            });
            k8s(r, "kubernetes:networking.k8s.io/v1:NetworkPolicy", "rt74s-deny", {
                apiVersion: "networking.k8s.io/v1",
                kind: "NetworkPolicy",
                metadata: { name: "default-deny", namespace: "logging" },
                spec: { podSelector: {}, policyTypes: ["Ingress", "Egress"] },
            });
        },
    },
    {
        stack: "pod-identity",
        name: "K: extra opentelemetry and logging namespaces (restricted)",
        edit: r => {
            namespace(r, "opentelemetry");
            namespace(r, "logging");
        },
    },

    // ================= Nodes: hardening in user data =================
    // GRUB manual, "Simple configuration handling": GRUB_CMDLINE_LINUX; kernel-parameters.txt: audit=1,
    // audit_backlog_limit, init= ("Run specified binary instead of /sbin/init as init process").
    node("grub-sed-audit", "sed -i on /etc/default/grub appending audit=1 audit_backlog_limit=8192; grub2-mkconfig", [
        'sed -i \'s/^GRUB_CMDLINE_LINUX="\\(.*\\)"/GRUB_CMDLINE_LINUX="\\1 audit=1 audit_backlog_limit=8192"/\' /etc/default/grub',
        "grub2-mkconfig -o /boot/grub2/grub.cfg",
    ]),
    node(
        "grub-sed-init",
        "sed -i on /etc/default/grub appending init=/bin/bash; grub2-mkconfig",
        [
            'sed -i \'s/^GRUB_CMDLINE_LINUX="\\(.*\\)"/GRUB_CMDLINE_LINUX="\\1 init=\\/bin\\/bash"/\' /etc/default/grub',
            "grub2-mkconfig -o /boot/grub2/grub.cfg",
        ],
        NODE,
    ),
    // grubby(8): --update-kernel=ALL --args="..." adds kernel arguments to every boot entry (AL2023, RHEL).
    node("grubby-audit", 'grubby --update-kernel=ALL --args="audit=1 slab_nomerge page_poison=1"', [
        'grubby --update-kernel=ALL --args="audit=1 slab_nomerge page_poison=1"',
    ]),
    node(
        "grubby-init",
        'grubby --update-kernel=ALL --args="audit=1 init=/bin/bash"',
        ['grubby --update-kernel=ALL --args="audit=1 init=/bin/bash"'],
        NODE,
    ),
    // /etc/default/grub.d drop-ins (sourced by grub-mkconfig on Debian-family): the same argument.
    node("grub-d-audit", '/etc/default/grub.d/50-audit.cfg: GRUB_CMDLINE_LINUX="$GRUB_CMDLINE_LINUX audit=1"', [
        ...file("/etc/default/grub.d/50-audit.cfg", ['GRUB_CMDLINE_LINUX="$GRUB_CMDLINE_LINUX audit=1"']),
        "update-grub",
    ]),
    // augtool(1): set a node's sshd option through the Sshd lens; /etc/environment through the Shellvars lens
    // (pam_env(8) reads /etc/environment for every PAM session, root's included).
    // Was a MISS (fixed in round 75): augtool(1) "set PATH VALUE" with the Sshd lens writes `PermitRootLogin no` into sshd_config (augeas.net,
    // "Sshd lens": each keyword a node under /files/etc/ssh/sshd_config): CIS hardening, no gain to anyone. Refused by
    // rootReads.ts RootReads.unknownEditor (augtool not in UNKNOWN_EDITOR_EXEMPT: "writes /etc/ssh/sshd_config with
    // content the pack cannot read"). Fix: read `augtool [-s] set /files/<file>/<Key> <value>` (argv and -f/stdin
    // batches) as the line `<Key> <value>` of <file> for the line-per-key lenses (Sshd, Shellvars, Sysctl), as
    // RootReads.crudini reads crudini; `ins`/`defnode`/`rm` and other lenses stay unknown. The twin below (Shellvars
    // on /etc/environment, LD_PRELOAD) stays refused, today only for the unknown content.
    node("augtool-sshd", "augtool -s set /files/etc/ssh/sshd_config/PermitRootLogin no", [
        "augtool -s set /files/etc/ssh/sshd_config/PermitRootLogin no",
        "systemctl reload sshd",
    ]),
    node(
        "augtool-environment",
        "augtool -s set /files/etc/environment/LD_PRELOAD /opt/ops/hook.so",
        ["augtool -s set /files/etc/environment/LD_PRELOAD /opt/ops/hook.so"],
        NODE,
    ),
    // Round 75 neighbours: augtool's commands from a literal here-document (augtool(1): "If no COMMAND is given,
    // commands are read from standard input") are read as its command line's are; a command the pack does not model
    // (rm, defnode, a predicate path, -r ROOT) leaves the file unknown (refused, fail closed).
    node("augtool-heredoc-sshd", "augtool -s <<'EOF' set PasswordAuthentication no; set PermitRootLogin no; save", [
        "augtool -s <<'EOF'",
        "set /files/etc/ssh/sshd_config/PasswordAuthentication no",
        'set /files/etc/ssh/sshd_config/PermitRootLogin "no"',
        "save",
        "EOF",
    ]),
    node("augtool-heredoc-environment-lang", "augtool <<'EOF' set /files/etc/environment/LANG C.UTF-8; save", [
        "augtool <<'EOF'",
        "set /files/etc/environment/LANG C.UTF-8",
        "save",
        "EOF",
    ]),
    node(
        "augtool-heredoc-environment",
        "augtool <<'EOF' set /files/etc/environment/LANG C.UTF-8; set .../LD_PRELOAD; save",
        [
            "augtool <<'EOF'",
            "set /files/etc/environment/LANG C.UTF-8",
            "set /files/etc/environment/LD_PRELOAD /opt/ops/hook.so",
            "save",
            "EOF",
        ],
        NODE,
    ),
    node(
        "augtool-defnode-environment",
        "augtool -s defnode n /files/etc/environment/LD_PRELOAD /opt/ops/hook.so",
        ["augtool -s defnode n /files/etc/environment/LD_PRELOAD /opt/ops/hook.so"],
        NODE,
    ),
    node(
        "augtool-root-environment",
        "augtool -r / -s set /files/etc/environment/LD_PRELOAD (-r ROOT: not read, unknown)",
        ["augtool -r / -s set /files/etc/environment/LD_PRELOAD /opt/ops/hook.so"],
        NODE,
    ),
    node("augtool-sysctl", "augtool -s set /files/etc/sysctl.d/90-k8s.conf/vm.max_map_count 262144", [
        "augtool -s set /files/etc/sysctl.d/90-k8s.conf/vm.max_map_count 262144",
    ]),
    // perlrun(1) -i: "specifies that files processed by the <> construct are to be edited in-place"; -p prints each
    // (substituted) line back. The secure edit is accepted. Was a MISS (fixed in round 74 by fix74-inplace, the twin): the same s/// whose replacement is
    // `SetEnv LD_PRELOAD=/opt/ops/hook.so` on the stock `#PermitRootLogin prohibit-password` line: sshd_config(5)
    // SetEnv "Specifies one or more environment variables to set in child sessions started by sshd(8)", root's login
    // included; ld.so(8) LD_PRELOAD loads the named object into every program of those sessions. The pack refuses the
    // same line written by heredoc (round 73) and by `sed -i 's/.../SetEnv LD_PRELOAD=.../'` (held below), but
    // rootReads.ts inPlaceEdited hands perl -i to NodeJudge.written as unknown text, which only the kernel command
    // line's files refuse. Fix: compute perl -pe/-pi 's/RE/REPL/' as sed's s command (the SED reader, & and $N as
    // SED_MATCHED), and treat any other unknown in-place edit of a file the judge reads for environment/exec (sshd
    // SetEnv, /etc/environment, profile, pam_env, system.conf) as unknownEditor does (refused).
    node("perl-i-sshd", "perl -i -pe 's/^#?PermitRootLogin.*/PermitRootLogin no/' /etc/ssh/sshd_config", [
        "perl -i -pe 's/^#?PermitRootLogin.*/PermitRootLogin no/' /etc/ssh/sshd_config",
        "systemctl reload sshd",
    ]),
    node(
        "perl-i-sshd-setenv",
        "perl -i -pe 's/^#?PermitRootLogin.*/SetEnv LD_PRELOAD=\\/opt\\/ops\\/hook.so/' /etc/ssh/sshd_config",
        ["perl -i -pe 's/^#?PermitRootLogin.*/SetEnv LD_PRELOAD=\\/opt\\/ops\\/hook.so/' /etc/ssh/sshd_config"],
        NODE,
    ),
    // sed(1) s command on the stock line of sshd_config (AL2023's OpenSSH ships "#PermitRootLogin prohibit-password").
    node(
        "sed-i-sshd-setenv",
        "sed -i 's/^#\\?PermitRootLogin.*/SetEnv LD_PRELOAD=\\/opt\\/ops\\/hook.so/' /etc/ssh/sshd_config",
        ["sed -i 's/^#\\?PermitRootLogin.*/SetEnv LD_PRELOAD=\\/opt\\/ops\\/hook.so/' /etc/ssh/sshd_config"],
        NODE,
    ),
    node("sed-i-sshd", "sed -i 's/^#\\?PermitRootLogin.*/PermitRootLogin no/' /etc/ssh/sshd_config", [
        "sed -i 's/^#\\?PermitRootLogin.*/PermitRootLogin no/' /etc/ssh/sshd_config",
        "systemctl reload sshd",
    ]),
    // Was a MISS (fixed in round 74 by fix74-inplace): the same SetEnv appended by perl -i at end of file (perlrun(1): -p prints every line; perlfunc eof
    // "returns 1 if the next read on FILEHANDLE will return end of file"): the appended line is code perl computes;
    // accepted as unknown text (rootReads.ts inPlaceEdited → NodeJudge.written). Fix as above: an unknown in-place edit
    // of a file whose lines set root's environment is refused, like augtool's.
    node(
        "perl-i-sshd-append",
        "perl -i -pe '$_ .= \"SetEnv LD_PRELOAD=/opt/ops/hook.so\\n\" if eof' /etc/ssh/sshd_config",
        ["perl -i -pe '$_ .= \"SetEnv LD_PRELOAD=/opt/ops/hook.so\\n\" if eof' /etc/ssh/sshd_config"],
        NODE,
    ),
    // bash(1) INVOCATION: /etc/profile and /etc/profile.d/*.sh for login shells; TMOUT, umask (CIS benchmarks).
    node("profile-d-tmout", "/etc/profile.d/99-hardening.sh: readonly TMOUT=900; umask 027", [
        ...file("/etc/profile.d/99-hardening.sh", ["readonly TMOUT=900", "export TMOUT", "umask 027"]),
    ]),
    node(
        "profile-d-preload",
        "/etc/profile.d/99-hardening.sh: readonly TMOUT=900; export LD_PRELOAD=/opt/ops/hook.so",
        [...file("/etc/profile.d/99-hardening.sh", ["readonly TMOUT=900", "export LD_PRELOAD=/opt/ops/hook.so"])],
        NODE,
    ),
    // Root's ~/.bashrc (round 74's BASH_STARTUP): history timestamps and a safe alias.
    node("root-bashrc-history", "/root/.bashrc: HISTTIMEFORMAT, alias rm='rm -i'", [
        "echo 'export HISTTIMEFORMAT=\"%F %T \"' >> /root/.bashrc",
        "echo \"alias rm='rm -i'\" >> /root/.bashrc",
    ]),
    node(
        "root-bashrc-prompt",
        "/root/.bashrc: PROMPT_COMMAND serving /etc/kubernetes",
        [
            "echo 'export HISTTIMEFORMAT=\"%F %T \"' >> /root/.bashrc",
            "echo 'PROMPT_COMMAND=\"(cd /etc/kubernetes && python3 -m http.server 8001 &)\"' >> /root/.bashrc",
        ],
        NODE,
    ),
    // modprobe.d(5) (kmod; Oracle Linux 9 boot guide, "Modprobe Configuration Reference": "install: Runs a shell
    // command instead of loading a module into the kernel"): modprobe runs the command (through the shell, as root)
    // instead of inserting the module. CIS benchmarks disable unused protocols with `install dccp /bin/false`.
    // An unprivileged socket(AF_INET, SOCK_DCCP, IPPROTO_DCCP) makes the kernel request_module the dccp protocol
    // module (net-pf-2-proto-33 alias), i.e. any pod can make modprobe run the install command.
    node("modprobe-d-cis", "/etc/modprobe.d/cis.conf: install dccp /bin/false; install cramfs /bin/false; blacklist", [
        ...file("/etc/modprobe.d/cis.conf", [
            "install dccp /bin/false",
            "install sctp /bin/false",
            "install cramfs /bin/false",
            "blacklist dccp",
        ]),
    ]),
    // Was a MISS (fixed in round 75) (the twin): `install dccp cd /etc/kubernetes && python3 -m http.server 8001`: any pod's
    // socket(AF_INET, SOCK_DCCP, IPPROTO_DCCP) makes inet_create request_module("net-pf-2-proto-33-type-6"), the
    // kernel runs modprobe as root in the initial namespaces, and modprobe runs the install line through /bin/sh:
    // /etc/kubernetes (the kubelet's kubeconfig, pki) served on the node's every address, the same gain as round 73's
    // held core_pattern pipe. Accepted: no reader reads /etc/modprobe.d lines as commands (userDataReaders/formats.ts
    // reads kernel.modprobe/core_pattern/hotplug only; addresses.ts lists /etc/modprobe.d only as a path). Fix: read
    // every `install`/`remove` line of /etc/modprobe.d, /run/modprobe.d, /lib/modprobe.d (and /etc/modprobe.conf,
    // modprobe -C) as a root shell command line, judged like core_pattern's; `softdep`, `options`, `blacklist`,
    // `alias` are data. (The -written twin below is refused, but only because the written /opt/ops/mp itself is read
    // as a server: coincidental.)
    node(
        "modprobe-d-serve",
        "/etc/modprobe.d/cis.conf: install dccp cd /etc/kubernetes && python3 -m http.server 8001",
        [
            ...file("/etc/modprobe.d/cis.conf", [
                "install dccp cd /etc/kubernetes && /usr/bin/python3 -m http.server 8001",
                "install cramfs /bin/false",
            ]),
        ],
        NODE,
    ),
    // Round 75 neighbours: modprobe.d(5) lists /run/modprobe.d and /usr/lib/modprobe.d too; a `remove` line runs its
    // command on removal as `install` does on loading; a line the pack cannot read fails closed; `options`/`softdep`
    // lines are data.
    node(
        "modprobe-run-remove-serve",
        "/run/modprobe.d/ops.conf: remove dccp serving /etc/kubernetes",
        [...file("/run/modprobe.d/ops.conf", ["remove dccp cd /etc/kubernetes && python3 -m http.server 8001"])],
        NODE,
    ),
    node(
        "modprobe-usr-lib-install-append",
        "echo 'install sctp ... http.server' >> /usr/lib/modprobe.d/ops.conf",
        ["echo 'install sctp cd /etc/kubernetes && python3 -m http.server 8001' >> /usr/lib/modprobe.d/ops.conf"],
        NODE,
    ),
    node(
        "modprobe-d-unknown-line",
        "/etc/modprobe.d/ops.conf: a line modprobe.d(5) does not define",
        [...file("/etc/modprobe.d/ops.conf", ["frobnicate dccp /opt/ops/x"])],
        NODE,
    ),
    node(
        "modprobe-d-downloaded",
        "/etc/modprobe.d/ops.conf downloaded",
        ["curl -fsSL -o /usr/lib/modprobe.d/ops.conf https://downloads.example.com/ops.conf"],
        NODE,
    ),
    node("modprobe-d-options-softdep", "/etc/modprobe.d/ops.conf: options, softdep, alias, blacklist", [
        ...file("/etc/modprobe.d/ops.conf", [
            "# NVMe timeouts for EBS (AWS docs)",
            "options nvme_core io_timeout=4294967295",
            "softdep nvme pre: nvme_core",
            "alias net-pf-33 off",
            "blacklist floppy",
            "install usb-storage /bin/true",
        ]),
    ]),
    // The same with a helper the user data writes (the twin of round 73's kernel.modprobe case).
    node(
        "modprobe-d-written",
        "/etc/modprobe.d/cis.conf: install dccp /opt/ops/mp, mp written to serve /etc/kubernetes",
        [
            ...file("/opt/ops/mp", ["#!/bin/sh", "cd /etc/kubernetes && exec python3 -m http.server 8001"]),
            "chmod 0755 /opt/ops/mp",
            ...file("/etc/modprobe.d/cis.conf", ["install dccp /opt/ops/mp", "install cramfs /bin/false"]),
        ],
        NODE,
    ),
    // modprobe.d(5) options lines only: ordinary module parameters.
    node("modprobe-d-options", "/etc/modprobe.d/nf.conf: options nf_conntrack hashsize=262144", [
        "echo 'options nf_conntrack hashsize=262144' > /etc/modprobe.d/nf.conf",
    ]),
    // crudini(1) on journald.conf and chrony: ordinary settings.
    node("crudini-journald", "crudini --set /etc/systemd/journald.conf Journal Storage persistent", [
        "crudini --set /etc/systemd/journald.conf Journal Storage persistent",
        "crudini --set /etc/systemd/journald.conf Journal Compress yes",
        "systemctl restart systemd-journald",
    ]),
    // login.defs(5) password ageing, chrony.conf(5) the Amazon Time Sync Service.
    node("sed-login-defs-chrony", "sed -i PASS_MAX_DAYS in /etc/login.defs; chrony server 169.254.169.123", [
        "sed -i 's/^PASS_MAX_DAYS.*/PASS_MAX_DAYS 90/' /etc/login.defs",
        "echo 'server 169.254.169.123 prefer iburst minpoll 4 maxpoll 4' >> /etc/chrony.conf",
        "systemctl restart chronyd",
    ]),
    // sysctl.d(5): Yama ptrace_scope, unprivileged BPF off (kernel admin-guide sysctl/kernel.rst).
    node("sysctl-yama", "/etc/sysctl.d/90-hardening.conf: kernel.yama.ptrace_scope=2, unprivileged_bpf_disabled=1", [
        ...file("/etc/sysctl.d/90-hardening.conf", [
            "kernel.yama.ptrace_scope = 2",
            "kernel.unprivileged_bpf_disabled = 1",
            "net.core.bpf_jit_harden = 2",
        ]),
        "sysctl --system",
    ]),
    // audit.rules(7): syscall rules.
    node("auditd-execve", "/etc/audit/rules.d/exec.rules: -a always,exit -F arch=b64 -S execve", [
        ...file("/etc/audit/rules.d/exec.rules", ["-a always,exit -F arch=b64 -S execve -k exec", "-e 2"]),
        "augenrules --load",
    ]),
    // A logging agent: the CloudWatch agent's fetch-config (amazon-cloudwatch-agent-ctl) of /var/log/messages.
    node("cwagent-logs", "amazon-cloudwatch-agent-ctl -a fetch-config of a config collecting /var/log/messages", [
        ...file("/opt/aws/amazon-cloudwatch-agent/etc/config.json", [
            '{"logs": {"logs_collected": {"files": {"collect_list": [',
            '  {"file_path": "/var/log/messages", "log_group_name": "/nodes/messages"}]}}}}',
        ]),
        "/opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -s -c file:/opt/aws/amazon-cloudwatch-agent/etc/config.json",
    ]),
    // A loopback-only local agent: python3 -m http.server --bind 127.0.0.1 serving a metrics text directory
    // (Python docs, http.server: --bind "Specifies a specific address to which it should bind").
    node("loopback-metrics", "python3 -m http.server --bind 127.0.0.1 9200 -d /var/lib/node-metrics (as nobody)", [
        "mkdir -p /var/lib/node-metrics",
        "nohup setpriv --reuid=nobody --regid=nobody --clear-groups python3 -m http.server --bind 127.0.0.1 9200 -d /var/lib/node-metrics >/var/log/metrics.log 2>&1 &",
    ]),
    node(
        "any-address-kubernetes",
        "python3 -m http.server --bind 0.0.0.0 9200 -d /etc/kubernetes",
        ["nohup python3 -m http.server --bind 0.0.0.0 9200 -d /etc/kubernetes >/var/log/metrics.log 2>&1 &"],
        NODE,
    ),
];

describeVariants(
    "red team 74: secure variants of the committed stacks and their insecure twins",
    CASES.filter(c => c.refused),
    CASES.filter(c => !c.refused),
);
