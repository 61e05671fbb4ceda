// Red-team round 71 on over-refusals (fresh eyes): SECURE variants of the seven committed stacks that a careful
// platform team writes, each class with insecure twins that must stay refused; neighbours of round 71's fixes first.
// Probed: (AWS spellings) upper-case service prefixes in actions, a statement split in two with string Actions, a
// one-element Principal list, Principal.Federated as a list, Pod Identity RequestTag values as strings, StringLike of a
// wildcard-free literal, a one-element sts:ExternalId list, narrowing conditions (EncryptionContext, SecureTransport,
// RequestedRegion, PrincipalAccount, RequestAlias StringEquals), Deny statements, renamed Sids, extra tags; (AWS
// neighbours) a CloudWatch alarm + SNS topic + log group, an SNS topic policy for cloudwatch.amazonaws.com, an
// EventBridge rule on KMS deletions, a declared operations helper reading metadata, inventory roles on
// READS_WITHOUT_SECRET (SSM status, EC2, Auto Scaling) and on unlisted ECS/CloudFormation listings, permissions
// boundaries in the stack (round 71 capByBoundary) against the other rules, a log shipper, a Prometheus RoleBinding, a
// literal kube-system ConfigMap; (nodes) dnf, sysctl.d, journald/sshd drop-ins, chrony, the SSM and CloudWatch agents,
// /etc/environment + environment.d + pam_env, DefaultEnvironment= and set-environment, a containerd proxy drop-in,
// cron.d literal lines, xargs runs, dd swap files, monit checks, a unit Alias=, Python/Go helpers writing their own
// data dirs and listening on loopback. Twins: GetItem for the auditor, DescribeInstanceAttribute, SendCommand, a
// boundary that keeps kms:Sign, a StringLike sub wildcard, a literal aws-auth to system:masters, LD_PRELOAD in
// /etc/environment and DefaultEnvironment=, cron/xargs/dd/monit servers, Python/Go file servers on every address.
// Results: insecure refused 14 of 14, secure clean 46 of 52. Misses (all secure refused):
//   - boundaries: rules/stack-keys-not-destructible.ts and rules/no-dynamodb-batch.ts ignore an in-stack permissions
//     boundary (build.ts capByBoundary caps only the effective graph): kms:* / dynamodb:* under a CloudWatch-only
//     boundary refused (2 cases).
//   - code-config reads: ecs:ListClusters/DescribeClusters and cloudformation:ListStacks (summaries, no environment or
//     parameters) are not in judge.ts READS_WITHOUT_SECRET (2 cases).
//   - operations helper: a declared auditor's own role may not also read CloudWatch metrics (judge.ts judgeIdentity:
//     every grant of a workload's identity must be in its entries; an identity of no workload may hold them).
//   - metadata relay: `systemctl set-environment NO_PROXY=169.254.169.254,...` (AWS's EKS proxy recipe) read as a
//     root command relaying instance metadata; the same NO_PROXY in environment.d or a containerd drop-in is accepted.
// Held: every other secure variant is accepted clean (round 71's xargs, cron, dd, monit, manager-environment,
// unit-alias, Python-write and SSM-status fixes over-refuse none of the ordinary forms tried) and every twin refused.
import { describeVariants, doc, find, prop, Resources, StackCase } from "./support";
import { ACCOUNT, allow, beside, opsRole } from "./awsCaseBuilders";
import { editDoc, k8s, namespace, roleFor, Statement } from "./variantBuilders";
import { heredocFile } from "./nodeBuilders";
import { secureCaseBuilders } from "./secureCaseBuilders";

const { node } = secureCaseBuilders("rt71s");
const file = heredocFile;
const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const TABLE = "aws:dynamodb/table:Table";
const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
/** What a refusal of a node's user data names (an unread program, a server, a write root reads). */
const NODE =
    /serv|8001|8000|9100|process|unread|kubernetes|listen|writes|cron|program|monit|supervisor|xargs|environment|LD_|loader|preload/;
/** A cron line whose job serves the kubelet's credentials on 0.0.0.0:8001 as root (crontab(5)). */
const CRON_LINE = "@reboot root cd /etc/kubernetes && python3 -m http.server 8001";
const GO_MOD = ["module example.com/ops", "", "go 1.22"];

/** Edits the statement `sid` of the policy document `key` of resource (type, name). */
const editStatement = (r: Resources, type: string, name: string, key: string, sid: string, f: (s: Statement) => void) =>
    editDoc(find(r, type, name), key, d => {
        const s = d.Statement.find(x => x.Sid === sid);
        if (!s) throw new Error(`no statement ${sid} in ${name}`);
        f(s);
    });
/** Adds a statement to the policy document `key` of resource (type, name). */
const push = (r: Resources, type: string, name: string, key: string, s: object) =>
    editDoc(find(r, type, name), key, d => void d.Statement.push(s as Statement));
/** Upper-cases the service prefix of every action of a statement (`kms:Encrypt` -> `KMS:Encrypt`). */
const upperPrefix = (a: unknown) =>
    (Array.isArray(a) ? a : [a]).map(x => String(x).replace(/^([a-z]+):/, (_m, p: string) => `${p.toUpperCase()}:`));

/** /opt/ops/<name>.py (`lines`) run as root in the background. */
const py = (tag: string, what: string, name: string, lines: string[], refused?: RegExp, skip?: string) =>
    node(
        tag,
        what,
        [...file(`/opt/ops/${name}.py`, lines), `nohup python3 /opt/ops/${name}.py >/var/log/ops-${name}.log 2>&1 &`],
        refused,
        skip,
    );

/** A Go program /opt/ops/main.go (with go.mod) run by `go run` as root. */
const goApp = (tag: string, what: string, main: string[], refused?: RegExp, skip?: string) =>
    node(
        tag,
        what,
        [
            "dnf install -y golang",
            ...file("/opt/ops/go.mod", GO_MOD),
            ...file("/opt/ops/main.go", ["package main", "", ...main]),
            "cd /opt/ops && nohup go run main.go >/var/log/ops.log 2>&1 &",
        ],
        refused,
        skip,
    );

const tableArn = (r: Resources, name: string) => prop(find(r, TABLE, name), "arn") as string;
/** The dev stack's share keys and the tables' CMK (the assets an auditor's keyAudit names). */
const devKeys = (r: Resources) =>
    ["signer-shares-share-1", "signer-shares-share-2", "signer-shares-share-3", "signer-tables-cmk"].map(
        k => prop(find(r, KEY, k), "arn") as string,
    );
/** The dev monitoring role declared as an operations helper (README "Naming an operations helper"). */
const MONITOR_OPS = [
    {
        name: "custody-monitor",
        subject: { principal: `arn:aws:iam::${ACCOUNT.dev}:role/platform-ops` },
        allow: [
            { accessSet: "operations.keyAudit", on: ["signer.shares", "signer.tablesKey"] },
            { accessSet: "operations.tableAudit", on: ["signer.tables"] },
        ],
    },
];

