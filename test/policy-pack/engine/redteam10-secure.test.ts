// Red-team round 10 (fresh eyes) on false refusals, across all seven committed stacks: day-2 operations a careful
// platform team legitimately adds (table capacity and throughput settings, CloudTrail Lake, alarms, Access Analyzer
// archive rules, Config conformance packs, resource groups, AWS-published agent add-ons, VPC endpoint policies as
// their own resource, Karpenter NodePools and Gateway API routes for non-custody namespaces, a mesh injector limited
// to a non-custody namespace, scheduling objects, operations helpers on the key manager's and Curity's assets).
// Plus insecure twins: the same change made subtly dangerous.
//
// Secure variants the whole pack must accept; insecure ones it must refuse (with the path message it must name).
// A case the pack gets wrong is `skip` with a comment starting "MISS:" (why, and the document checked); set
// REDTEAM_ALL=1 to run them too.
import { PackConfig } from "../../../policy-pack/model/packConfig";
import { AnalyzerResourceInput } from "../../../tools/offline/analyzer";
import {
    assertClean,
    assertRefused,
    doc,
    find,
    modelWithOperations,
    prop,
    resourceLike,
    Resources,
    runPackWith,
    setProp,
    stackResources,
} from "./support";
import { k8s, namespace, serviceAccount } from "./variantBuilders";

const PRIMARY = "111111111111";
const CUSTODY_B = "222222222222";
const IDENTITY = "444444444444";
const CURITY = "555555555555";
const ACCOUNT_A = "666666666666";
const PROD_SIGNER = `arn:aws:iam::${PRIMARY}:role/custody-prod-signer`;
const ACCESS_ROLE = `arn:aws:iam::${ACCOUNT_A}:role/accountb-instance-role-dynamodb`;
const ROLE = "aws:iam/role:Role";
const KEY = "aws:kms/key:Key";
const TABLE = "aws:dynamodb/table:Table";
const EFFECTIVE = "custody-effective-access";

// ---- builders.

/** An AWS resource through the provider of a resource of the stack (its first role unless `like` is given). */
function aws(
    r: Resources,
    type: string,
    name: string,
    inputs: Record<string, unknown>,
    like?: AnalyzerResourceInput,
): AnalyzerResourceInput {
    const base = like ?? r.find(x => x.type === ROLE);
    if (!base) throw new Error("no role in the fixture");
    const res = resourceLike(base, type, name, inputs);
    r.push(res);
    return res;
}

/** A stack role with these trust statements and one inline policy; returns its ARN. */
function role(
    r: Resources,
    account: string,
    name: string,
    trust: object[],
    statements: object[],
    like?: AnalyzerResourceInput,
): string {
    const arn = `arn:aws:iam::${account}:role/${name}`;
    aws(
        r,
        ROLE,
        name,
        {
            name,
            arn,
            assumeRolePolicy: doc(...trust),
            ...(statements.length > 0 ? { inlinePolicies: [{ name: "access", policy: doc(...statements) }] } : {}),
        },
        like,
    );
    return arn;
}

const irsaTrust = (issuer: string, account: string, namespace: string, sa: string) => ({
    Effect: "Allow",
    Principal: { Federated: `arn:aws:iam::${account}:oidc-provider/${issuer}` },
    Action: "sts:AssumeRoleWithWebIdentity",
    Condition: {
        StringEquals: {
            [`${issuer}:sub`]: `system:serviceaccount:${namespace}:${sa}`,
            [`${issuer}:aud`]: "sts.amazonaws.com",
        },
    },
});

const arnOf = (x: AnalyzerResourceInput) => prop(x, "arn") as string;
const share = (r: Resources, i: number) => find(r, KEY, `signer-shares-share-${i}`);

// ---- the model, as `npm run custody-model` writes it from a stack file with custody:operations.

type Case = {
    name: string;
    stack: string;
    /** Judge the first-preview fixture (computed outputs unknown). */
    preview?: boolean;
    edit: (r: Resources) => void;
    /** The custody:operations entries the stack file names (the generated model is used). */
    operations?: Record<string, unknown>[];
    /** A documented pack-config knob the team sets with the change. */
    config?: (c: PackConfig) => PackConfig;
    /** Insecure cases: the path message the refusal must name, and the policy (any when absent). */
    refused?: RegExp;
    policy?: string;
    /** A case the pack gets wrong: "MISS: <why>". */
    skip?: string;
};

