// Red-team round 74, aws (fresh eyes; run after round 74's fixes). Probed the new harmless-read allowlist (judge.ts
// isHarmlessRead: READS_WITHOUT_SECRET, or a Read/List of REVIEWED_READ_SERVICES not isSecretRead) for secret reads
// INSIDE the reviewed services (securityhub, config: copies of resource configuration, the class round 74 listed for
// config:GetResourceConfigHistory/BatchGetResourceConfig), in every stack and by wildcard; realistic audit reads of
// services not reviewed yet; the boundary Deny subtraction (model/boundary.ts: conditioned, NotAction, resource-list
// Denies, and what survives a Deny: CreateGrant, other services, sts:AssumeRole); the account-root trust and Pod
// Identity association chains; a @pulumi/aws 7 TableReplica by its per-resource `region` and inline replicas[].
// Misses (11 insecure, 3 secure):
// - insecure, secret reads inside reviewed services (9): securityhub:GetFindings (ASFF Resources[].Details carry ECS
//   container environment Name/Value, CodeBuild environment variables, Lambda environment variables),
//   securityhub:GetResourcesV2 (ResourceResult.ResourceConfig, "The configuration details of a resource"),
//   securityhub:GetFindingHistory (old and new values of every ASFF field), securityhub:Get* (prod, basil, dev,
//   trust-domain); config:GetResourceEvaluationSummary (ResourceDetails.ResourceConfiguration, prod and curity).
//   Fix: SECRET_READS entries (or take securityhub out of REVIEWED_READ_SERVICES and clear its posture reads one by
//   one in READS_WITHOUT_SECRET). And securityhub:GetFindin?s (a ? glob over GetFindings).
// - insecure, sns:GetEndpointAttributes (1): the device Token judge.ts names as the reason sns is unreviewed, yet sns
//   is a HARMLESS_SERVICE granted whole. Fix: SECRET_READS sns:getendpointattributes / listendpointsbyplatformapplication.
// - secure, audit reads of unreviewed services refused (3): guardduty:ListDetectors/GetDetector/ListFindings (ids
//   and detector settings), rds:DescribeDBInstances (MasterUserSecret is an ARN; no password), backup:ListBackupJobs
//   (job summaries). Fix: READS_WITHOUT_SECRET entries with their response types (fail-closed by design until then).
// Held: config:Get* and the listed config/eks reads in cross-account and pod-identity; every boundary case (a
// conditioned Deny and a resource-list Deny subtract nothing; Deny NotAction kms:Decrypt leaves Decrypt; a Deny of
// Decrypt leaves CreateGrant refused; a Deny of kms:* leaves the keystore Scan refused; a Deny of kms/dynamodb leaves
// sts:AssumeRole on role/* refused); account-root trust; CreatePodIdentityAssociation + PassRole *; the v7
// TableReplica and inline replicas. Secure accepted: securityhub/config/access-analyzer posture reads, sns:ListTopics,
// kms:ListAliases, dynamodb:ListTables, IAM audit reads (trust-domain), and boundary Deny subtraction (Deny NotAction
// telemetry over an identity of *, a Deny list with Resource ["*"], a Deny with an empty Condition).
// Seen and left alone: cloudtrail:LookupEvents (CloudTrail records carry requestParameters; pinned secure in
// redteam73-aws rt74-s-audit-reads, and which services redact which parameters is not one document);
// eks:DescribeAddon configurationValues (judge.ts notes it as a known limit).
import { describeVariants, StackCase, find, doc, prop, Resources } from "./support";
import { ACCOUNT, allow, opsRole, beside } from "./awsCaseBuilders";
import { editDoc, outsideRole, Statement } from "./variantBuilders";

const ROLE = "aws:iam/role:Role";
const POLICY = "aws:iam/policy:Policy";
const TABLE = "aws:dynamodb/table:Table";
const A = ACCOUNT.prod;
const OPS = outsideRole(A);
const KEYS = `arn:aws:kms:eu-west-1:${A}:key/*`;
const KEYSTORE = `arn:aws:dynamodb:eu-west-1:${A}:table/custody-prod-keystore`;