/** Basil's tooling role rt71s-tooling (`statements` inline) under the stack's boundary policy allowing `bounded`. */
const boundedRole = (
    r: Resources,
    statements: object[],
    bounded = ["cloudwatch:GetMetricData", "cloudwatch:ListMetrics", "logs:FilterLogEvents"],
) => {
    const boundary = `arn:aws:iam::${ACCOUNT.basil}:policy/rt71s-observe-only`;
    beside(r, "basil", "aws:iam/policy:Policy", "rt71s-observe-only", {
        name: "rt71s-observe-only",
        arn: boundary,
        policy: doc(allow(bounded, "*")),
    });
    opsRole(r, "basil", ACCOUNT.basil, "rt71s-tooling", statements);
    const role = r.find(x => x.type === ROLE && x.name === "rt71s-tooling")!;
    role.inputs = { ...role.inputs, permissionsBoundary: boundary };
};

const CASES: StackCase[] = [
    // ================= AWS: equivalent spellings of the committed custody policies =================
    // IAM JSON policy reference, "IAM JSON policy elements: Action": "action names are case insensitive"
    // (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html).
    {
        stack: "dev",
        name: "A: the signer's inline policy with upper-case service prefixes (KMS:Encrypt, DYNAMODB:GetItem)",
        edit: r =>
            editDoc(find(r, ROLE_POLICY, "signer-role-access"), "policy", d => {
                for (const s of d.Statement) s.Action = upperPrefix(s.Action);
            }),
    },
    {
        stack: "prod",
        name: "A: the signer's KMSShareKeyWrap split into two statements, Action a string in each",
        edit: r =>
            editDoc(find(r, ROLE_POLICY, "signer-role-access"), "policy", d => {
                const i = d.Statement.findIndex(s => s.Sid === "KMSShareKeyWrap");
                const s = d.Statement[i];
                d.Statement.splice(
                    i,
                    1,
                    { ...s, Sid: "KMSShareKeyEncrypt", Action: "kms:Encrypt" },
                    { ...s, Sid: "KMSShareKeyDecrypt", Action: "kms:Decrypt" },
                );
            }),
    },
    // IAM JSON policy reference, Principal: "You can specify more than one principal ... in an array"; a one-element
    // array names the same principal (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html).
    {
        stack: "pod-identity",
        name: "A: share key 1's AllowSignerRole with Principal.AWS a one-element list (same role)",
        edit: r =>
            editStatement(r, KEY, "signer-shares-share-1", "policy", "AllowSignerRole", s => {
                const p = s.Principal as { AWS: string };
                s.Principal = { AWS: [p.AWS] };
            }),
    },
    // AWS KMS docs, "kms:EncryptionContext:context-key" and "aws:SecureTransport": conditions only narrow an Allow.
    {
        stack: "dev",
        name: "A: share key 1's AllowSignerRole narrowed by kms:EncryptionContext and aws:SecureTransport",
        edit: r =>
            editStatement(r, KEY, "signer-shares-share-1", "policy", "AllowSignerRole", s => {
                s.Condition = {
                    StringEquals: { "kms:EncryptionContext:purpose": "share-wrap" },
                    Bool: { "aws:SecureTransport": "true" },
                };
            }),
    },
    // IAM docs, "Policy evaluation logic": an explicit Deny overrides every Allow, so a Deny statement only narrows.
    {
        stack: "dev",
        name: "A: share key 2 gains a Deny of kms:ScheduleKeyDeletion/DisableKey to everyone but the account root",
        edit: r =>
            push(r, KEY, "signer-shares-share-2", "policy", {
                Sid: "DenyKeyDestruction",
                Effect: "Deny",
                Principal: "*",
                Action: ["kms:ScheduleKeyDeletion", "kms:DisableKey"],
                Resource: "*",
                Condition: { StringNotEquals: { "aws:PrincipalArn": "arn:aws:iam::111111111111:root" } },
            }),
    },
    {
        stack: "prod",
        name: "A: the signer's inline policy gains a Deny of dynamodb:DeleteTable/UpdateTable/DeleteBackup on every table",
        edit: r =>
            push(r, ROLE_POLICY, "signer-role-access", "policy", {
                Sid: "DenyDestructive",
                Effect: "Deny",
                Action: ["dynamodb:DeleteTable", "dynamodb:UpdateTable", "dynamodb:DeleteBackup"],
                Resource: "*",
            }),
    },
    // IAM condition operators: StringEquals with a one-element list is the same test as the string.
    {
        stack: "cross-account",
        name: "A: the access role's sts:ExternalId condition as a one-element list",
        edit: r =>
            editDoc(find(r, ROLE, "cross-account-access"), "assumeRolePolicy", d => {
                const c = d.Statement[0].Condition as { StringEquals: Record<string, unknown> };
                c.StringEquals["sts:ExternalId"] = ["custody-cross-account-example"];
            }),
    },
    {
        stack: "cross-account",
        name: "A: the access role's trust narrowed by aws:SourceIp-free aws:PrincipalAccount and MFA-free Bool SecureTransport",
        edit: r =>
            editDoc(find(r, ROLE, "cross-account-access"), "assumeRolePolicy", d => {
                const c = d.Statement[0].Condition as Record<string, Record<string, unknown>>;
                c.StringEquals["aws:PrincipalAccount"] = "777777777777";
            }),
    },
    {
        stack: "trust-domain",
        name: "A: TrustDomainKeyManager narrowed to us-east-1 (aws:RequestedRegion)",
        edit: r =>
            editStatement(r, ROLE_POLICY, "trust-domain-role-access", "policy", "TrustDomainKeyManager", s => {
                s.Condition = { StringEquals: { "aws:RequestedRegion": "us-east-1" } };
            }),
    },
    {
        stack: "curity",
        name: "A: Curity's data-source statement renamed (Sid) and its Resource list reordered",
        edit: r =>
            editStatement(r, ROLE_POLICY, "curity-role-access", "policy", "CurityDynamoDBDataSource", s => {
                s.Sid = "CurityTables";
                s.Resource = [...(s.Resource as string[])].reverse();
            }),
    },
    {
        stack: "basil",
        name: "A: Basil runtime's kms:RequestAlias narrowed from StringLike alias/basil/* to the two aliases",
        edit: r =>
            editStatement(r, ROLE_POLICY, "basil-runtime-access", "policy", "BasilBrokerInPlaceOps", s => {
                const aliases = ["basil-key-jwt-signing-primary-alias", "basil-key-payload-aead-alias"].map(
                    a => prop(find(r, "aws:kms/alias:Alias", a), "name") as string,
                );
                s.Condition = { "ForAnyValue:StringEquals": { "kms:RequestAlias": aliases } };
            }),
    },
    // Pulumi AWS docs, aws.kms.Key / aws.dynamodb.Table `tags`: tags are metadata.
    {
        stack: "prod",
        name: "A: extra tags (team, cost-center, data-classification) on every custody key and table",
        edit: r => {
            for (const x of r)
                if (x.type === KEY || x.type === TABLE)
                    x.inputs = {
                        ...x.inputs,
                        tags: {
                            ...(x.inputs.tags ?? {}),
                            team: "custody",
                            "cost-center": "cc-42",
                            classification: "secret",
                        },
                    };
        },
    },

    // ================= AWS: harmless neighbours (alarms, topics, log groups, monitoring roles) =================
    {
        stack: "dev",
        name: "A: a CloudWatch alarm on the keystore's throttles, an SNS topic for it, a log group",
        edit: r => {
            const topic = beside(r, "dev", "aws:sns/topic:Topic", "rt71s-alerts", {
                name: "custody-dev-alerts",
                arn: "arn:aws:sns:eu-west-1:111111111111:custody-dev-alerts",
            });
            beside(r, "dev", "aws:cloudwatch/metricAlarm:MetricAlarm", "rt71s-throttles", {
                name: "custody-dev-keystore-throttles",
                namespace: "AWS/DynamoDB",
                metricName: "ThrottledRequests",
                dimensions: { TableName: prop(find(r, TABLE, "signer-tables-keystore"), "name") },
                statistic: "Sum",
                period: 300,
                evaluationPeriods: 1,
                threshold: 1,
                comparisonOperator: "GreaterThanOrEqualToThreshold",
                alarmActions: [prop(topic, "arn")],
            });
            beside(r, "dev", "aws:cloudwatch/logGroup:LogGroup", "rt71s-logs", {
                name: "/custody/dev/signer",
                retentionInDays: 30,
            });
        },
    },
    // SNS docs, "Amazon SNS access control" example: a topic policy letting CloudWatch publish (cloudwatch.amazonaws.com).
    {
        stack: "curity",
        name: "A: an SNS topic with a topic policy letting cloudwatch.amazonaws.com and the account publish",
        edit: r => {
            const arn = `arn:aws:sns:eu-west-1:${ACCOUNT.curity}:curity-alerts`;
            beside(r, "curity", "aws:sns/topic:Topic", "rt71s-curity-alerts", { name: "curity-alerts", arn });
            beside(r, "curity", "aws:sns/topicPolicy:TopicPolicy", "rt71s-curity-alerts-policy", {
                arn,
                policy: doc({
                    Effect: "Allow",
                    Principal: { Service: "cloudwatch.amazonaws.com" },
                    Action: "sns:Publish",
                    Resource: arn,
                }),
            });
        },
    },
    {
        stack: "trust-domain",
        name: "A: an EventBridge rule on KMS ScheduleKeyDeletion events (CloudTrail) sent to an SNS topic",
        edit: r => {
            const arn = `arn:aws:sns:us-east-1:${ACCOUNT["trust-domain"]}:kms-deletions`;
            beside(r, "trust-domain", "aws:sns/topic:Topic", "rt71s-kms-topic", { name: "kms-deletions", arn });
            beside(r, "trust-domain", "aws:cloudwatch/eventRule:EventRule", "rt71s-kms-rule", {
                name: "kms-deletions",
                eventPattern: JSON.stringify({
                    source: ["aws.kms"],
                    "detail-type": ["AWS API Call via CloudTrail"],
                    detail: { eventName: ["ScheduleKeyDeletion", "DisableKey"] },
                }),
            });
            beside(r, "trust-domain", "aws:cloudwatch/eventTarget:EventTarget", "rt71s-kms-target", {
                rule: "kms-deletions",
                arn,
            });
        },
    },
    // Service Authorization Reference, DynamoDB DescribeTable / KMS DescribeKey and ListResourceTags: metadata only,
    // no item or plaintext (https://docs.aws.amazon.com/service-authorization/latest/reference/list_awskeymanagementservice.html).
    // README "Naming an operations helper": an auditor is declared under custody:operations with operations.keyAudit /
    // operations.tableAudit (metadata only); the team lists the exact table ARNs (dynamodb-wildcards-exclude-stack-tables).
    {
        stack: "dev",
        name: "A: a monitoring role (declared as an operations helper) reading DescribeTable/DescribeKey of the custody assets",
        edit: r =>
            opsRole(r, "dev", ACCOUNT.dev, "rt71s-monitor", [
                allow(
                    ["dynamodb:DescribeTable", "dynamodb:DescribeContinuousBackups", "dynamodb:DescribeTimeToLive"],
                    ["anti-slashing", "signer-state", "keystore"].map(t => tableArn(r, `signer-tables-${t}`)),
                ),
                allow(["kms:DescribeKey", "kms:GetKeyRotationStatus", "kms:ListResourceTags"], devKeys(r)),
            ]),
        operations: MONITOR_OPS,
    },
    // Was a MISS (fixed in round 72): (secure refused) CloudWatch API Reference, GetMetricData/ListMetrics/DescribeAlarms: metric datapoints,
    // metric names and alarm state, no item, key material or credential; README "The verdicts" lets an identity of no
    // workload hold exactly these ("Read or List actions of any service ... CloudWatch Logs and metrics") but the same
    // reads on the operations helper's own role are refused: judge.ts judgeIdentity refuses every grant of a workload's
    // identity outside its allow entries ("not in workload custody-monitor's allow entries"), telemetry writes
    // excepted. A monitoring team therefore needs two roles to read a dashboard and DescribeTable. Fix: let a workload's
    // (at least an operations helper's) identity also hold the grants an identity of no workload may (reaching no
    // custody asset, no model pattern and no identity; non-secret Read/List), as it already may ship telemetry.
    {
        stack: "dev",
        name: "A: a monitoring role (declared as an operations helper) reading metrics, DescribeTable/DescribeKey of the custody assets",
        edit: r =>
            opsRole(r, "dev", ACCOUNT.dev, "rt71s-monitor", [
                allow(["cloudwatch:GetMetricData", "cloudwatch:ListMetrics", "cloudwatch:DescribeAlarms"], "*"),
                allow(
                    ["dynamodb:DescribeTable", "dynamodb:DescribeContinuousBackups", "dynamodb:DescribeTimeToLive"],
                    ["anti-slashing", "signer-state", "keystore"].map(t => tableArn(r, `signer-tables-${t}`)),
                ),
                allow(["kms:DescribeKey", "kms:GetKeyRotationStatus", "kms:ListResourceTags"], devKeys(r)),
            ]),
        operations: MONITOR_OPS,
    },
    // Round 72 neighbours of the helper's reads (judge.ts helperReadsOnly): only what an identity of no workload may
    // hold as a read. A secret read (SSM parameter values, Lake Formation's vended credentials) or a write stays
    // outside the helper's entries.
    {
        stack: "dev",
        name: "AI: the declared monitoring role may also ssm:GetParameter on * (parameter values, SecureStrings decrypted)",
        edit: r =>
            opsRole(r, "dev", ACCOUNT.dev, "rt71s-monitor", [
                allow(["cloudwatch:GetMetricData", "ssm:GetParameter"], "*"),
                allow("kms:DescribeKey", devKeys(r)),
            ]),
        operations: MONITOR_OPS,
        refused: /ssm:GetParameter.*not in workload custody-monitor/,
    },
    {
        stack: "dev",
        name: "AI: the declared monitoring role may also lakeformation:GetTemporaryGlueTableCredentials (vended credentials)",
        edit: r =>
            opsRole(r, "dev", ACCOUNT.dev, "rt71s-monitor", [
                allow(["cloudwatch:ListMetrics", "lakeformation:GetTemporaryGlueTableCredentials"], "*"),
                allow("kms:DescribeKey", devKeys(r)),
            ]),
        operations: MONITOR_OPS,
        refused: /lakeformation:GetTemporaryGlueTableCredentials.*not in workload custody-monitor/,
    },
    {
        stack: "dev",
        name: "AI: the declared monitoring role may also cloudwatch:PutMetricAlarm/DeleteAlarms (writes, not reads)",
        edit: r =>
            opsRole(r, "dev", ACCOUNT.dev, "rt71s-monitor", [
                allow(["cloudwatch:GetMetricData", "cloudwatch:PutMetricAlarm", "cloudwatch:DeleteAlarms"], "*"),
                allow("kms:DescribeKey", devKeys(r)),
            ]),
        operations: MONITOR_OPS,
        refused: /cloudwatch:DeleteAlarms.*not in workload custody-monitor/,
    },
    {
        stack: "dev",
        name: "A: the declared monitoring role listing log groups and reading IAM credential status beside its entries",
        edit: r =>
            opsRole(r, "dev", ACCOUNT.dev, "rt71s-monitor", [
                allow(["logs:DescribeLogGroups", "iam:GetCredentialReport", "iam:ListAccessKeys"], "*"),
                allow(
                    "dynamodb:DescribeTable",
                    ["anti-slashing", "signer-state", "keystore"].map(t => tableArn(r, `signer-tables-${t}`)),
                ),
                allow("kms:DescribeKey", devKeys(r)),
            ]),
        operations: MONITOR_OPS,
    },
    {
        stack: "dev",
        name: "A: the same monitoring role, KMS statement as one string action with upper-case prefix (KMS:DescribeKey)",
        edit: r =>
            opsRole(r, "dev", ACCOUNT.dev, "rt71s-monitor", [
                allow("KMS:DescribeKey", devKeys(r)),
                allow(
                    "DynamoDB:DescribeTable",
                    ["anti-slashing", "signer-state", "keystore"].map(t => tableArn(r, `signer-tables-${t}`)),
                ),
            ]),
        operations: MONITOR_OPS,
    },
    {
        stack: "dev",
        name: "AI: the declared monitoring role may also dynamodb:GetItem on the keystore (reads its items)",
        edit: r =>
            opsRole(r, "dev", ACCOUNT.dev, "rt71s-monitor", [
                allow(
                    "dynamodb:DescribeTable",
                    ["anti-slashing", "signer-state", "keystore"].map(t => tableArn(r, `signer-tables-${t}`)),
                ),
                allow("dynamodb:GetItem", tableArn(r, "signer-tables-keystore")),
                allow("kms:DescribeKey", devKeys(r)),
            ]),
        operations: MONITOR_OPS,
        refused: /allows dynamodb:GetItem .*custody-dev-keystore.*not in workload custody-monitor/,
    },
    // Round 71 neighbours: SSM status reads (judge.ts READS_WITHOUT_SECRET). SSM API reference:
    // DescribeInstanceInformation returns agent/platform status; GetConnectionStatus returns Connected/NotConnected.
    {
        stack: "prod",
        name: "A: an inventory role reading SSM agent status and EC2/Auto Scaling listings (READS_WITHOUT_SECRET)",
        edit: r =>
            opsRole(r, "prod", ACCOUNT.prod, "rt71s-inventory", [
                allow(
                    [
                        "ssm:DescribeInstanceInformation",
                        "ssm:GetConnectionStatus",
                        "ec2:DescribeInstances",
                        "ec2:DescribeVolumes",
                        "autoscaling:DescribeAutoScalingGroups",
                    ],
                    "*",
                ),
            ]),
    },
    // Was a MISS (fixed in round 72): (secure refused) ECS API Reference, ListClusters ("Returns a list of existing clusters": clusterArns only)
    // and DescribeClusters (data type Cluster: name, ARN, status, task/service counts, statistics, settings,
    // capacity providers, configuration.executeCommandConfiguration {kmsKeyId, logging, logConfiguration: bucket/log
    // group names}: no task definition, environment or secret); the inventory role gains nothing. The pack:
    // judge.ts SECRET_BEARING_SERVICES holds every CODE_CONFIG_SERVICES service and READS_WITHOUT_SECRET lists no
    // ecs read, so custody-effective-access refuses the role as reaching secrets ("no workload of the custody model has
    // this identity"). Fix: add ecs:listclusters and ecs:describeclusters (and ecs:listservices/listtasks: ARNs only)
    // to READS_WITHOUT_SECRET with their response types; not DescribeTaskDefinition (environment, secrets).
    {
        stack: "prod",
        name: "A: the inventory role listing ECS clusters (ecs:ListClusters, ecs:DescribeClusters)",
        edit: r =>
            opsRole(r, "prod", ACCOUNT.prod, "rt71s-inventory", [
                allow(["ec2:DescribeInstances", "ecs:ListClusters", "ecs:DescribeClusters"], "*"),
            ]),
    },
    // Was a MISS (fixed in round 72): (secure refused) CloudFormation API Reference, ListStacks: "Returns the summary information for stacks"
    // (data type StackSummary: StackId, StackName, TemplateDescription, CreationTime, StackStatus, DriftInformation,
    // ParentId/RootId): no Parameters or Outputs (DescribeStacks has them) and no template (GetTemplate). The pack:
    // judge.ts (cloudformation in CODE_CONFIG_SERVICES, not in READS_WITHOUT_SECRET) refuses it through
    // custody-effective-access. Fix: list cloudformation:liststacks (StackSummary) in READS_WITHOUT_SECRET.
    {
        stack: "prod",
        name: "A: the inventory role listing CloudFormation stacks (cloudformation:ListStacks: summaries only)",
        edit: r =>
            opsRole(r, "prod", ACCOUNT.prod, "rt71s-inventory", [
                allow(["ec2:DescribeInstances", "cloudformation:ListStacks"], "*"),
            ]),
    },
    // ec2:DescribeInstanceAttribute (attribute userData) returns the node's user data (EC2 API Reference,
    // DescribeInstanceAttribute): not listed, secret-bearing.
    {
        stack: "prod",
        name: "AI: the inventory role may also ec2:DescribeInstanceAttribute (reads every instance's user data)",
        edit: r =>
            opsRole(r, "prod", ACCOUNT.prod, "rt71s-inventory", [
                allow(["ec2:DescribeInstances", "ec2:DescribeInstanceAttribute"], "*"),
            ]),
        refused: /allows ec2:DescribeInstanceAttribute/,
    },
    // SSM API reference, SendCommand: runs a document (AWS-RunShellScript) as root on the managed node.
    {
        stack: "prod",
        name: "AI: the inventory role may also ssm:SendCommand (root shell on every node: the node role's credentials)",
        edit: r =>
            opsRole(r, "prod", ACCOUNT.prod, "rt71s-inventory", [
                allow(["ssm:DescribeInstanceInformation", "ssm:SendCommand"], "*"),
            ]),
        refused: /ssm:SendCommand on \*/,
    },
    // Round 71 neighbour: permissions boundary caps identity allows (build.ts capByBoundary). IAM docs, "Permissions
    // boundaries for IAM entities": "effective permissions are the intersection of identity-based policies and the boundary".
    {
        stack: "basil",
        name: "A: a tooling role (cloudwatch:*, sts:AssumeRole on *) capped by a CloudWatch-only boundary in the stack",
        edit: r => boundedRole(r, [allow(["cloudwatch:*", "sts:AssumeRole"], "*")]),
    },
    // Was a MISS (fixed in round 72): (secure refused) IAM User Guide, "Permissions boundaries for IAM entities": "An entity's permissions
    // boundary allows it to perform only the actions that are allowed by both its identity-based policies and its
    // permissions boundaries"; with a CloudWatch-only boundary the role cannot call kms:ScheduleKeyDeletion or
    // dynamodb:BatchWriteItem, whatever its inline policy says (AWS's delegated-admin pattern writes broad identity
    // policies under a boundary). The pack: build.ts capByBoundary caps the effective graph (custody-effective-access
    // accepts), but rules/stack-keys-not-destructible.ts and rules/no-dynamodb-batch.ts read the identity statements
    // through rules/common.ts forEachRolePermissions without the boundary ("through the key's root delegation it can
    // destroy the key"). Fix: have forEachRolePermissions (grantedActions) intersect a role's grants with its in-stack
    // boundary as capByBoundary does, so every rule sees the capped grants.
    {
        stack: "basil",
        name: "A: a tooling role with kms:* on * capped by a CloudWatch-only boundary (stack-keys-not-destructible)",
        edit: r => boundedRole(r, [allow(["kms:*", "cloudwatch:*"], "*")]),
    },
    // Was a MISS (fixed in round 72): (secure refused) as above: the boundary removes dynamodb:BatchWriteItem/BatchGetItem (IAM User Guide,
    // "Permissions boundaries for IAM entities"); rules/no-dynamodb-batch.ts judges the inline statement alone.
    // Fix: the same (boundary-capped grants in forEachRolePermissions).
    {
        stack: "basil",
        name: "A: a tooling role with dynamodb:* on * capped by a CloudWatch-only boundary (no-dynamodb-batch)",
        edit: r => boundedRole(r, [allow(["dynamodb:*", "cloudwatch:*"], "*")]),
    },
    // Round 72 twins (rules/common.ts boundedPermissions, model/boundary.ts): a boundary that itself admits the
    // destructive or batch action caps nothing away, so the rules still refuse.
    {
        stack: "basil",
        name: "AI: a tooling role with kms:* on * whose boundary also admits kms:ScheduleKeyDeletion",
        edit: r =>
            boundedRole(
                r,
                [allow(["kms:*", "cloudwatch:*"], "*")],
                ["cloudwatch:GetMetricData", "kms:ScheduleKeyDeletion"],
            ),
        refused: /kms:ScheduleKeyDeletion/,
    },
    {
        stack: "basil",
        name: "AI: a tooling role with dynamodb:* on * whose boundary also admits dynamodb:BatchWriteItem",
        edit: r =>
            boundedRole(
                r,
                [allow(["dynamodb:*", "cloudwatch:*"], "*")],
                ["cloudwatch:GetMetricData", "dynamodb:Batch*"],
            ),
        refused: /BatchWriteItem/,
    },
    {
        stack: "basil",
        name: "A: a tooling role with kms:* and dynamodb:* on * under a boundary of only a Deny (admits nothing)",
        edit: r => {
            boundedRole(r, [allow(["kms:*", "dynamodb:*"], "*")]);
            const b = r.find(x => x.type === "aws:iam/policy:Policy" && x.name === "rt71s-observe-only")!;
            b.inputs = { ...b.inputs, policy: doc({ Effect: "Deny", Action: "iam:*", Resource: "*" }) };
        },
    },
    {
        stack: "basil",
        name: "AI: a tooling role (kms:Sign on *) whose boundary also allows kms:Sign (the cap keeps it)",
        edit: r => boundedRole(r, [allow(["kms:Sign", "cloudwatch:*"], "*")], ["cloudwatch:GetMetricData", "kms:Sign"]),
        refused: /rt71s-tooling.*kms:Sign on \*, reaching key alias\/basil/,
    },
    {
        stack: "cross-account",
        name: "A: a log-shipper role of account A writing one CloudWatch log group (logs:PutLogEvents)",
        edit: r =>
            opsRole(
                r,
                "cross-account",
                ACCOUNT["cross-account"],
                "rt71s-shipper",
                [
                    allow(
                        ["logs:CreateLogStream", "logs:PutLogEvents"],
                        `arn:aws:logs:us-east-1:${ACCOUNT["cross-account"]}:log-group:/ops/shipper:*`,
                    ),
                ],
                "cross-account-access",
            ),
    },
    {
        stack: "pod-identity",
        name: "K: a Prometheus ServiceAccount's RoleBinding to view in namespace observability, plus its namespace",
        edit: r => {
            namespace(r, "observability", "restricted");
            roleFor(
                r,
                "rt71s-prom-reader",
                [{ apiGroups: [""], resources: ["pods", "services", "endpoints"], verbs: ["get", "list", "watch"] }],
                [{ kind: "ServiceAccount", name: "prometheus", namespace: "observability" }],
                "observability",
            );
        },
    },

    // IAM condition operators ("Creating a condition with multiple keys or values"): a one-value list and the string
    // are the same test; EKS Pod Identity docs ("the trust policy ... pods.eks.amazonaws.com", aws:RequestTag session tags).
    {
        stack: "pod-identity",
        name: "A: the signer's Pod Identity trust with its aws:RequestTag values as strings, not one-element lists",
        edit: r =>
            editDoc(find(r, ROLE, "signer-role"), "assumeRolePolicy", d => {
                const c = d.Statement[0].Condition as { StringEquals: Record<string, unknown> };
                for (const [k, v] of Object.entries(c.StringEquals)) c.StringEquals[k] = (v as string[])[0];
            }),
    },
    {
        stack: "pod-identity",
        name: "A: the Pod Identity trust's actions upper-cased (STS:AssumeRole, STS:TagSession)",
        edit: r =>
            editDoc(find(r, ROLE, "signer-role"), "assumeRolePolicy", d => {
                d.Statement[0].Action = upperPrefix(d.Statement[0].Action);
            }),
    },
    {
        stack: "trust-domain",
        name: "A: the IRSA trust with Principal.Federated a one-element list and Action a list",
        edit: r =>
            editDoc(find(r, ROLE, "trust-domain-role"), "assumeRolePolicy", d => {
                const p = d.Statement[0].Principal as { Federated: string };
                d.Statement[0].Principal = { Federated: [p.Federated] };
                d.Statement[0].Action = ["sts:AssumeRoleWithWebIdentity"];
            }),
    },
    // IAM condition operators: StringLike with no wildcard matches exactly the string (StringEquals).
    {
        stack: "curity",
        name: "A: the IRSA trust's sub condition moved to StringLike with the same literal (no wildcard)",
        edit: r =>
            editDoc(find(r, ROLE, "curity-role"), "assumeRolePolicy", d => {
                const c = d.Statement[0].Condition as Record<string, Record<string, string>>;
                const key = Object.keys(c.StringEquals).find(k => k.endsWith(":sub"))!;
                c.StringLike = { [key]: c.StringEquals[key] };
                delete c.StringEquals[key];
            }),
    },
    {
        stack: "curity",
        name: "AI: the IRSA trust's sub condition widened to StringLike system:serviceaccount:curity:* (every SA in curity)",
        edit: r =>
            editDoc(find(r, ROLE, "curity-role"), "assumeRolePolicy", d => {
                const c = d.Statement[0].Condition as Record<string, Record<string, string>>;
                const key = Object.keys(c.StringEquals).find(k => k.endsWith(":sub"))!;
                c.StringLike = { [key]: "system:serviceaccount:curity:*" };
                delete c.StringEquals[key];
            }),
        refused: /sub uses StringLike|pins no ServiceAccount/,
    },
    // Round 71 neighbour (a kube-system ConfigMap whose name is unknown in preview is read as aws-auth): a literal
    // name is known. Cluster Autoscaler docs (FAQ, "priority expander"): the ConfigMap
    // cluster-autoscaler-priority-expander in the autoscaler's namespace (kube-system) holds only priorities.
    {
        stack: "prod",
        name: "K: kube-system ConfigMap cluster-autoscaler-priority-expander (literal name, priorities only)",
        edit: r =>
            void k8s(r, "kubernetes:core/v1:ConfigMap", "rt71s-ca-priority", {
                apiVersion: "v1",
                kind: "ConfigMap",
                metadata: { name: "cluster-autoscaler-priority-expander", namespace: "kube-system" },
                data: { priorities: "10:\n  - .*-spot-.*\n50:\n  - .*-ondemand-.*\n" },
            }),
    },
    {
        stack: "prod",
        name: "KI: kube-system ConfigMap aws-auth (literal) mapping platform-ops to system:masters",
        edit: r =>
            void k8s(r, "kubernetes:core/v1:ConfigMap", "rt71s-aws-auth", {
                apiVersion: "v1",
                kind: "ConfigMap",
                metadata: { name: "aws-auth", namespace: "kube-system" },
                data: {
                    mapRoles:
                        "- rolearn: arn:aws:iam::111111111111:role/platform-ops\n  username: ops\n  groups:\n    - system:masters\n",
                },
            }),
        refused: /aws-auth mapRoles \(group system:masters\)/,
    },

    // ================= nodes: ordinary user data =================
    node("dnf-packages", "dnf install/update of ordinary packages, dnf-automatic security updates enabled", [
        "dnf -y update --security",
        "dnf install -y jq htop sysstat iotop nvme-cli dnf-automatic",
        "sed -i 's/^upgrade_type.*/upgrade_type = security/' /etc/dnf/automatic.conf",
        "systemctl enable --now dnf-automatic-install.timer",
    ]),
    // sysctl.d(5): key = value lines applied by `sysctl --system`.
    node("sysctl-tuning", "sysctl.d file (vm.max_map_count, fs.inotify, net.core.somaxconn), sysctl --system", [
        ...file("/etc/sysctl.d/90-k8s-node.conf", [
            "vm.max_map_count = 262144",
            "fs.inotify.max_user_watches = 524288",
            "fs.inotify.max_user_instances = 8192",
            "net.core.somaxconn = 32768",
            "kernel.kptr_restrict = 2",
        ]),
        "sysctl --system",
    ]),
    // journald.conf(5): drop-ins in /etc/systemd/journald.conf.d/*.conf; SystemMaxUse=/Compress= only shape storage.
    node("journald-dropin", "journald drop-in (SystemMaxUse=1G, Compress=yes), restart systemd-journald", [
        ...file("/etc/systemd/journald.conf.d/10-size.conf", [
            "[Journal]",
            "SystemMaxUse=1G",
            "MaxRetentionSec=14day",
            "Compress=yes",
        ]),
        "systemctl restart systemd-journald",
    ]),
    // sshd_config(5): Include /etc/ssh/sshd_config.d/*.conf (AL2023's default sshd_config); these only restrict logins.
    node("sshd-hardening", "sshd_config.d drop-in (no root login, no passwords, MaxAuthTries 3), reload sshd", [
        ...file("/etc/ssh/sshd_config.d/50-hardening.conf", [
            "PermitRootLogin no",
            "PasswordAuthentication no",
            "KbdInteractiveAuthentication no",
            "X11Forwarding no",
            "MaxAuthTries 3",
            "AllowAgentForwarding no",
        ]),
        "sshd -t",
        "systemctl reload sshd",
    ]),
    // chrony.conf(5): `server ... iburst`; 169.254.169.123 is the Amazon Time Sync Service (EC2 docs "Set the time").
    node("chrony", "chrony: the Amazon Time Sync Service line in a chrony.d drop-in, restart chronyd", [
        ...file("/etc/chrony.d/amazon.conf", ["server 169.254.169.123 prefer iburst minpoll 4 maxpoll 4"]),
        "systemctl restart chronyd",
        "chronyc sources -v",
    ]),
    node("ssm-agent", "SSM agent: dnf install amazon-ssm-agent, systemctl enable --now", [
        "dnf install -y amazon-ssm-agent",
        "systemctl enable --now amazon-ssm-agent",
        "systemctl is-active amazon-ssm-agent",
    ]),
    node("cwagent-wizardless", "CloudWatch agent with a file config collecting cpu/mem/disk, started by ctl", [
        "dnf install -y amazon-cloudwatch-agent",
        ...file("/opt/aws/amazon-cloudwatch-agent/etc/node.json", [
            '{"agent": {"metrics_collection_interval": 60, "run_as_user": "cwagent"},',
            ' "metrics": {"append_dimensions": {"InstanceId": "${aws:InstanceId}"},',
            '   "metrics_collected": {"cpu": {"measurement": ["usage_active"]}, "mem": {"measurement": ["mem_used_percent"]},',
            '   "disk": {"measurement": ["used_percent"], "resources": ["*"]}}}}',
        ]),
        "/opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -s -c file:/opt/aws/amazon-cloudwatch-agent/etc/node.json",
    ]),
    // Round 71 neighbours: /etc/environment and environment.d may not set loader variables; ordinary ones are fine.
    // environment.d(5) / pam_env.conf(5): KEY=VALUE lines; TZ, LANG, NO_PROXY load nothing.
    node("etc-environment-plain", "/etc/environment (TZ, LANG), environment.d (NO_PROXY), pam_env.conf (EDITOR)", [
        "echo 'TZ=UTC' >> /etc/environment",
        "echo 'LANG=C.UTF-8' >> /etc/environment",
        ...file("/etc/environment.d/10-proxy.conf", ["NO_PROXY=169.254.169.254,localhost,127.0.0.1,.svc"]),
        "echo 'EDITOR DEFAULT=vi' >> /etc/security/pam_env.conf",
    ]),
    // ld.so(8) LD_PRELOAD / /etc/ld.so.preload: every dynamically linked root process loads the object.
    node(
        "etc-environment-preload",
        "/etc/environment LD_PRELOAD=/opt/ops/hook.so (a library the pack cannot read, loaded by root logins)",
        ["echo 'LD_PRELOAD=/opt/ops/hook.so' >> /etc/environment"],
        NODE,
    ),
    // Round 71 neighbours: the manager's environment (systemd-system.conf(5) DefaultEnvironment=, systemctl(1)
    // set-environment) may not set loader variables; TZ and NO_PROXY load nothing.
    node("manager-env-plain", 'system.conf.d DefaultEnvironment="TZ=UTC"; systemctl set-environment LANG=C.UTF-8', [
        ...file("/etc/systemd/system.conf.d/10-env.conf", ["[Manager]", 'DefaultEnvironment="TZ=UTC" "LANG=C.UTF-8"']),
        "systemctl daemon-reexec",
        "systemctl set-environment LANG=C.UTF-8",
    ]),
    // Was a MISS (fixed in round 72): (secure refused) AWS Knowledge Center "How can I automate the configuration of HTTP proxy for Amazon EKS
    // worker nodes with user data?" (https://repost.aws/knowledge-center/eks-http-proxy-configuration-automation): the
    // nodes' NO_PROXY lists 169.254.169.254 so that the node's own metadata calls bypass the proxy; NO_PROXY only names
    // hosts a client contacts directly, it opens no route and relays nothing for pods (the hop limit and IMDSv2 still
    // decide). The same value in /etc/environment.d (etc-environment-plain) is accepted. The pack reads
    // `systemctl set-environment NO_PROXY=169.254.169.254,...` as "a root process of the node [that] relay[s] or
    // route[s] to instance metadata" (custody-effective-access, userData.ts metadata-relay reading of a command naming
    // the metadata address). Fix: judge `systemctl set-environment` operands as manager environment assignments (the
    // LOADER_VARIABLES check) rather than as a command naming the metadata address; an address inside a NO_PROXY value
    // is no route.
    node("manager-env-no-proxy", "systemctl set-environment NO_PROXY=169.254.169.254,localhost (AWS's proxy recipe)", [
        "systemctl set-environment HTTPS_PROXY=http://proxy.internal:3128",
        "systemctl set-environment NO_PROXY=169.254.169.254,localhost,127.0.0.1,.internal",
    ]),
    // Round 72 neighbours of manager-env-no-proxy: the set-environment operands are settings, so a real relay on the
    // next line stays refused (socat(1) TCP-LISTEN ... fork TCP:169.254.169.254:80 serves instance metadata to whoever
    // connects), and a loader variable among them is judged as the manager's (systemctl(1) set-environment).
    node(
        "manager-env-no-proxy-relay",
        "systemctl set-environment NO_PROXY=169.254.169.254, then a socat relay of instance metadata on 0.0.0.0:8080",
        [
            "systemctl set-environment NO_PROXY=169.254.169.254,localhost",
            "nohup socat TCP-LISTEN:8080,fork,reuseaddr TCP:169.254.169.254:80 &",
        ],
        /metadata|relay|socat|8080|serv|listen/,
    ),
    node(
        "manager-env-no-proxy-preload",
        "systemctl set-environment NO_PROXY=169.254.169.254 LD_PRELOAD=/opt/ops/hook.so (one call)",
        ["systemctl set-environment NO_PROXY=169.254.169.254 LD_PRELOAD=/opt/ops/hook.so"],
        NODE,
    ),
    node(
        "manager-env-path-system",
        "systemctl set-environment PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin (systemd's default)",
        ["systemctl set-environment PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin"],
    ),
    node(
        "manager-env-path-opt",
        "systemctl set-environment PATH=/opt/ops/bin:/usr/bin (a directory the pack does not know root-owned)",
        ["systemctl set-environment PATH=/opt/ops/bin:/usr/bin"],
        NODE,
    ),
    // EKS user guide, hybrid nodes proxy ("containerd proxy configuration": /etc/systemd/system/containerd.service.d/
    // http-proxy.conf with Environment="HTTP_PROXY=..." "NO_PROXY=..."), NO_PROXY naming the metadata address.
    node(
        "containerd-proxy-dropin",
        "containerd.service.d/http-proxy.conf: HTTPS_PROXY and NO_PROXY incl. 169.254.169.254",
        [
            ...file("/etc/systemd/system/containerd.service.d/http-proxy.conf", [
                "[Service]",
                'Environment="HTTPS_PROXY=http://proxy.internal:3128"',
                'Environment="NO_PROXY=169.254.169.254,localhost,127.0.0.1,.internal,.svc"',
            ]),
            "systemctl daemon-reload",
            "systemctl restart containerd",
        ],
    ),
    node(
        "manager-env-preload",
        'system.conf.d DefaultEnvironment="LD_PRELOAD=/opt/ops/hook.so" (every service loads an unread object)',
        [
            ...file("/etc/systemd/system.conf.d/10-env.conf", [
                "[Manager]",
                'DefaultEnvironment="LD_PRELOAD=/opt/ops/hook.so"',
            ]),
            "systemctl daemon-reexec",
        ],
        NODE,
    ),
    // Round 71 neighbour: unit aliases (systemd.unit(5) [Install] Alias=): the alias names the same loopback service.
    node(
        "unit-alias-loopback",
        "a Python status unit on 127.0.0.1:9300 as nobody, [Install] Alias=ops-status.service",
        [
            ...file("/opt/ops/status.py", [
                "from http.server import BaseHTTPRequestHandler, HTTPServer",
                "class H(BaseHTTPRequestHandler):",
                "    def do_GET(self):",
                "        self.send_response(204)",
                "        self.end_headers()",
                'HTTPServer(("127.0.0.1", 9300), H).serve_forever()',
            ]),
            ...file("/etc/systemd/system/node-status.service", [
                "[Unit]",
                "Description=node status",
                "[Service]",
                "User=nobody",
                "ExecStart=/usr/bin/python3 /opt/ops/status.py",
                "[Install]",
                "WantedBy=multi-user.target",
                "Alias=ops-status.service",
            ]),
            "systemctl daemon-reload",
            "systemctl enable --now node-status.service",
            "systemctl status ops-status.service --no-pager",
        ],
    ),
    // Round 71 neighbours: cron lines (crontab(5) /etc/cron.d lines carry a user field).
    node("cron-literal", "/etc/cron.d line: every 5 minutes root restarts chronyd if it is inactive (literal)", [
        ...file("/etc/cron.d/chrony-watch", [
            "SHELL=/bin/bash",
            "*/5 * * * * root /usr/bin/systemctl is-active --quiet chronyd || /usr/bin/systemctl restart chronyd",
        ]),
        "chmod 0644 /etc/cron.d/chrony-watch",
    ]),
    node(
        "cron-serve",
        "/etc/cron.d line serving /etc/kubernetes on 0.0.0.0:8001 as root",
        [...file("/etc/cron.d/ops", [CRON_LINE])],
        NODE,
    ),
    // Round 71 neighbours: xargs runs read as own commands (POSIX xargs: the utility and initial arguments are literal).
    node("xargs-restart", "printf 'chronyd\\nsshd\\n' | xargs -n1 systemctl restart", [
        "printf 'chronyd\\nsshd\\n' | xargs -n1 systemctl restart",
    ]),
    node("xargs-dnf-list", "echo jq htop sysstat | xargs dnf install -y", [
        "echo jq htop sysstat | xargs dnf install -y",
    ]),
    node(
        "xargs-sh-c",
        "echo 8001 | xargs -I{} sh -c 'cd /etc/kubernetes && python3 -m http.server {}' (a server from xargs)",
        ["echo 8001 | xargs -I{} sh -c 'cd /etc/kubernetes && python3 -m http.server {}'"],
        NODE,
    ),
    // Round 71 neighbours: dd writes. dd(1) of=FILE; mkswap(8)/swapon(8): a swap file is data, not configuration.
    node("dd-swapfile", "dd if=/dev/zero of=/swapfile bs=1M count=1024, mkswap, swapon", [
        "dd if=/dev/zero of=/swapfile bs=1M count=1024",
        "chmod 600 /swapfile",
        "mkswap /swapfile",
        "swapon /swapfile",
    ]),
    node(
        "dd-cron",
        "echo CRON_LINE | dd of=/etc/cron.d/ops oflag=append conv=notrunc",
        [`echo '${CRON_LINE}' | dd of=/etc/cron.d/ops oflag=append conv=notrunc`],
        NODE,
    ),
    // monit(1)/monitrc: `check process ... start program = "..."` runs the literal program as root.
    node("monit-chronyd", "monit: check process chronyd with literal systemctl start/stop programs", [
        "dnf install -y monit",
        ...file("/etc/monit.d/chronyd", [
            "check process chronyd with pidfile /run/chrony/chronyd.pid",
            '  start program = "/usr/bin/systemctl start chronyd"',
            '  stop program = "/usr/bin/systemctl stop chronyd"',
        ]),
        "systemctl enable --now monit",
    ]),
    node(
        "monit-serve",
        "monit: start program serving /etc/kubernetes on 0.0.0.0:8001",
        [
            "dnf install -y monit",
            ...file("/etc/monit.d/ops", [
                "check host ops with address 127.0.0.1",
                "  start program = \"/bin/sh -c 'cd /etc/kubernetes && python3 -m http.server 8001'\"",
                "  if failed port 8001 then restart",
            ]),
            "systemctl enable --now monit",
        ],
        NODE,
    ),

    // ================= nodes: helper programs (own data dirs, loopback listeners) =================
    // Python docs, http.server.HTTPServer(server_address, ...): ("127.0.0.1", port) binds loopback only; pods reach
    // the node on its primary address, never the node's 127.0.0.1.
    py("py-loopback-metrics", "python: writes /var/lib/ops/state.json and serves it on 127.0.0.1:9200", "metrics", [
        "import json, os, shutil",
        "from http.server import BaseHTTPRequestHandler, HTTPServer",
        'os.makedirs("/var/lib/ops", exist_ok=True)',
        'usage = shutil.disk_usage("/")',
        'with open("/var/lib/ops/state.json", "w") as f:',
        '    json.dump({"free": usage.free, "total": usage.total}, f)',
        "class H(BaseHTTPRequestHandler):",
        "    def do_GET(self):",
        '        body = open("/var/lib/ops/state.json", "rb").read()',
        "        self.send_response(200)",
        "        self.end_headers()",
        "        self.wfile.write(body)",
        'HTTPServer(("127.0.0.1", 9200), H).serve_forever()',
    ]),
    py(
        "py-any-files",
        "python: SimpleHTTPRequestHandler for / on ('', 9200) (every address)",
        "files",
        [
            "import functools",
            "from http.server import SimpleHTTPRequestHandler, HTTPServer",
            'h = functools.partial(SimpleHTTPRequestHandler, directory="/")',
            'HTTPServer(("", 9200), h).serve_forever()',
        ],
        /serv|9200|files|listen|unread|process/,
    ),
    py(
        "py-asyncio-loopback",
        "python: asyncio.start_server on 127.0.0.1:9300 echoing a status line; logs to /var/log/ops",
        "status",
        [
            "import asyncio, logging",
            'logging.basicConfig(filename="/var/log/ops/status.log", level=logging.INFO)',
            "async def handle(reader, writer):",
            '    writer.write(b"ok\\n")',
            "    await writer.drain()",
            "    writer.close()",
            "async def main():",
            '    server = await asyncio.start_server(handle, "127.0.0.1", 9300)',
            "    async with server:",
            "        await server.serve_forever()",
            "asyncio.run(main())",
        ],
        undefined,
    ),
    py(
        "py-append-log",
        "python: appends a line to /var/log/ops/boot.log and a sqlite-free CSV under /var/lib/ops",
        "bootlog",
        [
            "import csv, os, time",
            'os.makedirs("/var/log/ops", exist_ok=True)',
            'os.makedirs("/var/lib/ops", exist_ok=True)',
            'with open("/var/log/ops/boot.log", "a") as f:',
            '    f.write("booted %d\\n" % int(time.time()))',
            'with open("/var/lib/ops/boots.csv", "a", newline="") as f:',
            "    csv.writer(f).writerow([int(time.time()), os.uname().release])",
        ],
    ),
    // Go docs, net/http ListenAndServe(addr): "127.0.0.1:9400" listens on loopback only.
    goApp("go-loopback", "go: writes /var/lib/ops/up and serves /healthz on 127.0.0.1:9400", [
        'import (\n\t"net/http"\n\t"os"\n)',
        "",
        "func main() {",
        '\t_ = os.MkdirAll("/var/lib/ops", 0o755)',
        '\t_ = os.WriteFile("/var/lib/ops/up", []byte("1"), 0o644)',
        '\thttp.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { w.Write([]byte("ok")) })',
        '\thttp.ListenAndServe("127.0.0.1:9400", nil)',
        "}",
    ]),
    goApp(
        "go-any-files",
        'go: http.FileServer(http.Dir("/")) on ":9400" (every address)',
        [
            'import "net/http"',
            "",
            "func main() {",
            '\thttp.ListenAndServe(":9400", http.FileServer(http.Dir("/")))',
            "}",
        ],
        /serv|9400|go|listen|unread|process/,
    ),
];

describeVariants(
    "red team 71: secure platform-team variants and their insecure twins",
    CASES.filter(c => c.refused !== undefined),
    CASES.filter(c => c.refused === undefined),
);