const TD_ISSUER = "oidc.eks.us-east-1.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF";
const CURITY_ISSUER = "oidc.eks.eu-west-1.amazonaws.com/id/C0FFEE00C0FFEE00C0FFEE00C0FFEE00";
const BASIL = "111122223333";
const CUSTODY_C = "333333333333";
const ACCOUNT_B = "777777777777";
const DATA_KEY = (r: Resources) => find(r, KEY, "cross-account-key");
const table = (r: Resources, name: string) => find(r, TABLE, `signer-tables-${name}`);

// ---- shared pieces of the helpers and their twins.

/** A key auditor of the trust-domain key manager's keys (key/* of 444444444444/us-east-1), IRSA audit/key-audit. */
const TD_AUDIT_OPERATIONS = [
    {
        name: "key-audit",
        subject: { irsa: { namespace: "audit", serviceAccount: "key-audit" } },
        allow: [{ accessSet: "operations.keyAudit", on: ["trustDomain.keys"] }],
    },
];
function trustDomainAuditor(r: Resources, actions: string[], trust?: object, extra: object[] = []): void {
    const like = find(r, ROLE, "trust-domain-role");
    const arn = role(
        r,
        IDENTITY,
        "trust-domain-key-audit",
        [trust ?? irsaTrust(TD_ISSUER, IDENTITY, "audit", "key-audit")],
        [
            {
                Sid: "KeyMetadata",
                Effect: "Allow",
                Action: actions,
                Resource: `arn:aws:kms:us-east-1:${IDENTITY}:key/*`,
            },
            ...extra,
        ],
        like,
    );
    serviceAccount(r, "audit", "key-audit", { "eks.amazonaws.com/role-arn": arn });
}

/** A table auditor of Curity's tables (table/curity-* of 555555555555/eu-west-1), IRSA audit/table-audit. */
const CURITY_AUDIT_OPERATIONS = [
    {
        name: "table-audit",
        subject: { irsa: { namespace: "audit", serviceAccount: "table-audit" } },
        allow: [{ accessSet: "operations.tableAudit", on: ["curity.tables"] }],
    },
];
function curityAuditor(r: Resources, extra: string[] = []): void {
    const like = find(r, ROLE, "curity-role");
    const arn = role(
        r,
        CURITY,
        "curity-table-audit",
        [irsaTrust(CURITY_ISSUER, CURITY, "audit", "table-audit")],
        [
            {
                Sid: "TableMetadata",
                Effect: "Allow",
                Action: [
                    "dynamodb:DescribeTable",
                    "dynamodb:DescribeContinuousBackups",
                    "dynamodb:DescribeTimeToLive",
                    "dynamodb:DescribeContributorInsights",
                    "dynamodb:ListTagsOfResource",
                    ...extra,
                ],
                Resource: [
                    `arn:aws:dynamodb:eu-west-1:${CURITY}:table/curity-*`,
                    `arn:aws:dynamodb:eu-west-1:${CURITY}:table/curity-*/index/*`,
                ],
            },
        ],
        like,
    );
    serviceAccount(r, "audit", "table-audit", { "eks.amazonaws.com/role-arn": arn });
}

/**
 * A service mesh's sidecar injector (Linkerd's proxy-injector, linkerd.io "Automatic Proxy Injection"; with the
 * linkerd-cni plugin no NET_ADMIN init container is needed) limited to the apps namespace: the API server sends it
 * only pods of namespaces its namespaceSelector matches, and kubernetes.io/metadata.name is set by the API server
 * to the namespace's name (Kubernetes "Well-Known Labels": immutable). apps enforces `restricted` Pod Security, which
 * validating admission applies after every mutating webhook (Kubernetes "Admission control": mutating, then
 * validating).
 */
function meshInjector(r: Resources, namespaceSelector?: object): void {
    namespace(r, "apps");
    k8s(r, "kubernetes:admissionregistration.k8s.io/v1:MutatingWebhookConfiguration", "linkerd-proxy-injector", {
        apiVersion: "admissionregistration.k8s.io/v1",
        kind: "MutatingWebhookConfiguration",
        metadata: { name: "linkerd-proxy-injector-webhook-config" },
        webhooks: [
            {
                name: "linkerd-proxy-injector.linkerd.io",
                admissionReviewVersions: ["v1"],
                sideEffects: "None",
                failurePolicy: "Ignore",
                clientConfig: { service: { name: "linkerd-proxy-injector", namespace: "linkerd", path: "/" } },
                rules: [
                    {
                        operations: ["CREATE"],
                        apiGroups: [""],
                        apiVersions: ["v1"],
                        resources: ["pods", "services"],
                        scope: "Namespaced",
                    },
                ],
                ...(namespaceSelector ? { namespaceSelector } : {}),
            },
        ],
    });
}