/** An ops role of `stack`'s account holding `statements`. */
const ops = (stack: string, id: string, what: string, statements: object[], skip?: string): StackCase => ({
    name: `${id}: an ops role may ${what}`,
    stack,
    edit: (r: Resources) => opsRole(r, stack, ACCOUNT[stack], id, statements),
    ...(skip === undefined ? {} : { skip }),
});
const edit = (stack: string, name: string, e: (r: Resources) => void, skip?: string): StackCase => ({
    name,
    stack,
    edit: e,
    ...(skip === undefined ? {} : { skip }),
});
/** An in-stack managed policy of prod with these statements; returns its ARN. */
const policy = (r: Resources, name: string, statements: object[]) => {
    beside(r, "prod", POLICY, name, { name, arn: `arn:aws:iam::${A}:policy/${name}`, policy: doc(...statements) });
    return `arn:aws:iam::${A}:policy/${name}`;
};
/** A role of prod trusted by the ops SSO role, bounded by a policy of `boundary`, holding `statements` inline. */
const bounded = (r: Resources, name: string, boundary: object[], statements: object[]) =>
    beside(r, "prod", ROLE, name, {
        name,
        arn: `arn:aws:iam::${A}:role/${name}`,
        permissionsBoundary: policy(r, `${name}-boundary`, boundary),
        assumeRolePolicy: doc({ Effect: "Allow", Principal: { AWS: OPS }, Action: "sts:AssumeRole" }),
        inlinePolicies: [{ name: "all", policy: doc(...statements) }],
    });
const deny = (action: string | string[], resource: string | string[], extra: object = {}) => ({
    Effect: "Deny",
    Action: action,
    Resource: resource,
    ...extra,
});

const insecure: StackCase[] = [
    // ======== Secret reads inside REVIEWED_READ_SERVICES (securityhub, config): copies of resource configuration.
    // Was a MISS (fixed in round 74): insecure accepted (secret read inside a reviewed service). Security Hub API Reference, GetFindings returns
    // AwsSecurityFinding (ASFF) with Resources[].Details: AwsEcsTaskDefinitionContainerDefinitionsEnvironmentDetails
    // {Name, Value} ("The value of the environment variable"), AwsCodeBuildProjectEnvironment.EnvironmentVariables,
    // AwsLambdaFunctionEnvironment.Variables: the same values the pack lists as secret for ecs:DescribeTaskDefinition,
    // codebuild:BatchGetProjects and lambda (SECRET_READS, SECRET_BEARING_SERVICES). Gain: any credential a team put in
    // a task definition, build project or function environment, account-wide. The pack: judge.ts isHarmlessRead
    // (securityhub in REVIEWED_READ_SERVICES, the name clears namesSecret, not in SECRET_READS) so the read passes.
    // Fix: SECRET_READS securityhub:getfindings (and GetFindingHistory, GetResourcesV2), with this document.
    ops("prod", "rt74a-securityhub-get-findings", "securityhub:GetFindings (ASFF resource details)", [
        allow("securityhub:GetFindings", "*"),
    ]),
    // Was a MISS (fixed in round 74): insecure accepted (same class). Security Hub API Reference, ResourceResult (GetResourcesV2):
    // ResourceConfig, "The configuration details of a resource" (JSON): the resource's configuration, as Config's
    // configuration items round 74 listed. Fix: SECRET_READS securityhub:getresourcesv2.
    ops("prod", "rt74a-securityhub-resources-v2", "securityhub:GetResourcesV2 (ResourceConfig)", [
        allow("securityhub:GetResourcesV2", "*"),
    ]),
    // Was a MISS (fixed in round 74): insecure accepted (same class). Security Hub API Reference, GetFindingHistory: "The history includes
    // changes made to any fields in the AWS Security Finding Format (ASFF)" (FindingHistoryUpdate UpdatedField,
    // OldValue, NewValue): the resource details' values again. Fix: SECRET_READS securityhub:getfindinghistory.
    ops("prod", "rt74a-securityhub-finding-history", "securityhub:GetFindingHistory (old/new values)", [
        allow("securityhub:GetFindingHistory", "*"),
    ]),
    // Was a MISS (fixed in round 74): insecure accepted (same class; see rt74a-securityhub-get-findings). Fix: as there.
    ops("prod", "rt74a-securityhub-get-star", "securityhub:Get* (GetFindings among them)", [
        allow("securityhub:Get*", "*"),
    ]),
    // Was a MISS (fixed in round 74): insecure accepted (same class as round 74's Config items). Config API Reference,
    // GetResourceEvaluationSummary: ResourceDetails {ResourceId, ResourceType, ResourceConfiguration ("The resource
    // definition to be evaluated as per the resource configuration schema"), ResourceConfigurationSchemaType}: the
    // configuration a proactive evaluation (a CloudFormation hook) evaluated, e.g. a task definition's environment.
    // The pack: judge.ts isHarmlessRead (config reviewed; not in SECRET_READS). Fix: SECRET_READS
    // config:getresourceevaluationsummary.
    ops("prod", "rt74a-config-evaluation-summary", "config:GetResourceEvaluationSummary (ResourceConfiguration)", [
        allow("config:GetResourceEvaluationSummary", "*"),
    ]),
    ops("prod", "rt74a-config-get-star", "config:Get* (GetResourceConfigHistory among them)", [
        allow("config:Get*", "*"),
    ]),
    // Was a MISS (fixed in round 74): insecure accepted (same class; see rt74a-securityhub-get-findings). Fix: as there.
    ops("basil", "rt74a-basil-securityhub-findings", "securityhub:GetFindings (basil)", [
        allow("securityhub:GetFindings", "*"),
    ]),
    // Was a MISS (fixed in round 74): insecure accepted (same class; see rt74a-securityhub-get-findings). Fix: as there.
    ops("dev", "rt74a-dev-securityhub-resources", "securityhub:GetResourcesV2 (dev)", [
        allow("securityhub:GetResourcesV2", "*"),
    ]),
    // Was a MISS (fixed in round 74): insecure accepted (same class; see rt74a-config-evaluation-summary). Fix: as there.
    ops("curity", "rt74a-curity-config-evaluation", "config:GetResourceEvaluationSummary (curity)", [
        allow("config:GetResourceEvaluationSummary", "*"),
    ]),
    // Was a MISS (fixed in round 74): insecure accepted (same class; see rt74a-securityhub-get-findings). Fix: as there.
    ops("trust-domain", "rt74a-td-securityhub-history", "securityhub:GetFindingHistory (trust-domain)", [
        allow("securityhub:GetFindingHistory", "*"),
    ]),
    ops("cross-account", "rt74a-xacct-config-batch", "config:BatchGetResourceConfig (cross-account, listed)", [
        allow("config:BatchGetResourceConfig", "*"),
    ]),
    ops("pod-identity", "rt74a-podid-eks-k8s-api", "eks:AccessKubernetesApi (pod-identity, listed)", [
        allow("eks:AccessKubernetesApi", "*"),
    ]),
    // Was a MISS (fixed in round 74): insecure accepted (same class; see rt74a-securityhub-get-findings: a ? glob matching GetFindings). Fix: as
    // there (the glob is expanded by what it matches).
    ops("prod", "rt74a-securityhub-question-mark", "securityhub:GetFindin?s (a ? glob)", [
        allow("securityhub:GetFindin?s", "*"),
    ]),
    ops("prod", "rt74a-config-get-resource-star", "config:GetResource* (a listed read among them)", [
        allow("config:GetResource*", "*"),
    ]),
    // Was a MISS (fixed in round 74): insecure accepted (a read the pack's own review calls secret-bearing, granted through HARMLESS_SERVICES).
    // SNS API Reference, GetEndpointAttributes: Attributes.Token, "device token, also referred to as a registration
    // id, for an app and mobile device"; judge.ts's REVIEWED_READ_SERVICES comment leaves sns out for exactly this
    // read, but sns is in HARMLESS_SERVICES (a data service granted whole) and the read is not in SECRET_READS, so it
    // is accepted. Gain: every mobile endpoint's push token (to target devices from outside SNS with the platform
    // credentials). Fix: SECRET_READS sns:getendpointattributes (and sns:listendpointsbyplatformapplication, which
    // returns the same Attributes), or decide the token harmless and drop the comment.
    ops("prod", "rt74a-sns-endpoint-attributes", "sns:GetEndpointAttributes (a device token)", [
        allow("sns:GetEndpointAttributes", "*"),
    ]),
    // ======== Boundary Deny subtraction (model/boundary.ts): Denies the pack must not subtract, or that leave power.
    edit(
        "prod",
        "rt74a-boundary-deny-conditioned: a boundary Deny kms:Decrypt with a condition subtracts nothing",
        r =>
            void bounded(
                r,
                "rt74a-bcond",
                [
                    allow("kms:*", "*"),
                    deny("kms:Decrypt", "*", {
                        Condition: { StringNotEquals: { "aws:RequestedRegion": "eu-west-1" } },
                    }),
                ],
                [allow("kms:Decrypt", KEYS)],
            ),
    ),
    edit(
        "prod",
        "rt74a-boundary-deny-notaction-spares-decrypt: Deny NotAction kms:Decrypt on * leaves Decrypt",
        r =>
            void bounded(
                r,
                "rt74a-bnotdec",
                [allow("*", "*"), { Effect: "Deny", NotAction: ["kms:Decrypt"], Resource: "*" }],
                [allow("*", "*")],
            ),
    ),
    edit(
        "prod",
        "rt74a-boundary-deny-decrypt-creategrant: Deny kms:Decrypt on *, kms:CreateGrant stays",
        r => void bounded(r, "rt74a-bgrant", [allow("kms:*", "*"), deny("kms:Decrypt", "*")], [allow("kms:*", KEYS)]),
    ),
    edit(
        "prod",
        "rt74a-boundary-deny-kms-table-stays: Deny kms:* on *, dynamodb:Scan of the keystore stays",
        r =>
            void bounded(
                r,
                "rt74a-bkmsonly",
                [allow("*", "*"), deny("kms:*", "*")],
                [allow(["kms:Decrypt", "dynamodb:Scan", "dynamodb:GetItem"], [KEYS, KEYSTORE])],
            ),
    ),
    edit(
        "prod",
        "rt74a-boundary-deny-resource-list: Deny kms:Decrypt on [share ARN] only (not *)",
        r =>
            void bounded(
                r,
                "rt74a-breslist",
                [allow("kms:*", "*"), deny("kms:Decrypt", [`arn:aws:kms:eu-west-1:${A}:key/not-a-share`])],
                [allow("kms:Decrypt", KEYS)],
            ),
    ),
    edit(
        "prod",
        "rt74a-boundary-deny-passrole-assume-stays: Deny kms/dynamodb, sts:AssumeRole on signer stays",
        r =>
            void bounded(
                r,
                "rt74a-bassume",
                [allow("*", "*"), deny(["kms:*", "dynamodb:*"], "*")],
                [allow("sts:AssumeRole", `arn:aws:iam::${A}:role/*`)],
            ),
    ),
    // ======== Trust and pass-role chains.
    edit(
        "prod",
        "rt74a-trust-account-root: signer trusts the account root; an ops role may sts:AssumeRole on it",
        r => {
            editDoc(find(r, ROLE, "signer-role"), "assumeRolePolicy", d =>
                d.Statement.push({
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${A}:root` },
                    Action: "sts:AssumeRole",
                } as Statement),
            );
        },
    ),
    ops("pod-identity", "rt74a-podid-create-association", "eks:CreatePodIdentityAssociation + iam:PassRole *", [
        allow(["eks:CreatePodIdentityAssociation", "iam:PassRole"], "*"),
    ]),
    // ======== @pulumi/aws 7 per-resource region: a TableReplica of the keystore in us-east-1 by its `region` input.
    edit("prod", "rt74a-table-replica-region-v7: a TableReplica (region us-east-1) that ops may Scan", r => {
        const ks = find(r, TABLE, "signer-tables-keystore");
        beside(r, "prod", "aws:dynamodb/tableReplica:TableReplica", "rt74a-keystore-use1", {
            region: "us-east-1",
            globalTableArn: String(prop(ks, "arn") ?? KEYSTORE),
        });
        opsRole(r, "prod", A, "rt74a-replica-reader", [
            allow(["dynamodb:Scan", "dynamodb:GetItem"], `arn:aws:dynamodb:us-east-1:${A}:table/custody-prod-keystore`),
        ]);
    }),
    edit("prod", "rt74a-table-replicas-inline: the keystore's replicas[] in us-east-1, ops Scan there", r => {
        const ks = find(r, TABLE, "signer-tables-keystore");
        ks.inputs = { ...ks.inputs, replicas: [{ regionName: "us-east-1" }] };
        opsRole(r, "prod", A, "rt74a-replica-reader2", [
            allow("dynamodb:Scan", `arn:aws:dynamodb:us-east-1:${A}:table/custody-prod-keystore`),
        ]);
    }),
];

const secure: StackCase[] = [
    // ======== Realistic audit reads (reviewed services, and services not reviewed yet).
    ops("prod", "rt74a-s-securityhub-posture", "securityhub:DescribeHub + GetEnabledStandards + ListMembers", [
        allow(["securityhub:DescribeHub", "securityhub:GetEnabledStandards", "securityhub:ListMembers"], "*"),
    ]),
    ops(
        "prod",
        "rt74a-s-config-compliance",
        "config:DescribeComplianceByConfigRule + GetComplianceDetailsByConfigRule",
        [allow(["config:DescribeComplianceByConfigRule", "config:GetComplianceDetailsByConfigRule"], "*")],
    ),
    ops("prod", "rt74a-s-access-analyzer", "access-analyzer:ListFindings + ListAnalyzers", [
        allow(["access-analyzer:ListFindings", "access-analyzer:ListAnalyzers"], "*"),
    ]),
    // Was a MISS (fixed in round 74): secure refused (audit read of a service not reviewed). GuardDuty API Reference: ListDetectors returns
    // DetectorIds, ListFindings FindingIds, GetDetector the detector's status, service role ARN, data sources,
    // features and tags: no credential (finding bodies, GetFindings, are not asked for: runtime findings carry process
    // details). Harmless: ids and settings. The pack: judge.ts unreviewedReadsNote (guardduty not in
    // REVIEWED_READ_SERVICES). Fix: READS_WITHOUT_SECRET guardduty:listdetectors, getdetector, listfindings.
    ops("prod", "rt74a-s-guardduty-ids", "guardduty:ListDetectors + GetDetector + ListFindings (ids)", [
        allow(["guardduty:ListDetectors", "guardduty:GetDetector", "guardduty:ListFindings"], "*"),
    ]),
    // Was a MISS (fixed in round 74): secure refused (same class). RDS API Reference, DBInstance (DescribeDBInstances): endpoint, class,
    // engine, MasterUsername, MasterUserSecret {SecretArn, SecretStatus, KmsKeyId} (the ARN of the Secrets Manager
    // secret, never the password: the password is write-only, CreateDBInstance/ModifyDBInstance MasterUserPassword).
    // Fix: READS_WITHOUT_SECRET rds:describedbinstances.
    ops("prod", "rt74a-s-rds-describe", "rds:DescribeDBInstances (no password)", [
        allow("rds:DescribeDBInstances", "*"),
    ]),
    ops("prod", "rt74a-s-sns-topics", "sns:ListTopics (topic ARNs)", [allow("sns:ListTopics", "*")]),
    // Was a MISS (fixed in round 74): secure refused (same class). AWS Backup API Reference, ListBackupJobs: BackupJob (job id, vault name and
    // ARN, recovery point ARN, resource ARN, state, sizes, times, IAM role ARN): no data, no credential. Fix:
    // READS_WITHOUT_SECRET backup:listbackupjobs.
    ops("prod", "rt74a-s-backup-jobs", "backup:ListBackupJobs (job summaries)", [allow("backup:ListBackupJobs", "*")]),
    ops("prod", "rt74a-s-kms-list-aliases", "kms:ListAliases (alias names and key ids)", [
        allow("kms:ListAliases", "*"),
    ]),
    ops("prod", "rt74a-s-dynamodb-list-tables", "dynamodb:ListTables (table names)", [
        allow("dynamodb:ListTables", "*"),
    ]),
    ops("trust-domain", "rt74a-s-td-iam-audit", "iam:GetRole + ListRolePolicies + GetRolePolicy (trust-domain)", [
        allow(["iam:GetRole", "iam:ListRolePolicies", "iam:GetRolePolicy"], "*"),
    ]),
    // ======== Boundary Deny subtraction that AWS makes total.
    edit(
        "prod",
        "rt74a-s-boundary-deny-notaction-telemetry: identity *, boundary * less Deny NotAction telemetry",
        r =>
            void bounded(
                r,
                "rt74a-bsnot",
                [allow("*", "*"), { Effect: "Deny", NotAction: ["cloudwatch:*", "logs:*"], Resource: "*" }],
                [allow("*", "*")],
            ),
    ),
    edit(
        "prod",
        "rt74a-s-boundary-deny-list: identity kms:*+dynamodb:*, boundary Deny [kms:*, dynamodb:*]",
        r =>
            void bounded(
                r,
                "rt74a-bsdeny",
                [allow(["kms:*", "dynamodb:*", "cloudwatch:*"], "*"), deny(["kms:*", "dynamodb:*"], ["*"])],
                [allow(["kms:*", "dynamodb:*", "cloudwatch:PutMetricData"], "*")],
            ),
    ),
    edit(
        "prod",
        "rt74a-s-boundary-deny-empty-condition: Deny kms:*,dynamodb:* with Condition {} (no condition)",
        r =>
            void bounded(
                r,
                "rt74a-bsempty",
                [allow("*", "*"), deny(["kms:*", "dynamodb:*", "iam:*", "sts:*"], "*", { Condition: {} })],
                [allow(["kms:Decrypt", "dynamodb:GetItem", "logs:PutLogEvents"], "*")],
            ),
    ),
];

describeVariants("red team 74: aws (reviewed reads, boundary Denies, chains, v7 region)", insecure, secure);