/** An EKS access entry for an outside SRE role with one access policy of the given scope. */
const SRE = `arn:aws:iam::${PRIMARY}:role/platform-sre`;
function sreAccess(r: Resources, policy: string, namespaces: string[]): void {
    const like = find(r, ROLE, "signer-role");
    aws(
        r,
        "aws:eks/accessEntry:AccessEntry",
        "sre",
        { clusterName: "prod-validators", principalArn: SRE, type: "STANDARD" },
        like,
    );
    aws(
        r,
        "aws:eks/accessPolicyAssociation:AccessPolicyAssociation",
        "sre-apps",
        {
            clusterName: "prod-validators",
            principalArn: SRE,
            policyArn: `arn:aws:eks::aws:cluster-access-policy/${policy}`,
            accessScope: { type: "namespace", namespaces },
        },
        like,
    );
}

/** A DynamoDB stream on the keystore (StreamSpecification) consumed by a Lambda function of the same account. */
function keystoreStreamConsumer(r: Resources): void {
    const ks = table(r, "keystore");
    const streamArn = `${arnOf(ks)}/stream/2025-01-01T00:00:00.000`;
    setProp(ks, "streamEnabled", true);
    setProp(ks, "streamViewType", "NEW_AND_OLD_IMAGES");
    setProp(ks, "streamArn", streamArn);
    const arn = role(
        r,
        PRIMARY,
        "keystore-change-notifier",
        [{ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }],
        [
            {
                Sid: "ReadStream",
                Effect: "Allow",
                Action: [
                    "dynamodb:DescribeStream",
                    "dynamodb:GetRecords",
                    "dynamodb:GetShardIterator",
                    "dynamodb:ListStreams",
                ],
                Resource: `${arnOf(ks)}/stream/*`,
            },
        ],
    );
    aws(r, "aws:lambda/function:Function", "keystore-change-notifier", {
        name: "keystore-change-notifier",
        arn: `arn:aws:lambda:eu-west-1:${PRIMARY}:function:keystore-change-notifier`,
        role: arn,
        runtime: "python3.12",
        handler: "index.handler",
    });
    aws(r, "aws:lambda/eventSourceMapping:EventSourceMapping", "keystore-change-notifier", {
        eventSourceArn: streamArn,
        functionName: "keystore-change-notifier",
        startingPosition: "LATEST",
    });
}

// ---- secure variants.

const secure: Case[] = [
    // ---- dev.
    {
        stack: "dev",
        name: 'the tables as `pulumi refresh` writes them back: ttl {attributeName "", enabled false}, tableClass STANDARD_INFREQUENT_ACCESS on signer-state, streamEnabled false',
        edit: r => {
            for (const t of ["anti-slashing", "signer-state", "keystore"]) {
                setProp(table(r, t), "ttl", { attributeName: "", enabled: false });
                setProp(table(r, t), "streamEnabled", false);
            }
            setProp(table(r, "signer-state"), "tableClass", "STANDARD_INFREQUENT_ACCESS");
        },
    },
    {
        stack: "dev",
        name: "on-demand ceilings and pre-warmed throughput on the keystore (onDemandThroughput, warmThroughput) before a validator onboarding",
        edit: r => {
            const ks = table(r, "keystore");
            setProp(ks, "onDemandThroughput", { maxReadRequestUnits: 2000, maxWriteRequestUnits: 1000 });
            setProp(ks, "warmThroughput", { readUnitsPerSecond: 12000, writeUnitsPerSecond: 4000 });
            setProp(ks, "globalSecondaryIndexes", [
                {
                    ...(prop(ks, "globalSecondaryIndexes") as object[])[0],
                    onDemandThroughput: { maxReadRequestUnits: 1000, maxWriteRequestUnits: 500 },
                },
            ]);
        },
    },
    {
        stack: "dev",
        name: "a tag-query resource group of the custody assets (custody:stack = custody-infra/dev) for Tag Editor and Systems Manager views",
        edit: r =>
            void aws(r, "aws:resourcegroups/group:Group", "custody-dev", {
                name: "custody-dev",
                arn: `arn:aws:resource-groups:eu-west-1:${PRIMARY}:group/custody-dev`,
                resourceQuery: {
                    type: "TAG_FILTERS_1_0",
                    query: JSON.stringify({
                        ResourceTypeFilters: ["AWS::AllSupported"],
                        TagFilters: [{ Key: "custody:stack", Values: ["custody-infra/dev"] }],
                    }),
                },
            }),
    },
    {
        stack: "dev",
        name: "a Linkerd proxy injector whose MutatingWebhookConfiguration selects only the apps namespace (kubernetes.io/metadata.name In [apps], restricted Pod Security)",
        edit: r =>
            meshInjector(r, {
                matchExpressions: [{ key: "kubernetes.io/metadata.name", operator: "In", values: ["apps"] }],
            }),
        // Was a MISS, fixed this session. It was refused because engine/kubernetes.ts clusterWidePowers reads any
        // MutatingWebhookConfiguration on pods as rewriting every pod of the cluster and ignores namespaceSelector.
        // The API server calls a webhook only for objects whose namespace matches its namespaceSelector (Kubernetes
        // 'Dynamic Admission Control', Matching requests: namespaceSelector); kubernetes.io/metadata.name is set by
        // the control plane to the namespace's name (Kubernetes 'Well-Known Labels, Annotations and Taints',
        // immutable); apps enforces restricted Pod Security, checked after mutation. So the injector can only rewrite
        // restricted pods in apps, which act only as apps' ServiceAccounts. A service mesh scoped to non-custody
        // namespaces is refused.
    },
    // ---- prod.
    {
        stack: "prod",
        name: "CloudTrail Lake: an event data store of DynamoDB data events on the three tables and KMS data events (advanced event selectors), 7-year retention",
        edit: r =>
            void aws(r, "aws:cloudtrail/eventDataStore:EventDataStore", "custody-data-events", {
                name: "custody-data-events",
                arn: `arn:aws:cloudtrail:eu-west-1:${PRIMARY}:eventdatastore/EXAMPLE-f852-4e8f-8bd1-bcf6cEXAMPLE`,
                multiRegionEnabled: true,
                organizationEnabled: false,
                retentionPeriod: 2557,
                terminationProtectionEnabled: true,
                advancedEventSelectors: [
                    {
                        name: "custody tables",
                        fieldSelectors: [
                            { field: "eventCategory", equals: ["Data"] },
                            { field: "resources.type", equals: ["AWS::DynamoDB::Table"] },
                            {
                                field: "resources.ARN",
                                equals: ["anti-slashing", "signer-state", "keystore"].map(t => arnOf(table(r, t))),
                            },
                        ],
                    },
                    {
                        name: "kms",
                        fieldSelectors: [
                            { field: "eventCategory", equals: ["Data"] },
                            { field: "resources.type", equals: ["AWS::KMS::Key"] },
                        ],
                    },
                ],
            }),
    },
    {
        stack: "prod",
        name: "an anomaly-detection alarm on the keystore's read latency and a composite alarm over it and the tables' system errors",
        edit: r => {
            const ks = table(r, "keystore");
            void aws(r, "aws:cloudwatch/metricAlarm:MetricAlarm", "keystore-latency", {
                name: "keystore-latency-anomaly",
                arn: `arn:aws:cloudwatch:eu-west-1:${PRIMARY}:alarm:keystore-latency-anomaly`,
                comparisonOperator: "GreaterThanUpperThreshold",
                evaluationPeriods: 3,
                thresholdMetricId: "band",
                metricQueries: [
                    {
                        id: "m1",
                        returnData: true,
                        metric: {
                            namespace: "AWS/DynamoDB",
                            metricName: "SuccessfulRequestLatency",
                            period: 60,
                            stat: "p99",
                            dimensions: { TableName: prop(ks, "name"), Operation: "GetItem" },
                        },
                    },
                    { id: "band", expression: "ANOMALY_DETECTION_BAND(m1, 2)", label: "expected", returnData: true },
                ],
            });
            void aws(r, "aws:cloudwatch/compositeAlarm:CompositeAlarm", "custody-tables-health", {
                alarmName: "custody-tables-health",
                arn: `arn:aws:cloudwatch:eu-west-1:${PRIMARY}:alarm:custody-tables-health`,
                alarmRule: 'ALARM("keystore-latency-anomaly") OR ALARM("custody-system-errors")',
                actionsEnabled: false,
            });
        },
    },
    {
        stack: "prod",
        name: "IAM Access Analyzer unused-access analyzer (90 days) in each share account, with an archive rule for the signer's expected cross-account access",
        edit: r => {
            for (const [i, account] of [
                [1, PRIMARY],
                [2, CUSTODY_B],
                [3, CUSTODY_C],
            ] as const) {
                const like = share(r, i);
                aws(
                    r,
                    "aws:accessanalyzer/analyzer:Analyzer",
                    `unused-${i}`,
                    {
                        analyzerName: "custody-unused-access",
                        arn: `arn:aws:access-analyzer:eu-west-1:${account}:analyzer/custody-unused-access`,
                        type: "ACCOUNT_UNUSED_ACCESS",
                        configuration: { unusedAccess: { unusedAccessAge: 90 } },
                    },
                    like,
                );
                if (i > 1)
                    aws(
                        r,
                        "aws:accessanalyzer/archiveRule:ArchiveRule",
                        `signer-share-${i}`,
                        {
                            analyzerName: "custody-external-access",
                            ruleName: "signer-share-access",
                            filters: [
                                { criteria: "principal.AWS", eqs: [PROD_SIGNER] },
                                { criteria: "resourceType", eqs: ["AWS::KMS::Key"] },
                                { criteria: "isPublic", eqs: ["false"] },
                            ],
                        },
                        like,
                    );
            }
        },
    },
    {
        stack: "prod",
        name: "a PriorityClass with preemptionPolicy Never for batch reports and a ResourceQuota in apps scoped to it",
        edit: r => {
            namespace(r, "apps");
            k8s(r, "kubernetes:scheduling.k8s.io/v1:PriorityClass", "batch-low", {
                apiVersion: "scheduling.k8s.io/v1",
                kind: "PriorityClass",
                metadata: { name: "batch-low" },
                value: -10,
                preemptionPolicy: "Never",
                globalDefault: false,
            });
            k8s(r, "kubernetes:core/v1:ResourceQuota", "apps-batch", {
                apiVersion: "v1",
                kind: "ResourceQuota",
                metadata: { name: "batch-low", namespace: "apps" },
                spec: {
                    hard: { pods: "20", "requests.cpu": "8", "requests.memory": "16Gi" },
                    scopeSelector: {
                        matchExpressions: [{ scopeName: "PriorityClass", operator: "In", values: ["batch-low"] }],
                    },
                },
            });
        },
    },
    // ---- pod-identity.
    {
        stack: "pod-identity",
        name: "a Karpenter NodePool for apps (taint dedicated=apps:NoSchedule, spot, limits) naming an EC2NodeClass kept in the platform's Karpenter stack",
        edit: r =>
            void k8s(r, "kubernetes:karpenter.sh/v1:NodePool", "apps", {
                apiVersion: "karpenter.sh/v1",
                kind: "NodePool",
                metadata: { name: "apps" },
                spec: {
                    template: {
                        metadata: { labels: { "workload-class": "apps" } },
                        spec: {
                            nodeClassRef: { group: "karpenter.k8s.aws", kind: "EC2NodeClass", name: "default" },
                            taints: [{ key: "dedicated", value: "apps", effect: "NoSchedule" }],
                            requirements: [
                                { key: "karpenter.sh/capacity-type", operator: "In", values: ["spot"] },
                                { key: "kubernetes.io/arch", operator: "In", values: ["arm64"] },
                            ],
                            expireAfter: "720h",
                        },
                    },
                    limits: { cpu: "64", memory: "256Gi" },
                    disruption: { consolidationPolicy: "WhenEmptyOrUnderutilized", consolidateAfter: "1m" },
                },
            }),
        // Was a MISS, fixed this session. It was refused because a karpenter.sh NodePool is not in
        // engine/customResources.ts's inert list, so engine/opaque.ts refuses it as a custom resource whose controller
        // acts as any ServiceAccount. In Karpenter v1 a NodePool holds only node labels, taints, requirements, expiry,
        // limits and disruption settings; the node role, AMI, user data and kubelet settings live in the EC2NodeClass
        // it references (karpenter.sh docs 'NodePools' and 'NodeClasses', v1 API: spec.template.spec has no
        // kubelet/userData). It runs no pod and binds no role. (EC2NodeClass itself stays non-inert by design.)
    },
    {
        stack: "pod-identity",
        name: "the aws-guardduty-agent EKS add-on for GuardDuty EKS Runtime Monitoring (AWS-published, no role)",
        edit: r =>
            void aws(
                r,
                "aws:eks/addon:Addon",
                "guardduty-agent",
                {
                    clusterName: "prod-validators",
                    addonName: "aws-guardduty-agent",
                    addonVersion: "v1.10.0-eksbuild.2",
                    resolveConflictsOnUpdate: "OVERWRITE",
                    arn: `arn:aws:eks:eu-west-1:${PRIMARY}:addon/prod-validators/aws-guardduty-agent/EXAMPLE`,
                },
                find(r, ROLE, "signer-role"),
            ),
    },
    {
        stack: "pod-identity",
        name: "an SRE role with AmazonEKSViewPolicy scoped to the apps namespace (EKS access entry)",
        edit: r => sreAccess(r, "AmazonEKSViewPolicy", ["apps"]),
    },
    // ---- basil.
    {
        stack: "basil",
        name: "an AWS Config conformance pack (KMS rotation, CMK-not-scheduled-for-deletion, IAM no-inline-admin) from its template body",
        edit: r =>
            void aws(r, "aws:cfg/conformancePack:ConformancePack", "kms-best-practices", {
                name: "kms-best-practices",
                arn: `arn:aws:config:us-east-1:${BASIL}:conformance-pack/kms-best-practices/conformance-pack-EXAMPLE`,
                templateBody: [
                    "Resources:",
                    "  CmkBackingKeyRotationEnabled:",
                    "    Type: AWS::Config::ConfigRule",
                    "    Properties:",
                    "      ConfigRuleName: cmk-backing-key-rotation-enabled",
                    "      Source: { Owner: AWS, SourceIdentifier: CMK_BACKING_KEY_ROTATION_ENABLED }",
                    "  KmsCmkNotScheduledForDeletion:",
                    "    Type: AWS::Config::ConfigRule",
                    "    Properties:",
                    "      ConfigRuleName: kms-cmk-not-scheduled-for-deletion",
                    "      Source: { Owner: AWS, SourceIdentifier: KMS_CMK_NOT_SCHEDULED_FOR_DELETION }",
                    "",
                ].join("\n"),
            }),
    },
    {
        stack: "basil",
        name: "a rotation alias alias/basil/payload-aead-2025 beside the payload key's own alias (the broker's alias/basil/* condition still holds)",
        edit: r => {
            const key = find(r, KEY, "basil-key-payload-aead");
            void aws(r, "aws:kms/alias:Alias", "basil-key-payload-aead-2025", {
                name: "alias/basil/payload-aead-2025",
                arn: `arn:aws:kms:us-east-1:${BASIL}:alias/basil/payload-aead-2025`,
                targetKeyId: prop(key, "keyId"),
                targetKeyArn: arnOf(key),
            });
        },
    },
    // ---- trust-domain.
    {
        stack: "trust-domain",
        name: "a key auditor named through custody:operations (IRSA audit/key-audit) on the key manager's keys: DescribeKey, GetKeyRotationStatus, ListResourceTags on key/* of its account",
        operations: TD_AUDIT_OPERATIONS,
        edit: r => trustDomainAuditor(r, ["kms:DescribeKey", "kms:GetKeyRotationStatus", "kms:ListResourceTags"]),
    },
    {
        stack: "trust-domain",
        name: "the same key auditor also enumerating the account's keys and aliases (kms:ListKeys, kms:ListAliases on *: account-level List actions)",
        operations: TD_AUDIT_OPERATIONS,
        edit: r => {
            trustDomainAuditor(r, ["kms:DescribeKey", "kms:ListResourceTags"], undefined, [
                { Sid: "Enumerate", Effect: "Allow", Action: ["kms:ListKeys", "kms:ListAliases"], Resource: "*" },
            ]);
        },
        // Was a MISS, fixed this session. It was refused because the operations helper is held to operations.keyAudit,
        // which lacks kms:ListKeys and kms:ListAliases, so their Resource * is refused as outside its entries. Both
        // are account-level List actions that return only key ids/ARNs and alias names of the caller's own account and
        // region, authorized by IAM policy alone (KMS API reference, ListKeys and ListAliases: 'Required permissions:
        // kms:ListKeys/kms:ListAliases (IAM policy)', 'Cross-account use: No'); no key resource is involved. The
        // trust-domain server creates its keys at run time with ids no one knows in advance, so a key auditor of
        // trustDomain.keys cannot find them without enumerating; the same actions on a no-workload identity are
        // accepted (secure9's inventory role).
    },
    // ---- curity.
    {
        stack: "curity",
        name: "a table auditor named through custody:operations (IRSA audit/table-audit) on curity-*: DescribeTable, DescribeContinuousBackups, DescribeTimeToLive, DescribeContributorInsights, ListTagsOfResource",
        operations: CURITY_AUDIT_OPERATIONS,
        edit: r => curityAuditor(r),
    },
    {
        stack: "curity",
        name: "a Gateway API HTTPRoute in curity attaching Curity's runtime Service to a shared Gateway of the platform (the Gateway kept in its own stack)",
        edit: r =>
            void k8s(r, "kubernetes:gateway.networking.k8s.io/v1:HTTPRoute", "curity", {
                apiVersion: "gateway.networking.k8s.io/v1",
                kind: "HTTPRoute",
                metadata: { name: "curity", namespace: "curity" },
                spec: {
                    parentRefs: [{ name: "public", namespace: "gateway-system", sectionName: "https" }],
                    hostnames: ["login.example.com"],
                    rules: [
                        {
                            matches: [{ path: { type: "PathPrefix", value: "/" } }],
                            backendRefs: [{ name: "curity-idsvr-runtime-svc", port: 8443 }],
                        },
                    ],
                },
            }),
    },
    // ---- cross-account.
    {
        stack: "cross-account",
        name: "a KMS interface endpoint in account B whose policy is its own aws:ec2/vpcEndpointPolicy resource admitting only the access role's Decrypt on the data key",
        edit: r => {
            const like = find(r, ROLE, "cross-account-caller");
            const ep = aws(
                r,
                "aws:ec2/vpcEndpoint:VpcEndpoint",
                "kms",
                {
                    vpcId: "vpc-0b1b2c3d4e5f60718",
                    serviceName: "com.amazonaws.us-east-1.kms",
                    vpcEndpointType: "Interface",
                    privateDnsEnabled: true,
                    subnetIds: ["subnet-0a1b2c3d4e5f60718"],
                    id: "vpce-0a1b2c3d4e5f60718",
                    arn: `arn:aws:ec2:us-east-1:${ACCOUNT_B}:vpc-endpoint/vpce-0a1b2c3d4e5f60718`,
                },
                like,
            );
            aws(
                r,
                "aws:ec2/vpcEndpointPolicy:VpcEndpointPolicy",
                "kms",
                {
                    vpcEndpointId: prop(ep, "id"),
                    policy: doc({
                        Effect: "Allow",
                        Principal: { AWS: ACCESS_ROLE },
                        Action: "kms:Decrypt",
                        Resource: arnOf(DATA_KEY(r)),
                    }),
                },
                like,
            );
        },
    },
    {
        stack: "cross-account",
        name: "an Access Analyzer archive rule in account A for the access role's expected trust of account B's instance role",
        edit: r =>
            void aws(
                r,
                "aws:accessanalyzer/archiveRule:ArchiveRule",
                "expected-instance-role",
                {
                    analyzerName: "account-a-external-access",
                    ruleName: "expected-instance-role",
                    filters: [
                        { criteria: "principal.AWS", eqs: [`arn:aws:iam::${ACCOUNT_B}:role/instance-role`] },
                        { criteria: "resourceType", eqs: ["AWS::IAM::Role"] },
                    ],
                },
                find(r, ROLE, "cross-account-access"),
            ),
    },
];

// ---- insecure twins.

const insecure: Case[] = [
    // Neighbours of the webhook-scope fix: a selected namespace without Pod Security, and a selector that is not by
    // name (a label anyone who may label namespaces can set), stay refused.
    {
        stack: "dev",
        name: "the Linkerd injector selecting only apps (by name), where apps enforces no Pod Security level",
        edit: r => {
            meshInjector(r, {
                matchExpressions: [{ key: "kubernetes.io/metadata.name", operator: "In", values: ["apps"] }],
            });
            setProp(find(r, "kubernetes:core/v1:Namespace", "ns-apps"), "metadata", { name: "apps" });
        },
        refused:
            /rewrites the pods admitted to namespace apps; namespace apps enforces no Pod Security baseline or restricted level/,
        policy: EFFECTIVE,
    },
    {
        stack: "dev",
        name: "the Linkerd injector selecting namespaces by a mesh label (linkerd.io/inject: enabled) rather than by name",
        edit: r => meshInjector(r, { matchLabels: { "linkerd.io/inject": "enabled" } }),
        refused: /MutatingWebhookConfiguration linkerd-proxy-injector-webhook-config rewrites every pod/,
        policy: EFFECTIVE,
    },
    {
        stack: "dev",
        name: "the Linkerd injector webhook without a namespaceSelector (it rewrites the signer's pods in validators)",
        edit: r => meshInjector(r),
        refused: /MutatingWebhookConfiguration linkerd-proxy-injector-webhook-config rewrites every pod/,
        policy: EFFECTIVE,
    },
    {
        stack: "dev",
        name: "a keystore stream consumed by a Lambda whose role (no workload) reads the stream: GetRecords on table/custody-dev-keystore/stream/*",
        edit: r => keystoreStreamConsumer(r),
        refused:
            /GetRecords[\s\S]*reaching table custody-dev-keystore: no workload of the custody model has this identity/,
        policy: EFFECTIVE,
    },
    {
        stack: "pod-identity",
        name: "the SRE role given AmazonEKSEditPolicy in apps, a namespace without Pod Security enforcement (a privileged pod owns its node)",
        edit: r => {
            sreAccess(r, "AmazonEKSEditPolicy", ["apps"]);
            k8s(r, "kubernetes:core/v1:Namespace", "ns-apps", {
                apiVersion: "v1",
                kind: "Namespace",
                metadata: { name: "apps" },
            });
        },
        refused: /AmazonEKSEditPolicy[\s\S]*validators\/containment-chamber/,
        policy: EFFECTIVE,
    },
    {
        stack: "trust-domain",
        name: "the key auditor's IRSA trust written with StringLike sub system:serviceaccount:audit:* (every ServiceAccount of audit)",
        operations: TD_AUDIT_OPERATIONS,
        edit: r =>
            trustDomainAuditor(r, ["kms:DescribeKey"], {
                Effect: "Allow",
                Principal: { Federated: `arn:aws:iam::${IDENTITY}:oidc-provider/${TD_ISSUER}` },
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: {
                    StringLike: { [`${TD_ISSUER}:sub`]: "system:serviceaccount:audit:*" },
                    StringEquals: { [`${TD_ISSUER}:aud`]: "sts.amazonaws.com" },
                },
            }),
        refused:
            /kms:DescribeKey on arn:aws:kms:us-east-1:444444444444:key\/\*: no workload of the custody model has this identity[\s\S]*StringLike system:serviceaccount:audit:\*/,
        policy: EFFECTIVE,
    },
    {
        stack: "trust-domain",
        name: "the key auditor's 'list grants' written as kms:*Grant* (CreateGrant: it grants itself kms:Sign on the key manager's keys)",
        operations: TD_AUDIT_OPERATIONS,
        edit: r => trustDomainAuditor(r, ["kms:DescribeKey", "kms:*Grant*"]),
        refused: /CreateGrant[\s\S]*not in workload key-audit's allow entries/,
        policy: EFFECTIVE,
    },
    {
        stack: "curity",
        name: "the table auditor also allowed dynamodb:PartiQLSelect (reads Curity's tokens and sessions)",
        operations: CURITY_AUDIT_OPERATIONS,
        edit: r => curityAuditor(r, ["dynamodb:PartiQLSelect"]),
        refused: /PartiQLSelect[\s\S]*not in workload table-audit's allow entries/,
        policy: EFFECTIVE,
    },
];

const skipMisses = process.env.REDTEAM_ALL !== "1";
const label = (c: Case) => `${c.stack}${c.preview ? " (first preview)" : ""}: ${c.name}`;
const optsOf = (c: Case) => ({
    model: c.operations ? modelWithOperations(c.stack, c.operations) : undefined,
    config: c.config,
});

describe("allowlist: red-team round 10 on secure day-2 variants (capacity, audit trails, analyzers, node pools, meshes, auditors) and their insecure twins", () => {
    for (const c of secure) {
        (c.skip && skipMisses ? it.skip : it)(`accepts: ${label(c)}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            assertClean(await runPackWith(c.stack, r, optsOf(c)));
        });
    }
    for (const c of insecure) {
        (c.skip && skipMisses ? it.skip : it)(`refuses: ${label(c)}`, async () => {
            const r = await stackResources(c.stack, c.preview ?? false);
            c.edit(r);
            assertRefused(await runPackWith(c.stack, r, optsOf(c)), c.refused ?? /./, c.policy);
        });
    }
});
